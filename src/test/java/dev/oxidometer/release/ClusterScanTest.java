package dev.oxidometer.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.kagkarlsson.scheduler.boot.autoconfigure.DbSchedulerAutoConfiguration;

import dev.oxidometer.system.PropertiesConfig;
import dev.oxidometer.system.TestPostgres;

/**
 * Two instances of the release history (two application contexts) on one PostgreSQL schema, as a team runs them
 * behind a load balancer: concurrent scan requests (exactly one runs, the other is refused with its id), an instance
 * that dies mid-scan (the other takes the scan over and finishes it, nothing stored twice), and the periodic rescan
 * (once per cluster, not once per instance). Heartbeats are 400 ms here, so that a takeover takes seconds; the
 * production settings (application.properties) take over within 45 s. Skipped, with the reason, without a
 * PostgreSQL test server.
 */
@ExtendWith(TestPostgres.class)
class ClusterScanTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
            TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
            FlywayAutoConfiguration.class, DbSchedulerAutoConfiguration.class})
    @Import({ReleaseStore.class, RepositoryStore.class, ScanRunStore.class, BlobCacheStore.class,
            RepositoryPaths.class, RepositoryRegistry.class, ScanJobs.class, ScanRunner.class, ScanProgressBus.class,
            ScanSchedules.class, ScanTasks.class, PropertiesConfig.class})
    static class Instance {
    }

    @TempDir
    Path temp;

    private String url;
    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

    @BeforeEach
    void database() {
        url = TestPostgres.freshSchemaUrl();
    }

    @AfterEach
    void stop() {
        contexts.forEach(ConfigurableApplicationContext::close);
    }

    private ConfigurableApplicationContext instance(String name, String... more) {
        List<String> properties = new ArrayList<>(List.of(
                "spring.datasource.url=" + url,
                "spring.datasource.username=" + TestPostgres.user(),
                "spring.datasource.password=" + TestPostgres.password(),
                "spring.datasource.hikari.maximum-pool-size=4",
                "db-scheduler.scheduler-name=" + name,
                "db-scheduler.heartbeat-interval=400ms",
                "db-scheduler.missed-heartbeats-limit=6",
                "db-scheduler.polling-interval=200ms",
                "db-scheduler.immediate-execution-enabled=true",
                "db-scheduler.shutdown-max-wait=1s",
                "oxidometer.load-bundled-dataset=false",
                "oxidometer.scan-on-start=false"));
        properties.addAll(List.of(more));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Instance.class)
                .web(WebApplicationType.NONE).run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
        contexts.add(context);
        return context;
    }

    private Repo kernel(ConfigurableApplicationContext instance, String name) throws Exception {
        Path dir = KernelRepo.create(temp.resolve(name));
        return instance.getBean(RepositoryRegistry.class).addRepository(name, dir.toString(), false);
    }

    /** Holds every scan of a repository on its instance's scan thread while it counts {@code tag}. */
    private static final class Hold implements AutoCloseable {
        final CountDownLatch reached = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<Runnable> registrations = new ArrayList<>();

        Hold(String repository, String tag, ConfigurableApplicationContext... instances) {
            for (ConfigurableApplicationContext instance : instances) {
                registrations.add(instance.getBean(ScanProgressBus.class).addListener(p -> {
                    if (Thread.currentThread().getName().equals("scan-" + repository) && p.running()
                            && tag.equals(p.currentTag())) {
                        reached.countDown();
                        await(release);
                    }
                }));
            }
        }

        @Override
        public void close() {
            release.countDown();
            registrations.forEach(Runnable::run);
        }
    }

    @Test
    void of_two_concurrent_requests_on_two_instances_exactly_one_scans_and_the_other_is_refused_with_its_id()
            throws Exception {
        ConfigurableApplicationContext a = instance("a");
        ConfigurableApplicationContext b = instance("b");
        Repo repo = kernel(a, "both");
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService requests = Executors.newFixedThreadPool(2);
        try (Hold hold = new Hold("both", "v6.1", a, b)) {
            List<Future<Object>> answers = new ArrayList<>();
            for (ConfigurableApplicationContext instance : List.of(a, b)) {
                answers.add(requests.submit((Callable<Object>) () -> {
                    together.await(10, TimeUnit.SECONDS);
                    try {
                        return instance.getBean(ScanJobs.class).submit(repo.id());
                    } catch (ScanAlreadyRunningException e) {
                        return e;
                    }
                }));
            }
            List<Object> results = new ArrayList<>();
            for (Future<Object> answer : answers) {
                results.add(answer.get(30, TimeUnit.SECONDS));
            }

            assertThat(results).filteredOn(Long.class::isInstance).hasSize(1);
            long scanId = (Long) results.stream().filter(Long.class::isInstance).findFirst().orElseThrow();
            assertThat(results).filteredOn(ScanAlreadyRunningException.class::isInstance).singleElement()
                    .satisfies(e -> assertThat(((ScanAlreadyRunningException) e).runningScanId()).isEqualTo(scanId));
            assertThat(hold.reached.await(30, TimeUnit.SECONDS)).isTrue();
            // the scan runs on one instance, and both show its progress (the other reads it from the database)
            for (ConfigurableApplicationContext instance : List.of(a, b)) {
                assertThat(instance.getBean(ScanJobs.class).progress(scanId)).hasValueSatisfying(p -> {
                    assertThat(p.running()).isTrue();
                    assertThat(p.currentTag()).isEqualTo("v6.1");
                });
            }
            hold.close();
            assertThat(a.getBean(ScanJobs.class).await(scanId, WAIT)).hasValueSatisfying(p ->
                    assertThat(p.status().key()).isEqualTo("succeeded"));
            JdbcClient jdbc = a.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM scan_run WHERE repository_id = ?").param(repo.id())
                    .query(Long.class).single()).as("one scan_run row: the refused request left none").isEqualTo(1L);
        } finally {
            requests.shutdownNow();
        }
    }

    @Test
    void when_the_instance_running_a_scan_dies_the_other_takes_it_over_and_stores_only_the_rest() throws Exception {
        ConfigurableApplicationContext a = instance("a");
        Repo repo = kernel(a, "takeover");
        long scanId;
        Instant killed;
        AtomicReference<Instant> takenOver = new AtomicReference<>();
        List<ScanProgress> seenOnB = new CopyOnWriteArrayList<>();
        ConfigurableApplicationContext b;
        JdbcClient jdbc;
        Map<String, Object> v61Before;
        try (Hold hold = new Hold("takeover", "v6.2", a)) {
            scanId = a.getBean(ScanJobs.class).submit(repo.id());
            assertThat(hold.reached.await(30, TimeUnit.SECONDS)).isTrue();
            // B starts while A scans: it shows A's scan from the database
            b = instance("b");
            jdbc = b.getBean(JdbcClient.class);
            assertThat(b.getBean(ScanJobs.class).progress(scanId)).hasValueSatisfying(p ->
                    assertThat(p.currentTag()).isEqualTo("v6.2"));
            v61Before = jdbc.sql("SELECT id, stored_at, scan_run_id FROM release_tag WHERE repository_id = ? AND tag = ?")
                    .params(repo.id(), "v6.1").query().singleRow();
            Runnable watch = b.getBean(ScanProgressBus.class).addListener(p -> {
                if (p.scanId() == scanId) {
                    seenOnB.add(p);
                    if (Thread.currentThread().getName().equals("scan-takeover")) {
                        takenOver.compareAndSet(null, Instant.now());
                    }
                }
            });
            // A dies as kill -9 would leave it to the others: no heartbeat, no write, no goodbye
            killed = Instant.now();
            a.getBean(HikariDataSource.class).close();

            ScanProgress end = b.getBean(ScanJobs.class).await(scanId, WAIT).orElseThrow();
            watch.run();

            assertThat(end.status().key()).isEqualTo("succeeded");
            assertThat(end.tagCount()).as("the scan's three tags, one stored by A").isEqualTo(3);
        }
        Duration takeover = Duration.between(killed, takenOver.get());
        System.out.printf("ClusterScanTest: scan taken over %.1f s after the running instance died "
                + "(heartbeat 400 ms, 6 missed heartbeats, polling 200 ms)%n", takeover.toMillis() / 1000.0);
        assertThat(takeover).isLessThan(Duration.ofSeconds(60));
        assertThat(jdbc.sql("SELECT tag FROM release_tag WHERE repository_id = ? ORDER BY tag").param(repo.id())
                .query(String.class).list()).containsExactly("v6.1", "v6.2", "v6.3");
        assertThat(jdbc.sql("SELECT id, stored_at, scan_run_id FROM release_tag WHERE repository_id = ? AND tag = ?")
                .params(repo.id(), "v6.1").query().singleRow()).as("v6.1, stored by A, is not stored again")
                .isEqualTo(v61Before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'scan'").query(Long.class)
                .single()).as("the job is done").isZero();
        assertThat(seenOnB).last().satisfies(p -> assertThat(p.running()).isFalse());
    }

    @Test
    void the_periodic_rescan_runs_once_per_cluster_not_once_per_instance() throws Exception {
        String everySecond = "oxidometer.rescan-cron=* * * * * *";
        ConfigurableApplicationContext a = instance("a", everySecond);
        ConfigurableApplicationContext b = instance("b", everySecond);
        Thread.sleep(1500);
        int before = a.getBean(ScanSchedules.class).rescans() + b.getBean(ScanSchedules.class).rescans();
        Instant from = Instant.now();

        Thread.sleep(6000);

        int ran = a.getBean(ScanSchedules.class).rescans() + b.getBean(ScanSchedules.class).rescans() - before;
        long seconds = Duration.between(from, Instant.now()).toSeconds();
        assertThat(ran).as("rescans in %d s with a cron of every second, on both instances together", seconds)
                .isBetween(2, (int) seconds + 1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
