package dev.oxidometer.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.oxidometer.scan.Driver;

class TreeEventsTest {

    private static TreeEvents.Snapshot release(String tag, String rustc, List<Driver> drivers,
                                               TreeEvents.CrateFile... files) {
        return new TreeEvents.Snapshot(tag, files.length, rustc, drivers, List.of(files));
    }

    private static TreeEvents.CrateFile file(String path, String category, long lines) {
        return new TreeEvents.CrateFile(path, category, lines);
    }

    private static Driver module(String name, String path, long lines) {
        return new Driver(name, path, Driver.MODULE, 1, lines, lines, List.of(path));
    }

    @Test
    void the_first_release_with_rust_after_one_without_is_first_rust() {
        List<TreeEvents.Change> changes = TreeEvents.between(release("v5.10", null, List.of()),
                release("v6.1", "1.62.0", List.of(), file("rust/kernel/lib.rs", "abstractions", 10)));
        assertThat(changes).extracting(TreeEvents.Change::kind).containsExactly("first-rust", "crate-added");
        assertThat(changes.get(1)).isEqualTo(new TreeEvents.Change("crate-added", "rust/kernel",
                "abstractions, 1 file, 10 lines"));
    }

    @Test
    void crates_are_top_level_directories_or_files_under_rust_with_their_category_and_size() {
        TreeEvents.Snapshot before = release("v6.12", "1.78.0", List.of(),
                file("rust/alloc/vec.rs", "vendored", 3000), file("rust/alloc/boxed.rs", "vendored", 2000),
                file("rust/kernel/lib.rs", "abstractions", 100));
        TreeEvents.Snapshot after = release("v7.2", "1.78.0", List.of(),
                file("rust/kernel/lib.rs", "abstractions", 120), file("rust/syn/lib.rs", "vendored", 57906),
                file("rust/ffi.rs", "infrastructure", 40));
        assertThat(TreeEvents.between(before, after)).containsExactly(
                new TreeEvents.Change("crate-added", "rust/ffi.rs", "infrastructure, 1 file, 40 lines"),
                new TreeEvents.Change("crate-added", "rust/syn", "vendored, 1 file, 57,906 lines"),
                new TreeEvents.Change("crate-removed", "rust/alloc", "vendored, 2 files, 5,000 lines in v6.12"));
    }

    @Test
    void drivers_added_removed_and_moved_by_name_and_the_first_driver() {
        TreeEvents.Snapshot before = release("v6.12", "1.78.0", List.of(
                module("rnull_mod", "drivers/block/rnull.rs", 80), module("gone", "drivers/x/gone.rs", 5)));
        TreeEvents.Snapshot after = release("v7.2", "1.78.0", List.of(
                module("rnull_mod", "drivers/block/rnull/rnull.rs", 90),
                new Driver("drm_panic_qr", "drivers/gpu/drm/drm_panic_qr.rs", Driver.LIBRARY, 1, 1000, 800L,
                        List.of("drivers/gpu/drm/drm_panic_qr.rs"))));
        assertThat(TreeEvents.between(before, after)).containsExactly(
                new TreeEvents.Change("driver-added", "drm_panic_qr",
                        "library drivers/gpu/drm/drm_panic_qr.rs, 1 file, 1,000 lines"),
                new TreeEvents.Change("driver-moved", "rnull_mod",
                        "drivers/block/rnull.rs → drivers/block/rnull/rnull.rs"),
                new TreeEvents.Change("driver-removed", "gone", "module drivers/x/gone.rs, 1 file, 5 lines in v6.12"));

        List<TreeEvents.Change> first = TreeEvents.between(release("v6.1", "1.62.0", List.of()),
                release("v6.12", "1.62.0", List.of(module("rnull_mod", "drivers/block/rnull.rs", 80))));
        assertThat(first.getFirst()).isEqualTo(new TreeEvents.Change("first-driver", "rnull_mod",
                "rnull_mod (drivers/block/rnull.rs)"));
    }

    @Test
    void a_library_alone_is_not_a_first_driver() {
        assertThat(TreeEvents.between(release("v6.1", null, List.of()), release("v6.2", null, List.of(
                        new Driver("qr", "drivers/qr.rs", Driver.LIBRARY, 1, 1, 1L, List.of("drivers/qr.rs"))))))
                .extracting(TreeEvents.Change::kind).containsExactly("driver-added");
    }

    @Test
    void a_new_minimum_rustc_is_an_event() {
        assertThat(TreeEvents.between(release("v7.2", "1.78.0", List.of()), release("v7.3", "1.85.0", List.of())))
                .containsExactly(new TreeEvents.Change("rustc-min-changed", "rustc", "1.78.0 → 1.85.0"));
        assertThat(TreeEvents.between(release("v7.2", "1.78.0", List.of()), release("v7.3", "1.78.0", List.of())))
                .isEmpty();
    }
}
