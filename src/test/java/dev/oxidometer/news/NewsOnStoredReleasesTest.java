package dev.oxidometer.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.annotation.Transactional;

import dev.oxidometer.release.DatasetLoader;
import dev.oxidometer.release.ScanDatasetJson;

/** Suggestions and claims over releases stored by the release/ feature, read through ReleaseCatalog. */
class NewsOnStoredReleasesTest {

    static Article article(ArticleService articles, String title, String date) {
        return articles.create(new ArticleDraft("https://example.org/" + title.hashCode(), title, null,
                Instant.parse(date), null, null, List.of()), "ed");
    }

    @Nested
    @SpringBootTest
    @Transactional
    class OnTheSmallCorpus {

        @Autowired
        DatasetLoader loader;
        @Autowired
        ArticleService articles;
        @Autowired
        LinkService links;

        @Test
        void claims_and_suggestions_come_from_the_stored_releases() throws Exception {
            byte[] corpus = getClass().getResourceAsStream("/datasets/small-corpus.json").readAllBytes();
            loader.importDataset(ScanDatasetJson.read(new ByteArrayInputStream(corpus)), "fixture");

            Article a = article(articles, "Rust NVMe and the null block driver", "2025-01-10T00:00:00Z");

            assertThat(links.claims(a.id())).extracting(ClaimCheck::message).containsExactly(
                    "null block: in tree since a release between v6.2 and v6.12 (releases in between not scanned)"
                            + " (drivers/block/rnull, 1 Rust file there)",
                    "NVMe: no Rust code under drivers/nvme in any scanned release (2 scanned, v6.1 to v6.12)");
            assertThat(links.links(a.id())).extracting(ArticleLink::target).containsExactly("rnull_mod", "v6.12", "block");
        }
    }

    /** The bundled real dataset (v5.10 v6.1 v6.12 v7.2 v7.3), when it is on the classpath. */
    @Nested
    @SpringBootTest(properties = "oxidometer.load-bundled-dataset=true")
    @Transactional
    class OnTheBundledDataset {

        @Autowired
        ArticleService articles;
        @Autowired
        LinkService links;

        @Test
        void binder_is_in_tree_since_a_release_between_v6_13_and_v7_2_and_nvme_in_no_scanned_release() {
            assumeThat(new ClassPathResource("data/kernel-corpus.json").exists()).as("bundled dataset").isTrue();

            Article a = article(articles, "Rust Binder merged; Rust NVMe driver still out of tree",
                    "2025-10-01T00:00:00Z");

            assertThat(links.claims(a.id())).extracting(ClaimCheck::message).containsExactly(
                    "Binder: in tree since a release between v6.13 and v7.2 (releases in between not scanned)"
                            + " (drivers/android/binder, 18 Rust files there)",
                    "NVMe: no Rust code under drivers/nvme in any scanned release (5 scanned, v5.10 to v7.3)");
            assertThat(links.links(a.id())).extracting(ArticleLink::target).contains("v6.12", "rust_binder");
        }
    }
}
