package dev.oxidometer.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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

        @Autowired
        ClaimsEngine engine;

        /** A text written for this test (no article's words), with a claim of every kind. */
        static final String TEXT = """
                Rust support was merged in Linux 6.1, and the kernel has since gained real drivers written in it.
                The Android Binder driver and the Nova GPU driver are in mainline now, while a Rust NVMe driver is
                still out of tree. Documentation/rust has pages for the quick start, general information, coding
                guidelines, arch support and testing. Kernel Rust is no_std: it builds on core rather than std.
                Building it needs at least rustc 1.78. Rust support (CONFIG_RUST) depends on HAVE_RUST in the
                kernel's Kconfig. The kernel holds about 37 million lines of C, and Rust is roughly 0.4 % of the
                code. Mainline counts nine Rust drivers. Rust code grew more than 10x since 6.1. The kernel's Rust
                maintainers review over 60 patches a week.""";

        @Test
        void every_claim_kind_gets_its_verdict_from_the_bundled_dataset() {
            assumeThat(new ClassPathResource("data/kernel-corpus.json").exists()).as("bundled dataset").isTrue();

            List<Claim> claims = engine.check(TEXT, null);

            // each verdict checked against the corpus with C git (see CorpusScanTest): Documentation/rust's .rst
            // files, #![no_std] in rust/kernel/lib.rs, the rustc) case of scripts/min-tool-version.sh, config RUST's
            // depends on lines, 37,691,774 lines of .c/.h, 9 module! files under drivers/ in v7.3
            assertThat(claims).extracting(Claim::kind, Claim::subject, Claim::verdict).containsExactly(
                    tuple("landing", "Rust support", Verdict.UNVERIFIABLE),
                    tuple("presence", "Binder", Verdict.SUPPORTED),
                    tuple("presence", "Nova", Verdict.SUPPORTED),
                    tuple("presence", "NVMe", Verdict.SUPPORTED),
                    tuple("docs", "quick-start", Verdict.SUPPORTED),
                    tuple("docs", "general-information", Verdict.SUPPORTED),
                    tuple("docs", "coding-guidelines", Verdict.SUPPORTED),
                    tuple("docs", "arch-support", Verdict.SUPPORTED),
                    tuple("docs", "testing", Verdict.SUPPORTED),
                    tuple("build", "no_std", Verdict.SUPPORTED),
                    tuple("build", "minimum rustc 1.78", Verdict.CONTRADICTED),
                    tuple("build", "CONFIG_RUST depends on HAVE_RUST", Verdict.SUPPORTED),
                    tuple("size", "lines of C", Verdict.SUPPORTED),
                    tuple("share", "Rust's share", Verdict.SUPPORTED),
                    tuple("size", "Rust drivers", Verdict.SUPPORTED),
                    tuple("size", "growth of Rust code", Verdict.SUPPORTED),
                    tuple("unverifiable", "maintainers", Verdict.UNVERIFIABLE));
            assertThat(claims.get(0).evidence()).contains("landed between v5.11 and v6.1 (releases in between not"
                    + " scanned)");
            assertThat(claims.get(10).evidence()).startsWith("The minimum rustc of v7.3 is 1.85.0, not 1.78");
            assertThat(claims.get(12).evidence()).contains("(c.lines) = 37,691,774");
            assertThat(claims.get(13).evidence()).contains("(share.code) = 0.42 %");
            assertThat(claims.get(14).evidence()).contains("(drivers.modules: .rs files under drivers/ declaring a"
                    + " module) = 9 (stated \"nine Rust drivers\"; tolerance ±0)");
            assertThat(claims.get(15).evidence()).startsWith("Rust code (rust.code): 4,928 lines in v6.1, 120,164 in"
                    + " v7.3: 24.4× (stated \"grew more than 10x\"; at least the stated factor).");
        }
    }
}
