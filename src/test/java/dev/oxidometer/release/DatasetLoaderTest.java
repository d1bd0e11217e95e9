package dev.oxidometer.release;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;

import dev.oxidometer.scan.ScanReport;
import dev.oxidometer.system.OxidometerProperties;
import dev.oxidometer.system.PropertiesConfig;

@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ReleaseStore.class, RepositoryStore.class, ScanRunStore.class, ReleaseCatalog.class,
        DefaultRepository.class, DatasetLoader.class, PropertiesConfig.class})
@TestPropertySource(properties = "oxidometer.load-bundled-dataset=true")
class DatasetLoaderTest {

    @Autowired
    OxidometerProperties properties;
    @Autowired
    ReleaseStore store;
    @Autowired
    DatasetLoader loader;
    @Autowired
    ReleaseCatalog catalog;

    private BundledDataset bundled(String location) {
        return new BundledDataset(properties, store, loader, new ClassPathResource(location));
    }

    @Test
    void an_empty_database_is_filled_with_the_bundled_dataset_and_says_where_it_came_from() {
        assertThat(bundled("datasets/small-corpus.json").loadIfEmpty()).isTrue();

        assertThat(catalog.releases(false)).extracting(ReleaseSummary::tag).containsExactly("v6.1", "v6.12");
        assertThat(catalog.dataSource()).hasValueSatisfying(source -> {
            assertThat(source.bundled()).isTrue();
            assertThat(source.repository()).isEqualTo("bundled dataset");
            assertThat(source.rulesVersion()).isEqualTo("1");
            assertThat(source.scannedAt()).hasToString("2026-11-24T11:00:00Z");
            assertThat(source.trees()).containsExactly("v6.1: Debian linux 6.1.158", "v6.12: Debian linux 6.12.57");
        });
    }

    @Test
    void the_bundled_dataset_is_not_loaded_into_a_database_that_holds_releases() {
        bundled("datasets/small-corpus.json").loadIfEmpty();

        assertThat(bundled("datasets/small-corpus.json").loadIfEmpty()).isFalse();
        assertThat(catalog.releases(true)).hasSize(2);
    }

    @Test
    void a_missing_bundled_dataset_is_skipped() {
        assertThat(bundled("datasets/does-not-exist.json").loadIfEmpty()).isFalse();
        assertThat(store.hasAnyRelease()).isFalse();
    }

    @Test
    void a_stored_dataset_loads_back_exactly_as_it_was_read() {
        ScanReport dataset = ScanDatasetJson.read(ScanDatasetJsonTest.fixture());
        Repo repo = loader.importDataset(dataset, null);

        assertThat(store.load(repo.id())).isEqualTo(dataset.releases());
        assertThat(repo.name()).isEqualTo("linux.git-work");
    }

    /**
     * A dataset counted under rules 2, as exports and the bundled dataset were before rules 3 (the bundled dataset
     * without the metrics rules 3 added): it still imports, loads back as it was, and says it is older.
     */
    @Test
    void a_dataset_counted_under_rules_2_still_loads_and_says_its_rules_are_older() throws Exception {
        ScanReport current;
        try (java.io.InputStream in = new ClassPathResource(BundledDataset.LOCATION).getInputStream()) {
            current = ScanDatasetJson.read(in);
        }
        java.util.Set<String> added = java.util.Set.of("docs.rust.pages", "rust.kernel.no_std", "kconfig.rust.files",
                "kconfig.rust.config.depends");
        java.util.List<dev.oxidometer.scan.ReleaseScan> older = current.releases().stream().map(r -> {
            java.util.Map<String, Object> metrics = new java.util.LinkedHashMap<>(r.metrics());
            metrics.keySet().removeAll(added);
            return new dev.oxidometer.scan.ReleaseScan(r.tag(), r.commit(), r.date(), r.rc(), r.note(), metrics,
                    r.drivers(), r.abstractions(), r.files());
        }).toList();
        ScanReport rules2 = new ScanReport("2", current.repository(), current.scannedAt(), older, current.failures());
        String json = dev.oxidometer.scan.ScanJson.write(rules2);

        Repo repo = loader.importDataset(ScanDatasetJson.read(
                new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))), null);

        // the store lists a release's drivers by path, the scanner by name: the same drivers
        assertThat(store.load(repo.id())).usingRecursiveComparison().ignoringCollectionOrderInFields("drivers")
                .isEqualTo(older);
        assertThat(catalog.releases(false)).extracting(ReleaseSummary::tag)
                .containsExactly("v5.10", "v6.1", "v6.12", "v7.2", "v7.3");
        assertThat(catalog.releases(false)).allSatisfy(r -> {
            assertThat(r.rulesVersion()).isEqualTo("2");
            assertThat(r.metrics()).doesNotContainKeys("docs.rust.pages", "rust.kernel.no_std")
                    .containsEntry("docs.rust.files", r.tag().equals("v5.10") ? 0L : r.tag().equals("v6.1") ? 5L : 6L);
        });
        assertThat(catalog.dataSource().orElseThrow().olderRulesNote()).hasValueSatisfying(note ->
                assertThat(note).startsWith("Counted under counting rules version 2, not this build's version "
                        + dev.oxidometer.scan.CountingRules.RULES_VERSION));
    }
}
