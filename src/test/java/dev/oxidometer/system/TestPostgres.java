package dev.oxidometer.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL server the tests may use: {@code OXIDOMETER_TEST_PG_URL} (for example
 * {@code jdbc:postgresql://localhost:5432/oxidometer_test}), {@code OXIDOMETER_TEST_PG_USER} and
 * {@code OXIDOMETER_TEST_PG_PASSWORD} (both default to {@code oxidometer}). {@code .ci/run} sets them up. As an
 * extension it skips a test class, saying why, when no server is configured or reachable; each test class gets a
 * schema of its own, so that runs never see each other's rows.
 */
public final class TestPostgres implements ExecutionCondition {

    public static Optional<String> url() {
        return Optional.ofNullable(System.getenv("OXIDOMETER_TEST_PG_URL")).filter(u -> !u.isBlank());
    }

    public static String user() {
        return System.getenv().getOrDefault("OXIDOMETER_TEST_PG_USER", "oxidometer");
    }

    public static String password() {
        return System.getenv().getOrDefault("OXIDOMETER_TEST_PG_PASSWORD", "oxidometer");
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (url().isEmpty()) {
            return ConditionEvaluationResult.disabled("OXIDOMETER_TEST_PG_URL is not set: no PostgreSQL to test on");
        }
        try (Connection c = DriverManager.getConnection(url().get(), user(), password())) {
            return ConditionEvaluationResult.enabled("PostgreSQL at " + url().get());
        } catch (SQLException e) {
            return ConditionEvaluationResult.disabled("No PostgreSQL reachable at " + url().get() + ": "
                    + e.getMessage());
        }
    }

    /** Creates an empty schema and returns a JDBC URL whose connections use it. */
    public static String freshSchemaUrl() {
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "");
        String url = url().orElseThrow();
        try (Connection c = DriverManager.getConnection(url, user(), password());
             Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test schema on " + url, e);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Points a Spring test context at a fresh schema of the test server. */
    public static void register(DynamicPropertyRegistry registry) {
        String url = freshSchemaUrl();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", TestPostgres::user);
        registry.add("spring.datasource.password", TestPostgres::password);
    }
}
