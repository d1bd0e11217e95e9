package dev.oxidometer.release;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Migrations on a database that holds data keep the data; run by {@code H2MigrationTest}, {@code PostgresMigrationTest}. */
abstract class MigrationContract {

    abstract DataSource emptyDatabase();

    @Test
    void migrating_a_database_that_holds_data_from_version_1_to_the_latest_keeps_the_data() {
        DataSource db = emptyDatabase();
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("1").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.update("INSERT INTO repository (id, name, path, include_rc, origin, created_at) "
                + "VALUES (7, 'linux', '/src/linux', FALSE, 'added', CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO release_tag (id, repository_id, tag, commit_id, released_at, rc, rules_version, "
                + "stored_at) VALUES (70, 7, 'v6.1', 'abc', CURRENT_TIMESTAMP, FALSE, '1', CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO metric_value (release_id, metric_key, ord, int_value) VALUES (70, 'rust.files', 0, 42)");
        jdbc.update("INSERT INTO rust_file (release_id, path, category, blob_id, lines, code, comments, blanks) "
                + "VALUES (70, 'rust/kernel/lib.rs', 'abstractions', 'b', 10, 8, 1, 1)");

        var result = Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();

        assertThat(result.migrationsExecuted).isPositive();
        assertThat(jdbc.queryForObject("SELECT int_value FROM metric_value WHERE release_id = 70", Long.class))
                .isEqualTo(42L);
        assertThat(jdbc.queryForObject("SELECT tag FROM release_tag WHERE repository_id = 7", String.class))
                .isEqualTo("v6.1");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rust_file", Long.class)).isEqualTo(1L);
    }
}
