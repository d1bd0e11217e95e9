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

        // entries naming a tracked component (Binder) with Rust are kept whatever the filter says (FeedRelevance)
        assertThat(report.added()).extracting(ImportReport.Item::title).containsExactly(
                "Linux 6.18 Expected To Land Google's Rust Binder Driver", "A Rust implementation of Android's Binder",
                "Statistics from the 4.17 kernel development cycle");
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

    /** Issue 12, finding 8: one source that fails, even with an unexpected exception, stops no other. */
    @Test
    void one_failing_source_never_stops_the_scheduled_refresh_of_the_others_and_records_its_error(
            @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        FeedSource broken = feeds.save("broken", "https://broken.example.org/feed", true);
        FeedSource fine = feeds.save("fine", "https://fine.example.org/feed", true);
        FeedImporter failing = new FeedImporter(null, null, null, null, null) {
            @Override
            public ImportReport importUrl(String url, String user) {
                if (url.contains("broken")) {
                    throw new IllegalArgumentException("Illegal character in path at index 7: /a b");
                }
                return new ImportReport("Fine", java.util.List.of(), java.util.List.of(), java.util.List.of(),
                        java.util.List.of(), null, null);
            }
        };
        FeedSourceService service = new FeedSourceService(jdbc, failing);

        service.refreshEnabledSources();

        FeedSource afterBroken = service.sources().stream().filter(f -> f.id() == broken.id()).findFirst().orElseThrow();
        FeedSource afterFine = service.sources().stream().filter(f -> f.id() == fine.id()).findFirst().orElseThrow();
        assertThat(afterBroken.lastError()).contains("Illegal character in path");
        assertThat(afterBroken.lastErrorAt()).isNotNull();
        assertThat(afterFine.lastFetchedAt()).isNotNull();
        assertThat(afterFine.lastResult()).isEqualTo("0 added, 0 duplicates, 0 filtered out, 0 invalid");
        assertThat(afterFine.lastError()).isNull();
    }

    @Test
    void a_source_keeps_its_last_error_and_its_time_after_a_later_success() {
        FeedSource local = feeds.save("local", "http://127.0.0.1:9/feed", false);
        ImportReport refused = feeds.refresh(local.id(), "ed");
        FeedSource after = feeds.sources().stream().filter(f -> f.id() == local.id()).findFirst().orElseThrow();

        assertThat(refused.failure()).isEqualTo(ImportReport.Failure.REFUSED);
        assertThat(after.lastError()).startsWith("refused to fetch from 127.0.0.1");
        assertThat(after.lastErrorAt()).isEqualTo(after.lastFetchedAt());
    }

    /** Issue 12, finding 6: one entry with a URL longer than the column fails that entry, not the whole feed. */
    @Test
    void one_entry_with_an_over_long_url_is_invalid_and_the_rest_of_the_feed_imports() {
        String feed = """
                <?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
                <item><title>Rust kernel driver one</title><link>https://example.org/one</link>
                <pubDate>Mon, 05 Jan 2026 10:00:00 GMT</pubDate></item>
                <item><title>Rust kernel driver long</title><link>https://example.org/%s</link>
                <pubDate>Mon, 05 Jan 2026 11:00:00 GMT</pubDate></item>
                <item><title>Rust kernel driver two</title><link>https://example.org/two</link>
                <pubDate>Mon, 05 Jan 2026 12:00:00 GMT</pubDate></item>
                </channel></rss>""".formatted("x".repeat(3000));
        settings.setKeywordFilter("rust");

        ImportReport report = importer.importBytes(feed.getBytes(StandardCharsets.UTF_8), "ed");

        assertThat(report.ok()).isTrue();
        assertThat(report.added()).extracting(ImportReport.Item::url)
                .containsExactly("https://example.org/one", "https://example.org/two");
        assertThat(report.invalid()).singleElement().satisfies(i -> assertThat(i.reason()).contains("longer than 2048"));
    }
}
