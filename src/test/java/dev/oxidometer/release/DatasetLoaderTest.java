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
}
