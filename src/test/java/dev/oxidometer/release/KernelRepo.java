package dev.oxidometer.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/** A tiny kernel clone with release tags, made with JGit in a temporary directory, for scan tests. */
public final class KernelRepo {

    private KernelRepo() {
    }

    /** Tags v6.1, v6.2 and v6.3; each release adds a Rust file, v6.2 a driver. */
    public static Path create(Path dir) throws IOException, GitAPIException {
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("master").call()) {
            write(dir, "Makefile", "VERSION = 6\nPATCHLEVEL = 1\n");
            write(dir, "Kconfig", "mainmenu \"Linux Kernel Configuration\"\n");
            write(dir, "MAINTAINERS", "List of maintainers\n");
            write(dir, "rust/kernel/lib.rs", "//! The kernel crate.\npub mod alloc;\npub mod str;\n");
            write(dir, "rust/kernel/str.rs", "// Strings.\npub fn len() -> usize {\n    0\n}\n");
            write(dir, "init/main.c", "int main(void)\n{\n\treturn 0; /* done */\n}\n");
            release(git, "v6.1", "2022-12-11T22:15:18Z");

            write(dir, "rust/kernel/lib.rs", "//! The kernel crate.\npub mod alloc;\npub mod block;\npub mod str;\n");
            write(dir, "rust/kernel/block.rs", "// Block devices.\npub struct Disk;\n");
            write(dir, "drivers/block/rnull.rs", """
                    // SPDX-License-Identifier: GPL-2.0
                    module! {
                        type: NullBlk,
                        name: "rnull_mod",
                    }
                    struct NullBlk;
                    """);
            release(git, "v6.2", "2023-02-19T22:00:00Z");

            write(dir, "rust/kernel/time.rs", "// Time.\npub fn now() -> u64 {\n    0\n}\n");
            release(git, "v6.3", "2023-04-23T22:00:00Z");
        }
        return dir;
    }

    private static void release(Git git, String tag, String date) throws GitAPIException {
        PersonIdent who = new PersonIdent("Test Kernel", "test@example.org", Instant.parse(date), ZoneOffset.UTC);
        git.add().addFilepattern(".").call();
        git.commit().setMessage("Linux " + tag).setAuthor(who).setCommitter(who).setSign(false).call();
        git.tag().setName(tag).setAnnotated(true).setMessage("Linux " + tag + " test tree").setTagger(who)
                .setSigned(false).call();
    }

    private static void write(Path dir, String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
