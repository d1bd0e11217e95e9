package dev.oxidometer.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;

import dev.oxidometer.release.ReleaseCatalog;
import dev.oxidometer.ui.news.ArticleMarkers;

/** First start on an empty database: the bundled dataset, then the bundled coverage with its links and markers. */
class BundledCoverageFirstStartTest {

    static int bundledArticles() throws Exception {
        try (InputStream in = new ClassPathResource(BundledCoverage.LOCATION).getInputStream()) {
            return BundledCoverage.read(in).articles().size();
        }
    }

    @Nested
    @SpringBootTest(properties = {"oxidometer.load-bundled-dataset=true", "oxidometer.load-bundled-news=true"})
    class WithTheDefaultSettings {

        @Autowired
        BundledCoverage coverage;
        @Autowired
        ArticleService articles;
        @Autowired
        LinkService links;
        @Autowired
        ReleaseCatalog catalog;

        @Test
        void the_bundled_coverage_is_loaded_once_with_accepted_links_only() throws Exception {
            List<Article> all = articles.search(ArticleFilter.ALL);
            assertThat(all).hasSize(bundledArticles());
            assertThat(all).allSatisfy(a -> {
                assertThat(a.createdBy()).isEqualTo(BundledCoverage.CREATED_BY);
                assertThat(a.summary()).isNotBlank();
                assertThat(links.links(a.id())).as("links of %s", a.title()).isNotEmpty()
                        .allSatisfy(l -> assertThat(l.status()).isEqualTo(ArticleLink.ACCEPTED));
            });
            // nothing waits for review: the bundled links are curated, no suggestions are made for them
            assertThat(links.pending()).isEmpty();
            // a second run (a restart) leaves the table alone
            assertThat(coverage.loadIfEmpty()).isZero();
            assertThat(articles.search(ArticleFilter.ALL)).hasSize(all.size());
        }

        @Test
        void an_article_about_an_unscanned_release_is_linked_to_the_scanned_release_whose_range_holds_it() {
            Article phy = articles.findByUrl("https://www.phoronix.com/news/Linux-6.8-Rust-PHY-Driver").orElseThrow();

            assertThat(links.links(phy.id())).extracting(ArticleLink::kind, ArticleLink::target).contains(
                    org.assertj.core.groups.Tuple.tuple(LinkKind.RELEASE, "v6.12"),
                    org.assertj.core.groups.Tuple.tuple(LinkKind.DRIVER, "rust_asix_phy"));
            assertThat(links.links(phy.id())).filteredOn(l -> l.kind() == LinkKind.RELEASE).singleElement()
                    .satisfies(l -> assertThat(l.reason()).contains("v6.8, which was not scanned",
                            "between v6.2 and v6.12"));
            assertThat(links.articlesLinkedTo(LinkKind.DRIVER, "rust_asix_phy")).extracting(Article::id)
                    .contains(phy.id());
        }

        @Test
        void the_articles_show_as_chart_markers_on_the_bundled_releases() throws Exception {
            Map<Long, List<String>> linked = links.acceptedReleaseLinks();
            List<Article> all = articles.search(ArticleFilter.ALL);
            var releases = catalog.releases(false);
            List<ArticleMarkers.Group> groups = ArticleMarkers.group(all, linked, releases);

            assertThat(groups).isNotEmpty();
            // every article is a marker except those older than the first release shown and linked to none
            java.time.Instant first = releases.getFirst().date();
            List<Article> unmarked = all.stream().filter(a -> !linked.containsKey(a.id())
                    && a.publishedAt().isBefore(first)).toList();
            assertThat(groups.stream().mapToInt(g -> g.articles().size()).sum())
                    .isEqualTo(bundledArticles() - unmarked.size());
            assertThat(unmarked).extracting(Article::url)
                    .containsExactly(CanonicalUrl.of("https://lwn.net/Articles/829858/"));
            assertThat(groups).extracting(ArticleMarkers.Group::tag).contains("v6.1", "v6.12");
            assertThat(groups).filteredOn(g -> g.tag().equals("v6.12")).singleElement().satisfies(g ->
                    assertThat(g.articles()).extracting(Article::url)
                            .contains("https://www.phoronix.com/news/Linux-6.12-DRM-Panic-QR-Code"));
        }
    }

    @Nested
    @SpringBootTest(properties = {"oxidometer.load-bundled-dataset=true", "oxidometer.load-bundled-news=false"})
    class WithTheSettingOff {

        @Autowired
        BundledCoverage coverage;
        @Autowired
        ArticleService articles;

        @Test
        void no_article_is_loaded_at_start_nor_on_request() {
            assertThat(articles.search(ArticleFilter.ALL)).isEmpty();
            assertThat(coverage.loadIfEmpty()).isZero();
            assertThat(articles.search(ArticleFilter.ALL)).isEmpty();
        }
    }
}
