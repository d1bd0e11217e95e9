package dev.oxidometer.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A walk that takes unchanged directories from an earlier tag's walk ({@link TreeMemo}) finds exactly the files a
 * walk of its own finds, in the same order: where a directory changed, where one moved with its tree object
 * unchanged (the same files, at other paths), where a file became a directory, and past the memo's limit.
 */
class TreeMemoTest {

    private static final Instant D1 = Instant.parse("2024-01-07T12:00:00Z");
    private static final Instant D2 = Instant.parse("2024-03-10T12:00:00Z");
    private static final Instant D3 = Instant.parse("2024-05-12T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void a_walk_sharing_an_earlier_walk_finds_what_its_own_walk_finds() throws IOException {
        try (TestKernel kernel = TestKernel.create(dir, true)) {
            TestKernel.Tree tree = kernel.tree()
                    .file("Makefile", "VERSION = 6\nPATCHLEVEL = 1\n")
                    .file("MAINTAINERS", "")
                    .file("drivers/net/a.c", "int a;\n")
                    .file("drivers/net/b.h", "int b;\n")
                    .file("drivers/net/phy/p.c", "int p;\n")
                    .file("drivers/gpu/nova/nova.rs", "fn nova() {}\n")
                    .file("drivers/gpu/nova/Kconfig", "config NOVA\n\tdepends on RUST\n")
                    .file("lib/x.c", "int x;\n")
                    .file("lib/README", "not counted\n")
                    .file("rust/kernel/lib.rs", "pub mod str;\n");
            kernel.lightweightTag("v6.1", tree.commit(D1));
            // one file changes deep down, a directory moves unchanged, a file becomes a directory
            kernel.lightweightTag("v6.2", tree.file("drivers/net/phy/p.c", "int p2;\n")
                    .remove("lib/x.c").remove("lib/README")
                    .file("tools/lib/x.c", "int x;\n").file("tools/lib/README", "not counted\n")
                    .remove("drivers/net/b.h").file("drivers/net/b.h/inner.h", "int inner;\n")
                    .commit(D2));
            // and back: every directory of v6.1 again
            kernel.lightweightTag("v6.3", tree.file("drivers/net/phy/p.c", "int p;\n")
                    .remove("tools/lib/x.c").remove("tools/lib/README")
                    .file("lib/x.c", "int x;\n").file("lib/README", "not counted\n")
                    .remove("drivers/net/b.h/inner.h").file("drivers/net/b.h", "int b;\n")
                    .commit(D3));
        }
        try (GitKernelSource source = GitKernelSource.openIfRepository(dir, 1)) {
            List<ReleaseTag> tags = source.tags();
            TreeMemo shared = new TreeMemo();
            TreeMemo tiny = new TreeMemo(2);   // keeps next to nothing: every walk reads most of its tree again
            for (ReleaseTag tag : tags) {
                List<TreeFile> alone = source.files(tag, new TreeMemo());
                assertThat(source.files(tag, shared)).as(tag.name()).containsExactlyElementsOf(alone);
                assertThat(source.files(tag, tiny)).as(tag.name()).containsExactlyElementsOf(alone);
            }
            List<TreeFile> v62 = source.files(tags.get(1), new TreeMemo());
            assertThat(v62).extracting(TreeFile::path).containsExactly("MAINTAINERS", "drivers/gpu/nova/Kconfig",
                    "drivers/gpu/nova/nova.rs", "drivers/net/a.c", "drivers/net/b.h/inner.h",
                    "drivers/net/phy/p.c", "rust/kernel/lib.rs", "tools/lib/x.c");
            // v6.3 is v6.1 again: its walk after the other two reads no directory, and shares v6.1's files
            int remembered = shared.directories();
            List<TreeFile> v63 = source.files(tags.get(2), shared);
            assertThat(shared.directories()).isEqualTo(remembered);
            List<TreeFile> v61 = source.files(tags.get(0), shared);
            for (int i = 0; i < v61.size(); i++) {
                assertThat(v63.get(i)).isSameAs(v61.get(i));
            }
        }
    }
}
