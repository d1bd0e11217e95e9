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

            assertThat(links.claims(a.id())).extracting(Claim::subject, Claim::verdict, Claim::evidence).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("NVMe", Verdict.CONTRADICTED,
                            "No Rust code under drivers/nvme in any of the 2 scanned releases, v6.1 to v6.12."),
                    org.assertj.core.groups.Tuple.tuple("null block", Verdict.SUPPORTED,
                            "Rust code under drivers/block/rnull first seen in v6.12 (landed between v6.2 and v6.12"
                                    + " (releases in between not scanned); 1 Rust file there)."));
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

            // "merged" with no release named is no landing claim; "still out of tree" is said of NVMe alone
            assertThat(links.claims(a.id())).extracting(Claim::subject, Claim::verdict, Claim::evidence).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Binder", Verdict.SUPPORTED,
                            "Rust code under drivers/android/binder first seen in v7.2 (landed between v6.13 and v7.2"
                                    + " (releases in between not scanned); 18 Rust files there); 20 Rust files in v7.3,"
                                    + " the newest scanned release."),
                    org.assertj.core.groups.Tuple.tuple("NVMe", Verdict.SUPPORTED,
                            "No Rust code under drivers/nvme in any of the 5 scanned releases, v5.10 to v7.3. The text"
                                    + " says it is not in the tree."));
            assertThat(links.links(a.id())).extracting(ArticleLink::target).contains("v6.12", "rust_binder");
        }
    }
}
