package dev.oxidometer.scan;

import static dev.oxidometer.scan.KernelScannerTest.D1;
import static dev.oxidometer.scan.KernelScannerTest.D2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the scanner does with input that is not a clean, full kernel clone: a clear message, nothing half-done. */
class BadInputTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int scan(String... args) {
        return ScanCommand.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_missing_path_is_refused_and_nothing_is_written() {
        Path json = dir.resolve("out.json");
        int status = scan("--repo", dir.resolve("nowhere").toString(), "--json", json.toString());
        assertThat(status).isEqualTo(ScanCommand.FAILED);
        assertThat(errors()).contains("no such file or directory").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(json).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void a_directory_that_is_neither_a_repository_nor_a_kernel_tree_is_refused() throws IOException {
        Files.writeString(dir.resolve("README"), "hello\n");
        assertThat(scan("--repo", dir.toString())).isEqualTo(ScanCommand.FAILED);
        assertThat(errors()).contains("is not a git repository");
    }

    @Test
    void usage_errors_say_what_is_wrong() {
        assertThat(scan("--since")).isEqualTo(ScanCommand.USAGE);
        assertThat(errors()).contains("--since needs a value").contains("usage:");
        assertThat(scan("--repo", "x", "--bogus")).isEqualTo(ScanCommand.USAGE);
        assertThat(errors()).contains("unknown argument: --bogus");
        assertThat(scan("--repo", "x", "--threads", "0")).isEqualTo(ScanCommand.USAGE);
    }

    @Test
    void a_shallow_clone_is_refused_with_the_command_that_fixes_it() throws IOException {
        ObjectId commit;
        try (TestKernel kernel = TestKernel.create(dir, false)) {
            commit = kernel.tree().file("a.rs", "fn a() {}\n").commit(D1);
            kernel.lightweightTag("v6.1", commit);
        }
        Files.writeString(dir.resolve(".git/shallow"), commit.name() + "\n");
        assertThatThrownBy(() -> KernelScanner.open(dir, BlobCache.inMemory()))
                .isInstanceOf(ScanException.class)
                .hasMessageContaining("shallow clone")
                .hasMessageContaining("git fetch --unshallow --tags");
    }

    @Test
    void a_partial_clone_is_refused_because_a_full_clone_is_needed() throws IOException {
        try (TestKernel kernel = TestKernel.create(dir, false)) {
            kernel.lightweightTag("v6.1", kernel.tree().file("a.rs", "fn a() {}\n").commit(D1));
            StoredConfig config = kernel.repository().getConfig();
            config.setString("remote", "origin", "url", "https://example.org/linux.git");
            config.setBoolean("remote", "origin", "promisor", true);
            config.setString("remote", "origin", "partialclonefilter", "blob:none");
            config.save();
        }
        assertThatThrownBy(() -> KernelScanner.open(dir, BlobCache.inMemory()))
                .hasMessageContaining("partial").hasMessageContaining("full clone is needed");
    }

    @Test
    void a_repository_without_release_tags_says_so_and_mentions_no_tags_clones() throws IOException {
        try (TestKernel kernel = TestKernel.create(dir, false)) {
            ObjectId commit = kernel.tree().file("a.rs", "fn a() {}\n").commit(D1);
            kernel.lightweightTag("next-20250101", commit);
            kernel.lightweightTag("v6.2-rc1", commit);
        }
        assertThat(scan("--repo", dir.toString())).isEqualTo(ScanCommand.FAILED);
        assertThat(errors()).contains("no release tags").contains("--no-tags").contains("git fetch --tags");
        // release candidates alone are scanned when they are asked for
        assertThat(scan("--repo", dir.toString(), "--include-rc")).isEqualTo(ScanCommand.OK);
    }

    @Test
    void a_missing_object_fails_its_tag_only_and_the_others_are_still_scanned() throws IOException {
        ObjectId lost;
        try (TestKernel kernel = TestKernel.create(dir, false)) {
            TestKernel.Tree tree = kernel.tree().file("rust/kernel/lib.rs", "pub mod str;\n");
            kernel.lightweightTag("v6.1", tree.commit(D1));
            kernel.lightweightTag("v6.2", tree.file("rust/kernel/gone.rs", "fn gone() {}\n").commit(D2));
            lost = kernel.repository().newObjectInserter().idFor(org.eclipse.jgit.lib.Constants.OBJ_BLOB,
                    "fn gone() {}\n".getBytes(StandardCharsets.UTF_8));
        }
        deleteLooseObject(lost);
        Path json = dir.resolve("out.json");

        int status = scan("--repo", dir.toString(), "--json", json.toString());

        assertThat(status).isEqualTo(ScanCommand.SOME_TAGS_FAILED);
        assertThat(errors()).contains("v6.2").contains("FAILED").contains(lost.name()).doesNotContain("\tat ");
        String written = Files.readString(json);
        assertThat(written).contains("\"tag\": \"v6.1\"").doesNotContain("\"tag\": \"v6.2\"")
                .contains("\"v6.2\": \"object " + lost.name());
    }

    @Test
    void a_tag_whose_commit_is_missing_fails_alone_while_the_tags_around_it_are_counted_together() throws IOException {
        ObjectId lost;
        try (TestKernel kernel = TestKernel.create(dir, false)) {
            TestKernel.Tree tree = kernel.tree().file("rust/kernel/lib.rs", "pub mod str;\n");
            kernel.lightweightTag("v6.1", tree.commit(D1));
            lost = tree.file("rust/kernel/two.rs", "fn two() {}\n").commit(D2);
            kernel.lightweightTag("v6.2", lost);
            kernel.lightweightTag("v6.3", tree.file("rust/kernel/three.rs", "fn three() {}\n")
                    .commit(D2.plusSeconds(86_400)));
        }
        deleteLooseObject(lost);
        List<String> events = new ArrayList<>();

        ScanReport report;
        try (KernelScanner scanner = KernelScanner.open(dir, BlobCache.inMemory())) {
            report = scanner.scanAll(TagSelection.ALL_RELEASES, new ScanListener() {
                @Override
                public void tagFinished(ReleaseTag tag, ReleaseScan scan, Duration elapsed, int cacheHits) {
                    events.add("finished " + tag.name() + " " + scan.files().size() + " files");
                }

                @Override
                public void tagFailed(ReleaseTag tag, String message) {
                    events.add("failed " + tag.name());
                }
            });
        }

        // the batch's other tags were read in one pass and counted together, and reported in version order
        assertThat(events).containsExactly("finished v6.1 1 files", "failed v6.2", "finished v6.3 3 files");
        assertThat(report.releases()).extracting(ReleaseScan::tag).containsExactly("v6.1", "v6.3");
        assertThat(report.failures()).containsOnlyKeys("v6.2");
        assertThat(report.failures().get("v6.2")).contains(lost.name());
    }

    @Test
    void binary_invalid_utf8_and_huge_rust_files_are_counted_without_a_crash() throws IOException {
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        byte[] invalid = {'f', 'n', ' ', (byte) 0xC3, (byte) 0x28, '\n', (byte) 0xFF, '/', '/', '\n'};
        byte[] huge = "fn f() { let s = \"//\"; } // x\n".repeat(50 * 1024 * 1024 / 30).getBytes(StandardCharsets.UTF_8);
        try (TestKernel kernel = TestKernel.create(dir, false)) {
            kernel.lightweightTag("v6.1", kernel.tree()
                    .file("rust/kernel/binary.rs", binary)
                    .file("rust/kernel/invalid.rs", invalid)
                    .file("rust/kernel/huge.rs", huge).commit(D1));
        }
        try (KernelScanner scanner = KernelScanner.open(dir, BlobCache.inMemory())) {
            ReleaseScan scan = scanner.scanAll(TagSelection.ALL_RELEASES, ScanListener.NONE).releases().getFirst();
            assertThat(scan.files()).hasSize(3);
            RustFile hugeFile = scan.files().stream().filter(f -> f.path().endsWith("huge.rs")).findFirst()
                    .orElseThrow();
            long hugeLines = huge.length / 30;
            assertThat(hugeFile.counts()).isEqualTo(new LineCounts(hugeLines, hugeLines, 0, 0));
            RustFile invalidFile = scan.files().stream().filter(f -> f.path().endsWith("invalid.rs")).findFirst()
                    .orElseThrow();
            assertThat(invalidFile.counts().lines()).isEqualTo(2);
            scan.files().forEach(f -> assertThat(f.counts().lines())
                    .isEqualTo(f.counts().code() + f.counts().comments() + f.counts().blanks()));
        }
    }

    @Test
    void a_plain_kernel_tree_is_one_snapshot_named_from_its_makefile_and_counted_like_its_git_twin()
            throws IOException {
        Path twin = dir.resolve("twin");
        try (TestKernel kernel = TestKernel.create(twin, true)) {
            kernel.lightweightTag("v6.12", KernelScannerTest.smallKernel(kernel).commit(D1));
        }
        Path tree = dir.resolve("linux-6.12");
        try (TestKernel kernel = TestKernel.create(dir.resolve("scratch"), true)) {
            // write the same files as plain files, plus a symlink that must not be counted
            var files = KernelScannerTest.smallKernel(kernel);
            for (var path : new String[] {"Makefile", "rust/kernel/lib.rs", "rust/kernel/str.rs", "rust/syn/lib.rs",
                    "rust/macros/lib.rs", "drivers/block/rnull.rs", "drivers/net/phy/qt2025.rs",
                    "drivers/net/phy/helper.rs", "samples/rust/rust_minimal.rs", "scripts/generate_rust_analyzer.rs",
                    "kernel/fork.c", "include/linux/x.h", "init/Kconfig", "drivers/block/Kconfig",
                    "Documentation/rust/index.rst", "Documentation/rust/logo.svg", "Documentation/security/keys.rst",
                    "Documentation/process/changes.rst", "scripts/min-tool-version.sh", "MAINTAINERS"}) {
                Path target = tree.resolve(path);
                Files.createDirectories(target.getParent());
                Files.write(target, files.content(path));
            }
        }
        Files.createSymbolicLink(tree.resolve("rust/kernel/link.rs"), Path.of("str.rs"));

        try (KernelScanner plain = KernelScanner.open(tree, BlobCache.inMemory());
             KernelScanner git = KernelScanner.open(twin, BlobCache.inMemory())) {
            ReleaseScan fromTree = plain.scanAll(TagSelection.ALL_RELEASES, ScanListener.NONE).releases().getFirst();
            ReleaseScan fromGit = git.scanAll(TagSelection.ALL_RELEASES, ScanListener.NONE).releases().getFirst();
            assertThat(fromTree.tag()).isEqualTo("v6.12");
            assertThat(fromTree.metrics()).isEqualTo(fromGit.metrics());
            assertThat(fromTree.files()).isEqualTo(fromGit.files());
            assertThat(fromTree.drivers()).isEqualTo(fromGit.drivers());
        }
    }

    @Test
    void the_json_is_written_whole_with_every_release() throws IOException {
        try (TestKernel kernel = TestKernel.create(dir.resolve("repo"), false)) {
            TestKernel.Tree tree = KernelScannerTest.smallKernel(kernel);
            kernel.annotatedTag("v6.1", tree.commit(D1), D1, "Linux 6.1 \"quoted\"");
            kernel.lightweightTag("v6.2", tree.file("rust/kernel/x.rs", "fn x() {}\n").commit(D2));
        }
        Path json = dir.resolve("out/scan.json");
        assertThat(scan("--repo", dir.resolve("repo").toString(), "--json", json.toString()))
                .isEqualTo(ScanCommand.OK);
        String written = Files.readString(json);
        assertThat(written).startsWith("{").contains("\"rulesVersion\": \"" + CountingRules.RULES_VERSION + "\"")
                .contains("\"note\": \"Linux 6.1 \\\"quoted\\\"\"")
                .contains("\"path\": \"rust/kernel/x.rs\", \"category\": \"abstractions\"")
                .contains("\"rustc.min\": \"1.78.0\"");
        assertThat(Arrays.stream(dir.resolve("out").toFile().list())).containsExactly("scan.json");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        assertThat(Files.getPosixFilePermissions(json))
                .as("the permissions of any new file (the umask's), not owner-only like a temporary file")
                .isEqualTo(Files.getPosixFilePermissions(plain));
        assertThat(errors()).contains("v6.1").contains("v6.2").contains("1/2").contains("2/2");
    }

    /** Deletes an object of the test repository at {@code dir} (loose, as TestKernel writes them). */
    private void deleteLooseObject(ObjectId id) throws IOException {
        Files.delete(dir.resolve(".git/objects/" + id.name().substring(0, 2) + "/" + id.name().substring(2)));
    }
}
