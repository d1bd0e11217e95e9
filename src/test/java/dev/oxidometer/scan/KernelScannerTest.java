package dev.oxidometer.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelScannerTest {

    static final Instant D1 = Instant.parse("2022-12-11T12:00:00Z");
    static final Instant D2 = Instant.parse("2023-02-19T12:00:00Z");
    static final Instant D3 = Instant.parse("2023-04-23T12:00:00Z");

    @TempDir
    Path dir;

    /** A small kernel with one file of every kind the rules read. */
    static TestKernel.Tree smallKernel(TestKernel kernel) {
        return kernel.tree()
                .file("Makefile", "VERSION = 6\nPATCHLEVEL = 12\nSUBLEVEL = 0\n")
                .file("rust/kernel/lib.rs", """
                        //! The kernel crate.
                        #![no_std]
                        pub mod str;
                        mod error;
                        pub(crate) mod alloc;
                        #[cfg(CONFIG_NET)]
                        pub mod net;
                        // mod commented_out;
                        """)
                .file("rust/kernel/str.rs", "// SAFETY: fine\nunsafe { x() }\n\nfn f() {}\n")
                .file("rust/syn/lib.rs", "fn vendored() {}\nfn more() {}\n")
                .file("rust/macros/lib.rs", "/* macro support */\nfn m() {}\n")
                .file("drivers/block/rnull.rs", """
                        module! {
                            type: NullBlkModule,
                            name: "rnull_mod",
                        }
                        """)
                .file("drivers/net/phy/qt2025.rs", "kernel::module_phy_driver! {\n    drivers: [X],\n}\n")
                .file("drivers/net/phy/helper.rs", "fn helper() {}\n")
                .file("samples/rust/rust_minimal.rs", "// sample\nfn main() {}\n")
                .file("scripts/generate_rust_analyzer.rs", "fn tool() {}\n")
                .file("kernel/fork.c", "int x; // comment\n/* block */\n\nint y;\n")
                .file("include/linux/x.h", "#define X 1\n")
                .file("init/Kconfig", """
                        config RUST
                        \tbool "Rust support"
                        \tdepends on HAVE_RUST && RUSTC_VERSION_MIN
                        menuconfig RUST_DEBUG
                        config RUSTC_VERSION_MIN
                        config TRUSTED_KEYS
                        \tdepends on TRUSTED_KEYS
                        """)
                .file("drivers/block/Kconfig", "config BLK_DEV_RUST_NULL\n\tdepends on RUST\n")
                .file("Documentation/rust/index.rst", "Rust\n====\n\nHello.\n")
                .file("Documentation/rust/logo.svg", "<svg/>\n")
                .file("Documentation/security/keys.rst", "Trusted keys: trust, rusty, rustc.\n")
                .file("Documentation/process/changes.rst", "You need a RUST toolchain.\n")
                .file("scripts/min-tool-version.sh", "case \"$1\" in\nrustc)\n\techo 1.78.0\n\t;;\nbindgen)\n"
                        + "\techo 0.65.1\n\t;;\nesac\n")
                .file("MAINTAINERS", """
                        Descriptions of section entries and preferred order
                        \tF: *Files* and directories
                        
                        Maintainers List
                        ----------------
                        
                        .. note:: read this first
                        
                        KEYS-TRUSTED
                        M:\tSomeone <a@b>
                        F:\tsecurity/keys/trusted-keys/
                        
                        RUST
                        M:\tMiguel Ojeda <ojeda@kernel.org>
                        F:\trust/
                        
                        RUST [ALLOC]
                        M:\tDanilo <d@k>
                        F:\trust/kernel/alloc.rs
                        
                        BLOCK LAYER
                        M:\tJens <j@k>
                        F:\tdrivers/block/rnull.rs
                        
                        DOCS
                        M:\tJon <j@l>
                        F:\tDocumentation/process/changes.rst
                        """);
    }

    private static KernelScanner scanner(Path path) {
        return KernelScanner.open(path, BlobCache.inMemory());
    }

    @Test
    void every_metric_of_a_small_kernel_follows_the_rules() throws IOException {
        try (TestKernel kernel = TestKernel.create(dir, false)) {
            kernel.annotatedTag("v6.12", smallKernel(kernel).commit(D1), D2, "Linux 6.12");
        }
        try (KernelScanner scanner = scanner(dir)) {
            ReleaseScan scan = scanner.scan(scanner.releaseTags(TagSelection.ALL_RELEASES).getFirst(),
                    ScanListener.NONE);
            Map<String, Object> m = scan.metrics();
            assertThat(m).containsEntry("rust.files", 9L)
                    .containsEntry("rust.vendored.files", 1L).containsEntry("rust.vendored.lines", 2L)
                    .containsEntry("rust.abstractions.files", 2L)
                    .containsEntry("rust.infrastructure.files", 1L).containsEntry("rust.infrastructure.lines", 2L)
                    .containsEntry("rust.drivers.files", 3L)
                    .containsEntry("rust.samples.files", 1L).containsEntry("rust.samples.lines", 2L)
                    .containsEntry("rust.other.files", 1L).containsEntry("rust.other.lines", 1L)
                    .containsEntry("c.files", 2L).containsEntry("c.lines", 5L)
                    .containsEntry("drivers.modules", 2L)
                    .containsEntry("drivers.libraries", 1L)
                    .containsEntry("drivers.dirs", 2L)
                    .containsEntry("rust.doc.comments", 1L)
                    .containsEntry("docs.rust.files", 2L).containsEntry("docs.rust.lines", 5L)
                    .containsEntry("docs.rust.pages", "index")
                    .containsEntry("docs.mentions", 2L)
                    .containsEntry("rust.kernel.no_std", 1L)
                    .containsEntry("abstractions.modules", 4L)
                    .containsEntry("maintainers.rust", 3L)
                    .containsEntry("kconfig.rust.symbols", 2L)
                    .containsEntry("kconfig.rust.files", "init/Kconfig")
                    .containsEntry("kconfig.rust.depends", 1L)
                    .containsEntry("kconfig.rust.config.depends", "HAVE_RUST && RUSTC_VERSION_MIN")
                    .containsEntry("unsafe.blocks", 1L)
                    .containsEntry("safety.comments", 1L)
                    .containsEntry("rustc.min", "1.78.0");
            assertThat(scan.abstractions()).containsExactly("str", "error", "alloc", "net");
            long rustCode = (Long) m.get("rust.code");
            long adoption = (Long) m.get("rust.abstractions.code") + (Long) m.get("rust.drivers.code")
                    + (Long) m.get("rust.samples.code");
            assertThat(m).containsEntry("rust.adoption.code", adoption);
            assertThat((Double) m.get("share.code"))
                    .isEqualTo((double) rustCode / (rustCode + (Long) m.get("c.code")));
            assertThat((Double) m.get("share.adoption.code"))
                    .isEqualTo((double) adoption / (rustCode + (Long) m.get("c.code")));
            long vendored = (Long) m.get("rust.vendored.code");
            assertThat((Double) m.get("share.nonvendored.code")).isEqualTo(
                    (double) (rustCode - vendored) / (rustCode - vendored + (Long) m.get("c.code")));
            long vendoredLines = (Long) m.get("rust.vendored.lines");
            long rustLines = (Long) m.get("rust.lines");
            assertThat((Double) m.get("share.nonvendored.lines")).isEqualTo(
                    (double) (rustLines - vendoredLines) / (rustLines - vendoredLines + (Long) m.get("c.lines")));
            // qt2025 declares no `mod helper;`: helper.rs is no part of its module tree, but a library of its own
            assertThat(scan.drivers()).containsExactly(
                    new Driver("helper", "drivers/net/phy/helper.rs", Driver.LIBRARY, 1, 1, 1L,
                            List.of("drivers/net/phy/helper.rs")),
                    new Driver("qt2025", "drivers/net/phy/qt2025.rs", Driver.MODULE, 1, 3, 3L,
                            List.of("drivers/net/phy/qt2025.rs")),
                    new Driver("rnull_mod", "drivers/block/rnull.rs", Driver.MODULE, 1, 4, 4L,
                            List.of("drivers/block/rnull.rs")));
            assertThat(scan.files()).extracting(RustFile::path).isSorted();
            assertThat(scan.date()).isEqualTo(D2);
            assertThat(scan.note()).isEqualTo("Linux 6.12");
        }
    }

    @Test
    void metric_keys_are_the_published_ones_in_order() throws IOException {
        try (TestKernel kernel = TestKernel.create(dir, false)) {
            kernel.lightweightTag("v6.1", smallKernel(kernel).commit(D1));
        }
        try (KernelScanner scanner = scanner(dir)) {
            ReleaseScan scan = scanner.scanAll(TagSelection.ALL_RELEASES, ScanListener.NONE).releases().getFirst();
            List<String> expected = new ArrayList<>(List.of("rust.files", "rust.lines", "rust.code",
                    "rust.comments", "rust.blanks", "rust.doc.comments"));
            for (Category c : Category.values()) {
                expected.addAll(List.of("rust." + c.key() + ".files", "rust." + c.key() + ".lines",
                        "rust." + c.key() + ".code"));
            }
            expected.addAll(List.of("rust.adoption.code", "c.files", "c.lines", "c.code", "share.lines",
                    "share.code", "share.adoption.code", "share.nonvendored.code", "share.nonvendored.lines",
                    "drivers.modules", "drivers.libraries", "drivers.dirs", "docs.rust.files",
                    "docs.rust.lines", "docs.rust.pages", "docs.mentions", "abstractions.modules",
                    "rust.kernel.no_std", "maintainers.rust", "kconfig.rust.symbols", "kconfig.rust.files",
                    "kconfig.rust.depends", "kconfig.rust.config.depends", "unsafe.blocks", "safety.comments",
                    "rustc.min"));
            assertThat(scan.metrics().keySet()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void tags_are_ordered_by_version_not_by_string_and_rc_tags_only_when_asked() throws IOException {
        try (TestKernel kernel = TestKernel.create(dir, true)) {
            ObjectId c = kernel.tree().file("a.rs", "fn a() {}\n").commit(D1);
            for (String tag : List.of("v6.10", "v6.9", "v7.0", "v6.2", "v6.2-rc1", "v6.2-rc10", "v6.19",
                    "v6.2-rc2", "next-20250101", "v6.3-rc1", "v2.6.39")) {
                kernel.lightweightTag(tag, c);
            }
        }
        try (KernelScanner scanner = scanner(dir)) {
            assertThat(names(scanner.releaseTags(TagSelection.ALL_RELEASES)))
                    .containsExactly("v6.2", "v6.9", "v6.10", "v6.19", "v7.0");
            assertThat(names(scanner.releaseTags(new TagSelection(true, null, List.of()))))
                    .containsExactly("v6.2-rc1", "v6.2-rc2", "v6.2-rc10", "v6.2", "v6.3-rc1", "v6.9", "v6.10",
                            "v6.19", "v7.0");
            assertThat(names(scanner.releaseTags(new TagSelection(false, "v6.9", List.of()))))
                    .containsExactly("v6.9", "v6.10", "v6.19", "v7.0");
            assertThat(names(scanner.releaseTags(new TagSelection(false, null, List.of("v7.0", "v6.2-rc1")))))
                    .containsExactly("v6.2-rc1", "v7.0");
            assertThatThrownBy(() -> scanner.releaseTags(new TagSelection(false, null, List.of("v9.9"))))
                    .hasMessageContaining("no such release tag").hasMessageContaining("v9.9");
            assertThatThrownBy(() -> scanner.releaseTags(new TagSelection(false, "latest", List.of())))
                    .hasMessageContaining("--since");
        }
    }

    @Test
    void release_date_is_the_tagger_date_of_an_annotated_tag_else_the_committer_date() throws IOException {
        try (TestKernel kernel = TestKernel.create(dir, false)) {
            ObjectId first = kernel.tree().file("a.rs", "fn a() {}\n").commit(D1);
            kernel.annotatedTag("v6.1", first, D2, "Linux 6.1");
            ObjectId second = kernel.tree().file("a.rs", "fn b() {}\n").commit(D3);
            kernel.lightweightTag("v6.2", second);
        }
        try (KernelScanner scanner = scanner(dir)) {
            List<ReleaseTag> tags = scanner.releaseTags(TagSelection.ALL_RELEASES);
            assertThat(tags).extracting(ReleaseTag::date).containsExactly(D2, D3);
            assertThat(tags.getFirst().commit()).isNotEqualTo(tags.get(1).commit());
        }
    }

    @Test
    void symlinks_and_submodules_are_never_counted() throws IOException {
        try (TestKernel kernel = TestKernel.create(dir, false)) {
            kernel.lightweightTag("v6.1", kernel.tree()
                    .file("rust/kernel/real.rs", "fn real() {}\n")
                    .symlink("rust/kernel/x.rs", "real.rs")
                    .symlink("drivers/x.c", "../kernel/fork.c")
                    .submodule("rust/sub.rs")
                    .commit(D1));
        }
        try (KernelScanner scanner = scanner(dir)) {
            ReleaseScan scan = scanner.scanAll(TagSelection.ALL_RELEASES, ScanListener.NONE).releases().getFirst();
            assertThat(scan.files()).extracting(RustFile::path).containsExactly("rust/kernel/real.rs");
            assertThat(scan.metrics()).containsEntry("rust.files", 1L).containsEntry("c.files", 0L);
        }
    }

    @Test
    void a_driver_that_moves_keeps_its_name() throws IOException {
        try (TestKernel kernel = TestKernel.create(dir, false)) {
            String rnull = "module! {\n    type: NullBlk,\n    name: \"rnull_mod\",\n}\n";
            TestKernel.Tree tree = kernel.tree().file("drivers/block/rnull.rs", rnull);
            kernel.lightweightTag("v6.12", tree.commit(D1));
            kernel.lightweightTag("v6.18", tree.remove("drivers/block/rnull.rs")
                    .file("drivers/block/rnull/rnull.rs", "mod configfs;\n" + rnull)
                    .file("drivers/block/rnull/configfs.rs", "fn configfs() {}\n").commit(D2));
        }
        try (KernelScanner scanner = scanner(dir)) {
            List<ReleaseScan> scans = scanner.scanAll(TagSelection.ALL_RELEASES, ScanListener.NONE).releases();
            assertThat(scans.get(0).drivers()).containsExactly(new Driver("rnull_mod", "drivers/block/rnull.rs",
                    Driver.MODULE, 1, 4, 4L, List.of("drivers/block/rnull.rs")));
            assertThat(scans.get(1).drivers()).containsExactly(new Driver("rnull_mod",
                    "drivers/block/rnull/rnull.rs", Driver.MODULE, 2, 6, 6L,
                    List.of("drivers/block/rnull/rnull.rs", "drivers/block/rnull/configfs.rs")));
        }
    }

    @Test
    void a_driver_without_a_name_field_is_named_after_its_file() throws IOException {
        try (TestKernel kernel = TestKernel.create(dir, false)) {
            kernel.lightweightTag("v6.12", kernel.tree()
                    .file("drivers/gpu/drm/nova/nova.rs",
                            "mod doc;\nkernel::module_auxiliary_driver! {\n    type: X,\n}\n")
                    .file("drivers/gpu/drm/nova/doc.rs", "/// mentions module! {\nfn x() {}\n")
                    .commit(D1));
        }
        try (KernelScanner scanner = scanner(dir)) {
            ReleaseScan scan = scanner.scanAll(TagSelection.ALL_RELEASES, ScanListener.NONE).releases().getFirst();
            assertThat(scan.drivers()).extracting(Driver::name).containsExactly("nova");
            assertThat(scan.metrics()).containsEntry("drivers.modules", 1L);
        }
    }

    @Test
    void each_blob_is_read_once_across_tags_and_scans() throws IOException {
        try (TestKernel kernel = TestKernel.create(dir, false)) {
            TestKernel.Tree tree = smallKernel(kernel);
            kernel.lightweightTag("v6.1", tree.commit(D1));
            kernel.lightweightTag("v6.2", tree.file("rust/kernel/new.rs", "fn new() {}\n").commit(D2));
        }
        BlobCache cache = BlobCache.inMemory();
        List<Integer> hits = new ArrayList<>();
        ScanListener listener = new ScanListener() {
            @Override
            public void tagFinished(ReleaseTag tag, ReleaseScan scan, Duration elapsed, int cacheHits) {
                hits.add(cacheHits);
            }
        };
        ScanReport first;
        try (KernelScanner scanner = KernelScanner.open(dir, cache)) {
            first = scanner.scanAll(TagSelection.ALL_RELEASES, listener);
        }
        // smallKernel has 17 files read as some kind; the Makefile is not read, MAINTAINERS and the
        // min-tool-version script are read whole each time and not cached
        int counted = 17;
        assertThat(hits).containsExactly(0, counted);
        try (KernelScanner scanner = KernelScanner.open(dir, cache)) {
            ScanReport again = scanner.scanAll(TagSelection.ALL_RELEASES, listener);
            assertThat(again.releases()).isEqualTo(first.releases());
        }
        assertThat(hits.subList(2, 4)).containsExactly(counted, counted + 1);
    }

    @Test
    void tags_read_together_count_as_each_tag_scanned_alone_with_the_same_cache_hits() throws IOException {
        int tags = KernelScanner.BATCH_TAGS + 3;   // more than one batch
        try (TestKernel kernel = TestKernel.create(dir, false)) {
            TestKernel.Tree tree = smallKernel(kernel);
            for (int i = 0; i < tags; i++) {
                tree.file("rust/kernel/str.rs", "// SAFETY: fine\nunsafe { x() }\n".repeat(i + 1))
                        .file("drivers/block/v" + i + ".c", "int v" + i + ";\n");
                if (i % 3 == 2) {
                    tree.file("rust/kernel/lib.rs", "//! The kernel crate.\npub mod str;\npub mod m" + i + ";\n");
                }
                kernel.lightweightTag("v6." + i, tree.commit(D1.plusSeconds(i)));
            }
        }
        List<Integer> together = new ArrayList<>();
        List<String> started = new ArrayList<>();
        ScanReport all;
        try (KernelScanner scanner = scanner(dir)) {
            all = scanner.scanAll(TagSelection.ALL_RELEASES, new ScanListener() {
                @Override
                public void tagStarted(ReleaseTag tag, int index, int total) {
                    started.add(index + "/" + total + " " + tag.name());
                }

                @Override
                public void tagFinished(ReleaseTag tag, ReleaseScan scan, Duration elapsed, int cacheHits) {
                    together.add(cacheHits);
                }
            });
        }
        BlobCache cache = BlobCache.inMemory();
        List<Integer> alone = new ArrayList<>();
        List<ReleaseScan> each = new ArrayList<>();
        try (KernelScanner scanner = KernelScanner.open(dir, cache)) {
            for (ReleaseTag tag : scanner.releaseTags(TagSelection.ALL_RELEASES)) {
                each.add(scanner.scan(tag, new ScanListener() {
                    @Override
                    public void tagFinished(ReleaseTag t, ReleaseScan scan, Duration elapsed, int cacheHits) {
                        alone.add(cacheHits);
                    }
                }));
            }
        }
        assertThat(all.failures()).isEmpty();
        assertThat(all.releases()).hasSize(tags).isEqualTo(each);
        assertThat(together).isEqualTo(alone).hasSize(tags).startsWith(0);
        assertThat(together.subList(1, tags)).allMatch(hits -> hits > 0);
        assertThat(started).hasSize(tags).startsWith("1/" + tags + " v6.0").endsWith(tags + "/" + tags + " v6." + (tags - 1));
    }

    @Test
    void a_bare_repository_is_scanned_like_a_work_tree() throws IOException {
        Path bare = dir.resolve("bare.git");
        Path work = dir.resolve("work");
        for (Path p : List.of(bare, work)) {
            try (TestKernel kernel = TestKernel.create(p, p == bare)) {
                kernel.annotatedTag("v6.12", smallKernel(kernel).commit(D1), D2, "Linux 6.12");
            }
        }
        try (KernelScanner a = scanner(bare); KernelScanner b = scanner(work)) {
            assertThat(a.scanAll(TagSelection.ALL_RELEASES, ScanListener.NONE).releases())
                    .isEqualTo(b.scanAll(TagSelection.ALL_RELEASES, ScanListener.NONE).releases());
        }
    }

    static List<String> names(List<ReleaseTag> tags) {
        return tags.stream().map(ReleaseTag::name).toList();
    }

    static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
