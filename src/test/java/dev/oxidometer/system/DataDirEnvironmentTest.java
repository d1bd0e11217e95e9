package dev.oxidometer.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class DataDirEnvironmentTest {

    private static String urlFor(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        new DataDirEnvironment().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("spring.datasource.url");
    }

    @Test
    void the_embedded_database_lives_under_the_data_directory_made_absolute() {
        assertThat(urlFor(Map.of("oxidometer.data-dir", "data"))).isEqualTo(
                "jdbc:h2:file:" + Path.of("data").toAbsolutePath().normalize().resolve("oxidometer"));
        assertThat(urlFor(Map.of("oxidometer.data-dir", "/var/lib/oxidometer")))
                .isEqualTo("jdbc:h2:file:/var/lib/oxidometer/oxidometer");
    }

    @Test
    void a_configured_datasource_url_is_kept() {
        assertThat(urlFor(Map.of("spring.datasource.url", "jdbc:postgresql://db/oxidometer")))
                .isEqualTo("jdbc:postgresql://db/oxidometer");
    }
}
