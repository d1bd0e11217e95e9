package dev.oxidometer.release;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.oxidometer.system.TestPostgres;

/** The storage contract on PostgreSQL; skipped, with the reason, when no test server is configured or reachable. */
@ExtendWith(TestPostgres.class)
class PostgresStorageTest extends StorageContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
