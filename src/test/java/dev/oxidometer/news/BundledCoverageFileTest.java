package dev.oxidometer.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled coverage file itself: every entry complete and verified, dates in 2020–2026, URLs unique, and every
 * link it asks for found in the bundled dataset ({@code data/kernel-corpus.json}, read here as plain JSON).
 */
class BundledCoverageFileTest {

    /** The issue asks for at least 30 articles. */
    static final int MINIMUM = 30;

    static BundledCoverage.Coverage coverage;
    static KernelInventory bundledDataset;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = new ClassPathResource(BundledCoverage.LOCATION).getInputStream()) {
            coverage = BundledCoverage.read(in);
        }
        bundledDataset = datasetInventory();
    }

    /** The releases, drivers and abstraction modules of the bundled dataset. */
    static FixtureKernel datasetInventory() throws Exception {
        FixtureKernel kernel = new FixtureKernel();
        JsonNode root;
        try (InputStream in = new ClassPathResource("data/kernel-corpus.json").getInputStream()) {
            root = JsonMapper.builder().build().readTree(in);
        }
        Set<String> drivers = new HashSet<>();
        Set<String> modules = new HashSet<>();
        for (JsonNode release : root.get("releases")) {
            kernel.release(release.get("tag").asString(), release.get("date").asString().substring(0, 10));
            release.get("drivers").forEach(d -> {
                if (drivers.add(d.get("name").asString())) {
                    kernel.driver(d.get("name").asString(), d.get("path").asString());
                }
            });
            release.get("abstractions").forEach(a -> {
                if (modules.add(a.asString())) {
                    kernel.abstractions(a.asString());
                }
            });
        }
        return kernel;
    }

    @Test
    void it_holds_enough_articles_spread_over_the_years() {
        assertThat(coverage.articles()).hasSizeGreaterThanOrEqualTo(MINIMUM);
        Set<Integer> years = new HashSet<>();
        coverage.articles().forEach(e -> e.publishedAt().ifPresent(at -> years.add(LocalDate.ofInstant(at,
                java.time.ZoneOffset.UTC).getYear())));
        assertThat(years).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void every_entry_is_complete_with_an_https_url_and_a_date_in_2020_to_2026() {
        assertThat(coverage.articles()).allSatisfy(e -> {
            assertThat(e.title()).as("title").isNotBlank();
            assertThat(e.url()).as("url of %s", e.title()).startsWith("https://");
            assertThat(CanonicalUrl.isWebUrl(e.url())).as("url of %s", e.title()).isTrue();
            assertThat(e.outlet()).as("outlet of %s", e.title()).isNotBlank();
            assertThat(e.published()).as("date of %s", e.title()).matches("\\d{4}-\\d{2}-\\d{2}");
            Instant at = e.publishedAt().orElseThrow(() -> new AssertionError("no date: " + e.title()));
            assertThat(at).as("date of %s", e.title()).isBetween(Instant.parse("2020-01-01T00:00:00Z"),
                    Instant.parse("2026-12-31T23:59:59Z"));
            // the one sentence we wrote: non-blank, one full stop at its end
            assertThat(e.summary()).as("summary of %s", e.title()).isNotBlank().endsWith(".")
                    .doesNotContain(". ");
            BundledCoverage.draft(e).validate();
        });
    }

    @Test
    void every_entry_says_how_it_was_verified() {
        assertThat(coverage.articles()).allSatisfy(e -> {
            BundledCoverage.Verification v = e.verification();
            assertThat(v).as("verification of %s", e.title()).isNotNull();
            assertThat(v.method()).as("method of %s", e.title()).isIn("stored-copy", "primary-source");
            assertThat(v.address()).as("address of %s", e.title()).isNotBlank();
            assertThat(v.shows()).as("what the copy of %s shows", e.title()).isNotBlank();
            if (v.method().equals("stored-copy")) {
                assertThat(v.corpus()).as("corpus of %s", e.title()).isIn("pages", "docs", "issues", "code");
            }
        });
    }

    @Test
    void urls_are_unique_also_in_their_canonical_form() {
        List<String> urls = coverage.articles().stream().map(e -> CanonicalUrl.of(e.url())).toList();
        assertThat(urls).doesNotHaveDuplicates();
    }

    @Test
    void every_article_links_to_something_and_every_target_is_in_the_bundled_dataset() {
        assertThat(coverage.articles()).allSatisfy(e -> {
            List<String> missing = new ArrayList<>();
            List<BundledCoverage.PlannedLink> links = BundledCoverage.plan(e.about(), bundledDataset, missing);
            assertThat(missing).as("targets of %s not in the bundled dataset", e.title()).isEmpty();
            assertThat(links).as("links of %s", e.title()).isNotEmpty();
        });
    }

    @Test
    void a_release_an_article_names_is_linked_to_the_scanned_release_whose_range_holds_it() {
        BundledCoverage.About about = new BundledCoverage.About(List.of("v6.8", "v6.12", "v6.18"), List.of(),
                List.of(), List.of());
        List<BundledCoverage.PlannedLink> links = BundledCoverage.plan(about, bundledDataset, new ArrayList<>());

        assertThat(links).extracting(BundledCoverage.PlannedLink::target).containsExactly("v6.12", "v7.2");
        assertThat(links.getFirst().reason()).contains("v6.8, which was not scanned",
                "between v6.2 and v6.12 (releases in between not scanned)");
        assertThat(links.get(1).reason()).contains("v6.18", "between v6.13 and v7.2");
    }

    @Test
    void targets_the_history_does_not_have_are_left_out_not_linked() {
        BundledCoverage.About about = new BundledCoverage.About(List.of("v9.1"), List.of("apple_agx"),
                List.of("no_such_module"), List.of("gpu"));
        List<String> missing = new ArrayList<>();

        assertThat(BundledCoverage.plan(about, bundledDataset, missing)).isEmpty();
        assertThat(missing).containsExactly("release:v9.1", "driver:apple_agx", "abstraction:no_such_module",
                "category:gpu");
    }

    @Test
    void a_field_the_format_does_not_have_is_an_error_not_ignored() {
        String json = "{\"articles\": [{\"title\": \"t\", \"tittle\": \"typo\"}]}";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BundledCoverage.read(
                new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("tittle");
    }
}
