package dev.oxidometer.release;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.oxidometer.system.TestPostgres;

@ExtendWith(TestPostgres.class)
class PostgresMigrationTest extends MigrationContract {

    @Override
    DataSource emptyDatabase() {
        return new DriverManagerDataSource(TestPostgres.freshSchemaUrl(), TestPostgres.user(), TestPostgres.password());
    }
}
