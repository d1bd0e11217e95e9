package dev.oxidometer.system;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the datasource at the embedded H2 file database under {@code oxidometer.data-dir} unless a datasource URL
 * is configured. The directory is made absolute here because H2 refuses implicitly relative paths such as
 * {@code data/oxidometer}, which a user may well write.
 */
public class DataDirEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String URL = "spring.datasource.url";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(URL)) {
            return;
        }
        String dataDir = environment.getProperty("oxidometer.data-dir", "./data");
        environment.getPropertySources().addLast(new MapPropertySource("oxidometer-data-dir", Map.of(URL,
                h2Url(Path.of(dataDir)))));
    }

    static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("oxidometer");
    }

    @Override
    public int getOrder() {
        // after the config data (application*.properties, profiles) is loaded, so that it can override us
        return Ordered.LOWEST_PRECEDENCE;
    }
}
