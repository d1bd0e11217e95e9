package dev.oxidometer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/**
 * A second oxidometer on the same data directory: H2 refuses to open the locked database file, and startup ends
 * with a clear message instead of a stack trace. The first instance runs in another JVM, since H2 shares an open
 * database within one JVM instead of locking it.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseInUseTest {

    /** The database part of the application: enough to open (and migrate) the database at startup. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
    static class DatabaseOnly {
    }

    @Test
    void a_database_file_in_use_by_another_process_stops_startup_with_a_clear_message(@TempDir Path dataDir,
                                                                                      CapturedOutput output)
            throws Exception {
        String url = DataDirEnvironment.h2Url(dataDir);
        Process first = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabase.class.getName(), url)
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(out.readLine()).as("the first instance opened the database").isEqualTo("open");

            assertThatThrownBy(() -> new SpringApplicationBuilder(DatabaseOnly.class)
                    .web(WebApplicationType.NONE)
                    // arguments, not default properties: they must win over the tests' in-memory database
                    .run("--oxidometer.data-dir=" + dataDir, "--spring.datasource.url=" + url))
                    .satisfies(failure -> {
                        FailureAnalysis analysis = new DatabaseInUseFailureAnalyzer().analyze(failure);
                        assertThat(analysis).isNotNull();
                        assertThat(analysis.getDescription())
                                .startsWith("The oxidometer database is in use by another process");
                    });
            assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START")
                    .contains("The oxidometer database is in use by another process")
                    .contains("--oxidometer.data-dir=");
        } finally {
            first.getOutputStream().close();
            if (!first.waitFor(10, TimeUnit.SECONDS)) {
                first.destroyForcibly();
            }
        }
    }

    @Test
    void other_database_failures_are_left_to_spring_boot() {
        assertThat(new DatabaseInUseFailureAnalyzer().analyze(new java.sql.SQLException("other", "08001", 1)))
                .isNull();
    }
}
