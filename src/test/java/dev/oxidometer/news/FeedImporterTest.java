package dev.oxidometer.news;

import static dev.oxidometer.news.FeedParserTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@NewsSlice
class FeedImporterTest {

    @Autowired
    FeedImporter importer;
    @Autowired
    ArticleService articles;
    @Autowired
    NewsSettings settings;
    @Autowired
    FeedSourceService feeds;

    @Test
    void the_sample_feed_adds_rust_kernel_coverage_and_filters_out_the_rest() throws Exception {
        ImportReport report = importer.importBytes(resource("sample-feed-rss2.xml"), "ed");

        assertThat(report.ok()).isTrue();
        assertThat(report.added()).extracting(ImportReport.Item::title).containsExactly(
                "The state of the kernel Rust experiment",
                "Linux 6.18 Expected To Land Google's Rust Binder Driver",
                "A Rust implementation of Android's Binder",
                "A memory model for Rust code in the kernel");
        assertThat(report.filteredOut()).extracting(ImportReport.Item::title)
                .containsExactly("Statistics from the 4.17 kernel development cycle");
        assertThat(report.summary()).isEqualTo("4 added, 0 duplicates, 1 filtered out, 0 invalid");
        Article binder = articles.findByUrl("https://www.phoronix.com/news/Rust-Binder-For-Linux-6.18").orElseThrow();
        assertThat(binder.source()).isEqualTo("phoronix.com");
        assertThat(binder.author()).isEqualTo("Michael Larabel");
        assertThat(binder.createdBy()).isEqualTo("ed");
    }

    @Test
    void importing_the_same_coverage_again_in_another_format_finds_duplicates_by_canonical_url() throws Exception {
        importer.importBytes(resource("sample-feed-rss2.xml"), "ed");

        ImportReport atom = importer.importBytes(resource("sample-feed-atom.xml"), "ed");
        ImportReport rdf = importer.importBytes(resource("sample-feed-rss1.xml"), "ed");

        assertThat(atom.added()).isEmpty();
        assertThat(atom.duplicates()).hasSize(2).allSatisfy(d -> assertThat(d.articleId()).isNotNull());
        assertThat(rdf.duplicates()).extracting(ImportReport.Item::url).containsExactly("https://lwn.net/Articles/1050174");
        assertThat(articles.search(ArticleFilter.ALL)).hasSize(4);
    }

    @Test
    void invalid_entries_are_reported_with_their_reason_and_repeats_within_a_feed_are_duplicates() throws Exception {
        ImportReport report = importer.importBytes(resource("invalid-entries.xml"), "ed");

        assertThat(report.invalid()).extracting(ImportReport.Invalid::reason).containsExactly(
                "only http and https URLs are accepted (not javascript:)", "publication date is required");
        assertThat(report.added()).extracting(ImportReport.Item::url).containsExactly("https://example.org/dup");
        assertThat(report.duplicates()).extracting(ImportReport.Item::title).containsExactly("Rust kernel dup two");
    }

    @Test
    void an_edited_keyword_filter_is_used_by_the_next_import() throws Exception {
        settings.setKeywordFilter("statistics");

        ImportReport report = importer.importBytes(resource("sample-feed-rss2.xml"), "ed");

        assertThat(report.added()).extracting(ImportReport.Item::title)
                .containsExactly("Statistics from the 4.17 kernel development cycle");
        assertThat(settings.keywordFilter().format()).isEqualTo("statistics");
    }

    @Test
    void an_unreadable_feed_imports_nothing_and_says_why() throws Exception {
        ImportReport malformed = importer.importBytes(resource("malformed.xml"), "ed");
        ImportReport xxe = importer.importBytes(("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM "
                + "\"file:///etc/hostname\">]><rss version=\"2.0\"><channel><title>&x;</title></channel></rss>")
                .getBytes(StandardCharsets.UTF_8), "ed");

        assertThat(malformed.ok()).isFalse();
        assertThat(malformed.summary()).startsWith("nothing imported: not a readable RSS or Atom feed");
        assertThat(xxe.error()).contains("DOCTYPE");
        assertThat(articles.search(ArticleFilter.ALL)).isEmpty();
    }

    @Test
    void a_refused_url_imports_nothing_and_says_why() {
        ImportReport report = importer.importUrl("http://127.0.0.1:9/feed", "ed");

        assertThat(report.error()).contains("loopback");
        assertThat(articles.search(ArticleFilter.ALL)).isEmpty();
    }

    @Test
    void a_saved_feed_source_is_off_the_schedule_by_default_and_records_its_last_refresh() {
        FeedSource lwn = feeds.save("", "HTTPS://LWN.net/headlines/rss", false);

        assertThat(lwn.name()).isEqualTo("lwn.net");
        assertThat(lwn.url()).isEqualTo("https://lwn.net/headlines/rss");
        assertThat(lwn.refreshEnabled()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> feeds.save("again", "https://lwn.net/headlines/rss/", true))
                .hasMessage("this feed is already saved");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> feeds.save("x", "javascript:alert(1)", true))
                .isInstanceOf(InvalidArticleException.class);

        FeedSource local = feeds.save("local", "http://127.0.0.1:9/feed", true);
        feeds.refreshEnabledSources();   // only the local one opted in; it is refused without any network

        FeedSource after = feeds.sources().stream().filter(f -> f.id() == local.id()).findFirst().orElseThrow();
        assertThat(after.lastFetchedAt()).isNotNull();
        assertThat(after.lastResult()).startsWith("nothing imported: refused to fetch from 127.0.0.1");
        assertThat(feeds.sources().stream().filter(f -> f.id() == lwn.id()).findFirst().orElseThrow().lastFetchedAt())
                .isNull();
    }
}
