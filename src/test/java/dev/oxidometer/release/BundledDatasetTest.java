package dev.oxidometer.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;

import dev.oxidometer.scan.CountingRules;
import dev.oxidometer.scan.ScanReport;
import dev.oxidometer.system.PropertiesConfig;

/** The dataset shipped in the jar: readable, counted under the current rules, and loaded on first start. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ReleaseStore.class, RepositoryStore.class, ScanRunStore.class, ReleaseCatalog.class,
        DefaultRepository.class, DatasetLoader.class, BundledDataset.class, PropertiesConfig.class})
@TestPropertySource(properties = "oxidometer.load-bundled-dataset=true")
class BundledDatasetTest {

    @Autowired
    BundledDataset bundled;
    @Autowired
    ReleaseCatalog catalog;

    private static final ClassPathResource RESOURCE = new ClassPathResource(BundledDataset.LOCATION);

    @Test
    void the_bundled_dataset_is_scanner_output_under_the_current_counting_rules() throws Exception {
        assumeTrue(RESOURCE.exists(), "no bundled dataset in this build");
        try (InputStream in = RESOURCE.getInputStream()) {
            ScanReport dataset = ScanDatasetJson.read(in);

            assertThat(dataset.rulesVersion()).isEqualTo(CountingRules.RULES_VERSION);
            assertThat(dataset.releases()).isNotEmpty();
            assertThat(dataset.releases()).allSatisfy(r -> assertThat(r.metrics())
                    .containsKeys("rust.files", "rust.code", "share.code", "c.code"));
        }
    }

    @Test
    void an_empty_database_gets_the_bundled_releases_with_their_source() {
        assumeTrue(RESOURCE.exists(), "no bundled dataset in this build");
        // the application ran the loader at startup already (it is an ApplicationRunner); a second run is a no-op
        assertThat(bundled.loadIfEmpty()).isFalse();

        assertThat(catalog.releases(true)).isNotEmpty();
        assertThat(catalog.dataSource()).hasValueSatisfying(source -> {
            assertThat(source.bundled()).isTrue();
            assertThat(source.trees()).hasSameSizeAs(catalog.releases(true));
        });
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    ScanRunStore runs;

    @Test
    void the_bundled_dataset_is_listed_as_a_source_with_its_load_time_rules_and_releases() throws Exception {
        assumeTrue(RESOURCE.exists(), "no bundled dataset in this build");
        ScanReport dataset;
        try (InputStream in = RESOURCE.getInputStream()) {
            dataset = ScanDatasetJson.read(in);
        }
        java.util.List<ReleaseSummary> stored = catalog.releases(true);

        assertThat(runs.sources()).singleElement().satisfies(source -> {
            assertThat(source.kind()).isEqualTo(ScanKind.BUNDLED);
            assertThat(source.rulesVersion()).isEqualTo(dataset.rulesVersion());
            assertThat(source.countedAt()).isCloseTo(dataset.scannedAt(),
                    org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
            assertThat(source.loadedAt()).isNotNull().isAfter(dataset.scannedAt());
            assertThat(source.releases()).isEqualTo(stored.size());
            assertThat(source.firstTag()).isEqualTo(stored.getFirst().tag());
            assertThat(source.newestTag()).isEqualTo(stored.getLast().tag());
        });
    }

    @Test
    void bundled_releases_stored_under_older_rules_are_replaced_by_the_bundled_dataset() {
        assumeTrue(RESOURCE.exists(), "no bundled dataset in this build");
        jdbc.sql("UPDATE release_tag SET rules_version = '1'").update();

        assertThat(bundled.loadIfEmpty()).isTrue();

        assertThat(catalog.releases(true)).allSatisfy(r ->
                assertThat(r.rulesVersion()).isEqualTo(CountingRules.RULES_VERSION));
        // and the tree events come with them, as from any stored history
        assertThat(catalog.events()).extracting(TreeEvent::kind).contains("first-rust", "first-driver");
    }

    @Test
    void the_bundled_history_states_first_seen_facts_as_ranges_from_its_scanned_releases() {
        assumeTrue(RESOURCE.exists(), "no bundled dataset in this build");
        DriverSummary binder = catalog.driver("rust_binder").orElseThrow();
        // v6.12 and v7.2 are scanned, nothing in between: a range, not a landing in v7.2
        assertThat(binder.landedTag()).isEqualTo("v7.2");
        assertThat(binder.landedAfterTag()).isEqualTo("v6.12");
        assertThat(binder.landedExact()).isFalse();
        assertThat(binder.landed(catalog.gaps()).describe("landed"))
                .isEqualTo("landed between v6.13 and v7.2 (releases in between not scanned)");
        assertThat(catalog.events()).filteredOn(e -> e.kind().equals("first-driver")).singleElement()
                .satisfies(e -> {
                    assertThat(e.tag()).isEqualTo("v6.12");
                    assertThat(e.afterTag()).isEqualTo("v6.1");
                    assertThat(e.exact()).isFalse();
                });
    }
}
