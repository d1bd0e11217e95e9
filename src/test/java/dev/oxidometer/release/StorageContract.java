package dev.oxidometer.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.oxidometer.scan.Category;
import dev.oxidometer.scan.LineCounts;
import dev.oxidometer.scan.ReleaseScan;
import dev.oxidometer.system.PropertiesConfig;

/**
 * What the store and the read model must do on every supported database; {@code H2StorageTest} and
 * {@code PostgresStorageTest} run it. Each test runs in a transaction that is rolled back.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ReleaseStore.class, RepositoryStore.class, ScanRunStore.class, ReleaseCatalog.class,
        DefaultRepository.class, PropertiesConfig.class})
abstract class StorageContract {

    @Autowired
    ReleaseStore store;
    @Autowired
    RepositoryStore repositories;
    @Autowired
    ScanRunStore scanRuns;
    @Autowired
    ReleaseCatalog catalog;
    @Autowired
    JdbcTemplate jdbc;

    long repo;

    @BeforeEach
    void createRepository() {
        repo = repositories.insert("linux", "/src/linux", false, RepositoryStore.Origin.ADDED).id();
    }

    @Test
    void a_stored_release_reads_back_with_its_metrics_in_published_order_and_with_their_types() {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("rust.files", 12);
        metrics.put("rust.lines", 3_000_000_000L);
        metrics.put("share.code", 0.0012);
        metrics.put("rustc.min", "1.78.0");
        metrics.put("c.files", 5);
        metrics.put("kconfig.rust.symbols", null);
        Releases r = Releases.tag("v6.12").date("2024-11-17T12:00:00Z");
        metrics.forEach(r::metric);
        store.save(repo, r.note("Debian linux 6.12").build(), "1", null);

        ReleaseSummary summary = catalog.release("v6.12").orElseThrow();

        assertThat(summary.metrics().keySet()).containsExactly("rust.files", "rust.lines", "share.code", "rustc.min",
                "c.files", "kconfig.rust.symbols");
        assertThat(summary.metrics()).containsEntry("rust.files", 12L).containsEntry("rust.lines", 3_000_000_000L)
                .containsEntry("share.code", 0.0012).containsEntry("rustc.min", "1.78.0")
                .containsEntry("kconfig.rust.symbols", null);
        assertThat(summary.date()).isEqualTo(Instant.parse("2024-11-17T12:00:00Z"));
        assertThat(summary.rulesVersion()).isEqualTo("1");
        assertThat(catalog.metricKeys()).containsExactly("rust.files", "rust.lines", "share.code", "rustc.min",
                "c.files", "kconfig.rust.symbols");
    }

    @Test
    void releases_come_in_version_order_and_release_candidates_only_when_asked() {
        for (String tag : List.of("v6.10", "v6.9", "v7.0-rc1", "v6.2", "v7.0", "v6.10-rc3")) {
            store.save(repo, Releases.tag(tag).build(), "1", null);
        }

        assertThat(catalog.releases(false)).extracting(ReleaseSummary::tag)
                .containsExactly("v6.2", "v6.9", "v6.10", "v7.0");
        assertThat(catalog.releases(true)).extracting(ReleaseSummary::tag)
                .containsExactly("v6.2", "v6.9", "v6.10-rc3", "v6.10", "v7.0-rc1", "v7.0");
        assertThat(catalog.previous("v7.0", false)).map(ReleaseSummary::tag).hasValue("v6.10");
        assertThat(catalog.previous("v7.0", true)).map(ReleaseSummary::tag).hasValue("v7.0-rc1");
        assertThat(catalog.previous("v6.2", true)).isEmpty();
        assertThat(catalog.next("v6.10", false)).map(ReleaseSummary::tag).hasValue("v7.0");
        assertThat(catalog.next("v6.10", true)).map(ReleaseSummary::tag).hasValue("v7.0-rc1");
        assertThat(catalog.next("v6.10-rc3", true)).map(ReleaseSummary::tag).hasValue("v6.10");
        assertThat(catalog.next("v7.0", true)).isEmpty();
    }

    @Test
    void a_stored_release_loads_back_whole_with_the_doc_comment_lines_of_its_files() {
        ReleaseScan scan = Releases.tag("v6.12").date("2024-11-17T12:00:00Z").note("Debian linux 6.12")
                .file("drivers/block/rnull.rs", Category.DRIVERS, "r1", new LineCounts(80, 52, 20, 8, 0))
                .file("rust/kernel/str.rs", Category.ABSTRACTIONS, "s1", new LineCounts(100, 60, 30, 10, 25))
                .driver("rnull_mod", "drivers/block/rnull.rs", 1, 80).abstractions("str").build();
        store.save(repo, scan, "2", null);

        assertThat(store.load(repo)).containsExactly(scan);   // files in path order, as load gives them
    }

    @Test
    void a_file_stored_before_doc_comments_were_reads_them_from_the_blob_count_cache_while_it_holds_the_blob() {
        store.save(repo, Releases.tag("v6.12")
                .file("rust/kernel/str.rs", Category.ABSTRACTIONS, "s1", new LineCounts(100, 60, 30, 10, 25))
                .file("rust/kernel/sync.rs", Category.ABSTRACTIONS, "y1", new LineCounts(50, 30, 15, 5, 12))
                .build(), "2", null);
        jdbc.update("UPDATE rust_file SET doc_comments = NULL");   // as V104 leaves the rows stored before it
        jdbc.update("INSERT INTO blob_counts (rules_version, blob_id, kind, lines, code, comments, blanks, extras)"
                + " VALUES ('2', 's1', 'RUST', 100, 60, 30, 10, '0|0|0|0|0|25|-'),"
                + " ('1', 'y1', 'RUST', 50, 30, 15, 5, '0|0|0|0|0|99|-')");   // another rules version: not read

        assertThat(store.load(repo).getFirst().files()).extracting(f -> f.counts().docComments())
                .containsExactly(25L, 0L);
    }

    @Test
    void storing_a_tag_again_replaces_the_release_with_all_its_rows() {
        store.save(repo, Releases.tag("v6.1").file("rust/kernel/a.rs", Category.ABSTRACTIONS, "a1", 10, 8)
                .file("rust/kernel/b.rs", Category.ABSTRACTIONS, "b1", 5, 4).driver("x", "drivers/x/x.rs", 1, 5)
                .abstractions("alloc").build(), "0", null);
        store.save(repo, Releases.tag("v6.1").file("rust/kernel/a.rs", Category.ABSTRACTIONS, "a2", 20, 18)
                .abstractions("alloc", "str").build(), "1", null);

        assertThat(catalog.files("v6.1")).containsExactly(
                new RustFileRow("rust/kernel/a.rs", "abstractions", "a2", 20, 18));
        assertThat(catalog.drivers()).isEmpty();
        assertThat(catalog.abstractions()).extracting(AbstractionModule::name).containsExactly("alloc", "str");
        assertThat(store.storedRulesVersions(repo)).containsExactly(Map.entry("v6.1", "1"));
    }

    @Test
    void a_diff_lists_added_removed_and_changed_files_and_landed_moved_left_and_changed_drivers() {
        store.save(repo, Releases.tag("v6.1")
                .file("rust/kernel/same.rs", Category.ABSTRACTIONS, "s", 10, 8)
                .file("rust/kernel/gone.rs", Category.ABSTRACTIONS, "g", 7, 6)
                .file("drivers/block/rnull.rs", Category.DRIVERS, "r1", 80, 60)
                .driver("rnull_mod", "drivers/block/rnull.rs", 1, 80)
                .driver("old", "drivers/old/old.rs", 1, 30)
                .driver("grows", "drivers/net/grows.rs", 1, 40)
                .abstractions("alloc", "gone").build(), "1", null);
        store.save(repo, Releases.tag("v6.2")
                .file("rust/kernel/same.rs", Category.ABSTRACTIONS, "s", 10, 8)
                .file("drivers/block/rnull/rnull.rs", Category.DRIVERS, "r2", 90, 70)
                .file("drivers/gpu/nova.rs", Category.DRIVERS, "n", 100, 90)
                .driver("rnull_mod", "drivers/block/rnull/rnull.rs", 1, 90)
                .driver("grows", "drivers/net/grows.rs", 1, 45)
                .driver("nova", "drivers/gpu/nova.rs", 1, 100)
                .abstractions("alloc", "block").build(), "1", null);

        ReleaseDiff diff = catalog.diff("v6.1", "v6.2");

        assertThat(diff.files()).containsExactly(
                new FileChange("drivers/block/rnull.rs", "drivers", "removed", 80, 0, 60, 0),
                new FileChange("drivers/block/rnull/rnull.rs", "drivers", "added", 0, 90, 0, 70),
                new FileChange("drivers/gpu/nova.rs", "drivers", "added", 0, 100, 0, 90),
                new FileChange("rust/kernel/gone.rs", "abstractions", "removed", 7, 0, 6, 0));
        assertThat(diff.drivers()).containsExactly(
                new DriverChange("grows", "changed", "drivers/net/grows.rs", "drivers/net/grows.rs", 40, 45),
                new DriverChange("nova", "landed", null, "drivers/gpu/nova.rs", 0, 100),
                new DriverChange("old", "left", "drivers/old/old.rs", null, 30, 0),
                new DriverChange("rnull_mod", "moved", "drivers/block/rnull.rs", "drivers/block/rnull/rnull.rs",
                        80, 90));
        assertThat(diff.abstractionsAdded()).containsExactly("block");
        assertThat(diff.abstractionsRemoved()).containsExactly("gone");
    }

    @Test
    void a_diff_with_an_unknown_tag_is_refused() {
        store.save(repo, Releases.tag("v6.1").build(), "1", null);

        assertThatThrownBy(() -> catalog.diff("v5.0", "v6.1")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("v5.0");
    }

    @Test
    void a_driver_keeps_its_identity_across_a_move_and_its_trend_is_zero_where_absent() {
        store.save(repo, Releases.tag("v6.1").date("2023-01-01T00:00:00Z").build(), "1", null);
        store.save(repo, Releases.tag("v6.2").date("2023-03-01T00:00:00Z")
                .driver("rnull_mod", "drivers/block/rnull.rs", 1, 80).build(), "1", null);
        store.save(repo, Releases.tag("v6.3-rc1").driver("rnull_mod", "drivers/block/rnull.rs", 1, 85).build(), "1",
                null);
        store.save(repo, Releases.tag("v6.3").date("2023-05-01T00:00:00Z")
                .driver("rnull_mod", "drivers/block/rnull/rnull.rs", 2, 120).build(), "1", null);

        DriverSummary rnull = catalog.driver("rnull_mod").orElseThrow();

        assertThat(rnull).isEqualTo(new DriverSummary("rnull_mod", "drivers/block/rnull/rnull.rs", "block", "v6.2",
                Instant.parse("2023-03-01T00:00:00Z"), "v6.3", 2, 120, List.of(0L, 80L, 120L), "module",
                "v6.1", true, null, null, false, null));
        assertThat(catalog.drivers()).containsExactly(rnull);
        assertThat(catalog.driverHistory("rnull_mod")).extracting(DriverRelease::tag, DriverRelease::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("v6.2", "drivers/block/rnull.rs"),
                        org.assertj.core.groups.Tuple.tuple("v6.3", "drivers/block/rnull/rnull.rs"));
        assertThat(catalog.driver("nonexistent")).isEmpty();
    }

    @Test
    void an_abstraction_module_is_dated_by_its_first_release_and_flagged_when_gone_from_the_newest() {
        store.save(repo, Releases.tag("v6.1").abstractions("alloc", "str").build(), "1", null);
        store.save(repo, Releases.tag("v6.2").abstractions("alloc", "block", "str").build(), "1", null);
        store.save(repo, Releases.tag("v6.3").abstractions("alloc", "block").build(), "1", null);

        assertThat(catalog.abstractions()).extracting(AbstractionModule::name, AbstractionModule::firstTag,
                AbstractionModule::present).containsExactly(
                org.assertj.core.groups.Tuple.tuple("alloc", "v6.1", true),
                org.assertj.core.groups.Tuple.tuple("str", "v6.1", false),
                org.assertj.core.groups.Tuple.tuple("block", "v6.2", true));
    }

    @Test
    void a_driver_seen_after_a_gap_and_gone_after_another_carries_both_ranges() {
        store.save(repo, Releases.tag("v6.1").build(), "2", null);
        store.save(repo, Releases.tag("v6.12").driver("rnull_mod", "drivers/block/rnull.rs", 1, 80).build(), "2",
                null);
        store.save(repo, Releases.tag("v7.2").build(), "2", null);

        DriverSummary rnull = catalog.driver("rnull_mod").orElseThrow();
        assertThat(rnull.landedTag()).isEqualTo("v6.12");
        assertThat(rnull.landedAfterTag()).isEqualTo("v6.1");
        assertThat(rnull.landedExact()).isFalse();
        assertThat(rnull.removedTag()).isEqualTo("v7.2");
        assertThat(rnull.removedAfterTag()).isEqualTo("v6.12");
        assertThat(rnull.removedExact()).isFalse();
        assertThat(rnull.landed(catalog.gaps()).describe("landed"))
                .isEqualTo("landed between v6.2 and v6.12 (releases in between not scanned)");
        assertThat(rnull.removed(catalog.gaps()).orElseThrow().describe("removed"))
                .isEqualTo("removed between v6.13 and v7.2 (releases in between not scanned)");
    }

    @Test
    void tree_events_are_stored_with_the_release_and_follow_when_a_release_in_between_is_stored_later() {
        store.save(repo, Releases.tag("v6.1").build(), "2", null);
        store.save(repo, Releases.tag("v6.3").driver("rnull_mod", "drivers/block/rnull.rs", 1, 80).build(), "2",
                null);
        assertThat(catalog.events()).extracting(TreeEvent::tag, TreeEvent::afterTag, TreeEvent::exact,
                TreeEvent::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("v6.3", "v6.1", false, "first-driver"),
                org.assertj.core.groups.Tuple.tuple("v6.3", "v6.1", false, "driver-added"));

        // v6.2 turns out to have it already: the events move there, and are exact
        store.save(repo, Releases.tag("v6.2").driver("rnull_mod", "drivers/block/rnull.rs", 1, 70).build(), "2",
                null);
        assertThat(catalog.events()).extracting(TreeEvent::tag, TreeEvent::afterTag, TreeEvent::exact,
                TreeEvent::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("v6.2", "v6.1", true, "first-driver"),
                org.assertj.core.groups.Tuple.tuple("v6.2", "v6.1", true, "driver-added"));
        assertThat(catalog.events("v6.3")).isEmpty();
    }

    @Test
    void a_repository_tag_that_was_not_scanned_makes_a_range_inexact() {
        store.save(repo, Releases.tag("v6.19").build(), "2", null);
        store.save(repo, Releases.tag("v7.0").driver("x", "drivers/x.rs", 1, 1).build(), "2", null);
        assertThat(catalog.driver("x").orElseThrow().landedExact()).isTrue();

        repositories.replaceTags(repo, List.of("v6.19", "v6.20", "v7.0"));
        assertThat(catalog.driver("x").orElseThrow().landedExact()).isFalse();
        assertThat(catalog.events()).allMatch(e -> !e.exact());
    }

    @Test
    void the_data_source_names_the_repository_rules_version_scan_date_and_trees() {
        long run = scanRuns.start(repo, ScanKind.BUNDLED, "1", Instant.parse("2026-11-24T11:00:00Z"));
        store.save(repo, Releases.tag("v6.12").note("Debian linux 6.12.57").build(), "1", run);
        store.save(repo, Releases.tag("v6.1").build(), "1", run);
        scanRuns.finish(run, true, null);

        DataSource source = catalog.dataSource().orElseThrow();

        assertThat(source).isEqualTo(new DataSource("linux", "1", Instant.parse("2026-11-24T11:00:00Z"),
                List.of("v6.1", "v6.12: Debian linux 6.12.57"), true));
    }

    @Test
    void an_empty_database_has_no_releases_and_no_data_source() {
        assertThat(catalog.releases(true)).isEmpty();
        assertThat(catalog.dataSource()).isEmpty();
        assertThat(catalog.drivers()).isEmpty();
        assertThat(catalog.release("v6.1")).isEmpty();
    }
}
