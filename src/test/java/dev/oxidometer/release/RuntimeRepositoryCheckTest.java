package dev.oxidometer.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 12, finding 4: only Linux kernel trees may be added at runtime, and refusals do not reveal what exists. */
class RuntimeRepositoryCheckTest {

    @TempDir
    Path temp;

    /** The refusal with the echoed path taken out: it must be the same for every kind of refused path. */
    static String refusal(String path, List<Path> roots) {
        try {
            RuntimeRepositoryCheck.check(path, roots);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).startsWith(path.strip() + " ");
            return "<path>" + e.getMessage().substring(path.strip().length());
        }
        throw new AssertionError(path + " was accepted");
    }

    @Test
    void a_kernel_clone_is_accepted_work_tree_or_bare() throws Exception {
        Path clone = KernelRepo.create(temp.resolve("linux"));
        assertThat(RuntimeRepositoryCheck.check(clone.toString(), List.of())).isEqualTo(clone.toRealPath());
        Path bare = temp.resolve("linux.git");
        Git.cloneRepository().setURI(clone.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();
        assertThat(RuntimeRepositoryCheck.check(bare.toString(), List.of())).isEqualTo(bare.toRealPath());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Makefile", "Kconfig", "MAINTAINERS"})
    void a_git_repository_without_a_kernel_file_at_its_newest_tag_is_not_a_linux_kernel_repository(String missing)
            throws Exception {
        Path clone = KernelRepo.create(temp.resolve("almost"));
        try (Git git = Git.open(clone.toFile())) {
            git.rm().addFilepattern(missing).call();
            git.commit().setMessage("drop " + missing).setSign(false).call();
            git.tag().setName("v6.4").setAnnotated(true).setMessage("Linux v6.4").setSigned(false).call();
        }
        assertThatThrownBy(() -> RuntimeRepositoryCheck.check(clone.toString(), List.of()))
                .hasMessageContaining("is not a Linux kernel repository");
    }

    @Test
    void a_makefile_without_version_and_patchlevel_is_not_a_kernel_makefile() throws Exception {
        Path dir = temp.resolve("other-project");
        try (Git git = Git.init().setDirectory(dir.toFile()).call()) {
            Files.writeString(dir.resolve("Makefile"), "all:\n\techo VERSION = 6\n");
            Files.writeString(dir.resolve("Kconfig"), "");
            Files.writeString(dir.resolve("MAINTAINERS"), "");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("x").setSign(false).call();
        }
        assertThatThrownBy(() -> RuntimeRepositoryCheck.check(dir.toString(), List.of()))
                .hasMessageContaining("is not a Linux kernel repository");
    }

    @Test
    void every_refused_path_gets_one_message_that_does_not_say_whether_it_exists() throws Exception {
        Files.createDirectories(temp.resolve("plain"));
        Path notKernel = temp.resolve("repo");
        Git.init().setDirectory(notKernel.toFile()).call().close();
        Path outside = KernelRepo.create(temp.resolve("elsewhere/linux"));
        List<Path> roots = List.of(temp.resolve("allowed"));
        String expected = refusal(temp.resolve("missing").toString(), roots);

        assertThat(expected).contains("is not a Linux kernel repository").doesNotContain("No such")
                .doesNotContain("git repository (");
        for (String path : List.of("/", "/proc", "/proc/self/cwd", "/sys", "/dev", "/etc", "/etc/../etc/ssh",
                "/tmp/../proc/1", System.getProperty("user.home") + "/.ssh", temp.resolve("plain").toString(),
                notKernel.toString(), outside.toString(), temp.resolve("plain/../missing").toString())) {
            assertThat(refusal(path, roots)).as(path).isEqualTo(expected);
        }
        // without allowed roots, the message is one as well (it only leaves out the roots)
        String open = refusal(temp.resolve("missing").toString(), List.of());
        for (String path : List.of("/", "/proc/self/cwd", "/etc", temp.resolve("plain").toString(),
                notKernel.toString())) {
            assertThat(refusal(path, List.of())).as(path).isEqualTo(open);
        }
    }

    @Test
    void a_link_into_a_forbidden_directory_is_refused_even_without_allowed_roots() throws Exception {
        Path link = Files.createSymbolicLink(temp.resolve("innocent"), Path.of("/proc/self/cwd"));
        assertThatThrownBy(() -> RuntimeRepositoryCheck.check(link.toString(), List.of()))
                .hasMessageContaining("is not a Linux kernel repository");
        Path etc = Files.createSymbolicLink(temp.resolve("config"), Path.of("/etc"));
        assertThatThrownBy(() -> RuntimeRepositoryCheck.check(etc.toString(), List.of()))
                .hasMessageContaining("is not a Linux kernel repository");
    }
}
