package dev.oxidometer.system;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code oxidometer.*} settings as Spring binds them from properties. */
class OxidometerPropertiesTest {

    private static OxidometerProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("oxidometer", OxidometerProperties.class);
    }

    @Test
    void a_repository_web_url_is_bound_per_repository_and_optional() {
        OxidometerProperties p = bind(Map.of(
                "oxidometer.repositories[0].path", "/srv/linux",
                "oxidometer.repositories[0].web-url", "https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git",
                "oxidometer.repositories[1].path", "/srv/next"));
        assertThat(p.repositories().get(0).webUrl())
                .isEqualTo("https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git");
        assertThat(p.repositories().get(1).webUrl()).isNull();
    }

    @Test
    void a_web_url_that_is_no_web_address_stops_the_start_with_a_message() {
        assertThatThrownBy(() -> bind(Map.of("oxidometer.repositories[0].name", "mainline",
                "oxidometer.repositories[0].web-url", "ssh://git@example.org/linux")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("web-url of mainline must be an http:// or https:// address");
    }
}
