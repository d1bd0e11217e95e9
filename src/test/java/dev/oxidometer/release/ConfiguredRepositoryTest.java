package dev.oxidometer.release;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfiguredRepositoryTest {

    private static final String SHA = "adc218676eef25575469234709c2d87185ca223a";

    @Test
    void a_cgit_address_links_its_commit_page() {
        assertThat(ConfiguredRepository.commitUrl(
                "https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/", SHA))
                .isEqualTo("https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/commit/?id=" + SHA);
    }

    @Test
    void github_gitlab_and_codeberg_get_their_own_commit_path() {
        assertThat(ConfiguredRepository.commitUrl("https://github.com/torvalds/linux.git", SHA))
                .isEqualTo("https://github.com/torvalds/linux/commit/" + SHA);
        assertThat(ConfiguredRepository.commitUrl("https://gitlab.com/linux-kernel/linux", SHA))
                .isEqualTo("https://gitlab.com/linux-kernel/linux/commit/" + SHA);
        assertThat(ConfiguredRepository.commitUrl("https://codeberg.org/x/linux", SHA))
                .isEqualTo("https://codeberg.org/x/linux/commit/" + SHA);
    }

    @Test
    void a_commit_placeholder_is_used_as_given() {
        assertThat(ConfiguredRepository.commitUrl("https://git.example.org/linux/-/c/{commit}?tab=diff", SHA))
                .isEqualTo("https://git.example.org/linux/-/c/" + SHA + "?tab=diff");
    }

    @Test
    void a_web_url_that_is_no_web_address_is_refused_with_its_name() {
        assertThatThrownBy(() -> new ConfiguredRepository("mainline", Path.of("/srv/linux"), false,
                "git.kernel.org/linux.git"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("web-url of mainline").hasMessageContaining("git.kernel.org/linux.git");
        assertThatThrownBy(() -> new ConfiguredRepository("m", null, false, "file:///srv/linux"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_blank_web_url_is_no_web_url() {
        assertThat(new ConfiguredRepository("m", null, false, "  ").webUrl()).isNull();
        assertThat(new ConfiguredRepository("m", null, false, null).webUrl()).isNull();
    }
}
