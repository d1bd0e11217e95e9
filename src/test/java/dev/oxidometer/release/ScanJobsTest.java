package dev.oxidometer.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.boot.autoconfigure.DbSchedulerAutoConfiguration;

import dev.oxidometer.scan.BlobCache;
import dev.oxidometer.scan.CountingRules;
import dev.oxidometer.scan.ReleaseScan;
import dev.oxidometer.system.OxidometerProperties;
import dev.oxidometer.system.PropertiesConfig;

/**
 * Scans of small JGit repositories in temporary directories, as db-scheduler jobs on the embedded database (the
 * class that ran them before was ScanService). Scans commit from their job's thread, so these tests run outside a
 * test transaction and each uses a repository of its own.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@ImportAutoConfiguration(DbSchedulerAutoConfiguration.class)
@Import({ReleaseStore.class, RepositoryStore.class, ScanRunStore.class, BlobCacheStore.class, RepositoryPaths.class,
        RepositoryRegistry.class, ScanJobs.class, ScanRunner.class, ScanProgressBus.class, ScanSchedules.class,
        ScanTasks.class, PropertiesConfig.class})
@TestPropertySource(properties = {"db-scheduler.polling-interval=200ms", "db-scheduler.heartbeat-interval=1s"})
class ScanJobsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    ScanJobs scans;
    @Autowired
    RepositoryRegistry registry;
    @Autowired
    ScanProgressBus progressBus;
    @Autowired
    ScanSchedules schedules;
    @Autowired
    ReleaseStore releases;
    @Autowired
    RepositoryStore repositories;
    @Autowired
    ScanRunStore runs;
    @Autowired
    BlobCacheStore blobCaches;
    @Autowired
    RepositoryPaths paths;
    @Autowired
    OxidometerProperties properties;
    @Autowired
    JdbcClient jdbcClient;
    @Autowired
    JdbcTemplate jdbcTemplate;
    @Autowired
    TransactionTemplate transactions;

    @TempDir
    Path temp;

    private Repo kernel(String name) throws Exception {
        Path dir = KernelRepo.create(temp.resolve(name));
        return registry.addRepository(name, dir.toString(), false);
    }

    private ScanProgress scanAndWait(ScanJobs service, Repo repo) throws InterruptedException {
        long id = service.submit(repo.id());
        ScanProgress progress = service.await(id, WAIT).orElseThrow();
        assertThat(progress.running()).as("scan finished within %s", WAIT).isFalse();
        return progress;
    }

    /** Runs a scan on this thread, with another runner than the application's. */
    private ScanProgress runDirectly(ScanRunner runner, Repo repo) {
        long id = runs.start(repo.id(), ScanKind.SCAN, CountingRules.RULES_VERSION, null);
        return runner.run(id);
    }

    @Test
    void a_scan_stores_every_release_tag_with_its_note_and_a_second_scan_has_nothing_to_do() throws Exception {
        Repo repo = kernel("full");

        ScanProgress first = scanAndWait(scans, repo);

        assertThat(first.status().key()).isEqualTo("succeeded");
        assertThat(first.tagCount()).isEqualTo(3);
        assertThat(first.errors()).isEmpty();
        List<ReleaseScan> stored = releases.load(repo.id());
        assertThat(stored).extracting(ReleaseScan::tag).containsExactly("v6.1", "v6.2", "v6.3");
        assertThat(stored.get(1).note()).isEqualTo("Linux v6.2 test tree");
        ReleaseScan v62 = stored.get(1);
        assertThat(v62.drivers()).extracting(d -> d.name()).containsExactly("rnull_mod");
        assertThat(v62.abstractions()).contains("block");
        assertThat(v62.metrics()).containsKey("rust.files");
        assertThat(releases.storedRulesVersions(repo.id())).containsValues(CountingRules.RULES_VERSION);
        assertThat(blobCaches.size(CountingRules.RULES_VERSION)).isPositive();

        ScanProgress second = scanAndWait(scans, repo);

        assertThat(second.status().key()).isEqualTo("succeeded");
        assertThat(second.tagCount()).isZero();
        assertThat(scans.progress(second.scanId())).hasValueSatisfying(p -> assertThat(p.status().key())
                .isEqualTo("succeeded"));
        assertThat(scans.recentScans(2)).extracting(ScanProgress::scanId)
                .containsExactly(second.scanId(), first.scanId());
    }

    @Test
    void a_rescan_with_nothing_new_never_reads_the_stored_blob_counts() throws Exception {
        Repo repo = kernel("unchanged");
        scanAndWait(scans, repo);
        AtomicInteger opened = new AtomicInteger();
        BlobCacheStore counting = new BlobCacheStore(jdbcTemplate, transactions) {
            @Override
            public BlobCache open(String rulesVersion) {
                opened.incrementAndGet();
                return super.open(rulesVersion);
            }
        };
        ScanRunner rescanning = new ScanRunner(repositories, releases, runs, counting, progressBus, properties);

        ScanProgress again = runDirectly(rescanning, repo);

        assertThat(again.status().key()).isEqualTo("succeeded");
        assertThat(again.tagCount()).isZero();
        assertThat(opened).hasValue(0);
    }

    @Test
    void a_scan_that_dies_midway_keeps_the_completed_tags_and_the_next_scan_finishes_the_rest() throws Exception {
        Repo repo = kernel("killed");
        // the process "dies" while storing v6.2: storing fails, as a killed process would never commit it
        ReleaseStore dying = new ReleaseStore(jdbcClient, jdbcTemplate) {
            @Override
            public long save(long repositoryId, ReleaseScan scan, String rulesVersion, Long scanRunId) {
                if (scan.tag().equals("v6.2")) {
                    throw new IllegalStateException("killed");
                }
                return releases.save(repositoryId, scan, rulesVersion, scanRunId);
            }
        };
        ScanRunner doomed = new ScanRunner(repositories, dying, runs, blobCaches, progressBus, properties);

        ScanProgress killed = runDirectly(doomed, repo);

        assertThat(killed.status().key()).isEqualTo("failed");
        assertThat(releases.storedRulesVersions(repo.id())).containsOnlyKeys("v6.1");

        ScanProgress resumed = scanAndWait(scans, repo);

        assertThat(resumed.status().key()).isEqualTo("succeeded");
        assertThat(resumed.tagCount()).as("only the tags not stored yet").isEqualTo(2);
        assertThat(releases.storedRulesVersions(repo.id())).containsOnlyKeys("v6.1", "v6.2", "v6.3");
    }

    @Test
    void a_scan_left_running_by_a_stopped_process_is_closed_as_failed_at_the_next_start() throws Exception {
        Repo repo = kernel("restarted");
        long orphan = runs.start(repo.id(), ScanKind.SCAN, CountingRules.RULES_VERSION, null);

        schedules.run(new org.springframework.boot.DefaultApplicationArguments());

        ScanProgress closed = scans.progress(orphan).orElseThrow();
        assertThat(closed.status().key()).isEqualTo("failed");
        assertThat(closed.finished()).isNotNull();
        assertThat(closed.errors()).singleElement().asString().startsWith("Interrupted");
        assertThat(scanAndWait(scans, repo).status().key()).isEqualTo("succeeded");
    }

    @Test
    void a_release_stored_under_older_rules_is_scanned_again() throws Exception {
        Repo repo = kernel("old-rules");
        scanAndWait(scans, repo);
        jdbcClient.sql("UPDATE release_tag SET rules_version = '0' WHERE repository_id = ? AND tag = 'v6.2'")
                .param(repo.id()).update();

        ScanProgress rescan = scanAndWait(scans, repo);

        assertThat(rescan.tagCount()).isEqualTo(1);
        assertThat(releases.storedRulesVersions(repo.id())).containsEntry("v6.2", CountingRules.RULES_VERSION);
    }

    @Test
    void a_second_scan_of_a_repository_being_scanned_is_refused_as_already_running() throws Exception {
        Repo repo = kernel("busy");
        CountDownLatch scanning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Runnable registration = progressBus.addListener(progress -> {
            if (Thread.currentThread().getName().equals("scan-busy") && progress.running()) {
                scanning.countDown();
                await(release);
            }
        });
        try {
            long id = scans.submit(repo.id());
            assertThat(scanning.await(30, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> scans.submit(repo.id())).isInstanceOf(ScanAlreadyRunningException.class)
                    .hasMessageContaining("already running")
                    .satisfies(e -> assertThat(((ScanAlreadyRunningException) e).runningScanId()).isEqualTo(id));

            release.countDown();
            registration.run();
            assertThat(scans.await(id, WAIT))
                    .hasValueSatisfying(p -> assertThat(p.status().key()).isEqualTo("succeeded"));
        } finally {
            release.countDown();
            registration.run();
        }
    }

    @Test
    void progress_is_reported_to_listeners_up_to_the_end_of_the_scan() throws Exception {
        Repo repo = kernel("watched");
        List<ScanProgress> seen = new CopyOnWriteArrayList<>();
        Runnable registration = progressBus.addListener(p -> {
            if (p.repository().equals("watched")) {
                seen.add(p);
            }
        });
        try {
            scanAndWait(scans, repo);
        } finally {
            registration.run();
        }

        assertThat(seen).anySatisfy(p -> {
            assertThat(p.running()).isTrue();
            assertThat(p.currentTag()).isEqualTo("v6.2");
            assertThat(p.tagIndex()).isEqualTo(2);
            assertThat(p.tagCount()).isEqualTo(3);
        });
        assertThat(seen.getLast().status().key()).isEqualTo("succeeded");
        assertThat(seen.getLast().finished()).isNotNull();
    }

    @Test
    void a_repository_that_vanished_fails_the_scan_with_a_clear_error_and_its_releases_stay() throws Exception {
        Repo repo = kernel("vanishing");
        scanAndWait(scans, repo);
        deleteRecursively(Path.of(repo.path()));

        ScanProgress failed = scanAndWait(scans, repo);

        assertThat(failed.status().key()).isEqualTo("failed");
        assertThat(failed.errors()).singleElement().asString().contains("is gone from " + repo.path());
        assertThat(releases.storedRulesVersions(repo.id())).containsOnlyKeys("v6.1", "v6.2", "v6.3");
        assertThat(runs.find(failed.scanId()).orElseThrow().errorText()).contains("is gone");
    }

    @Test
    void a_repository_path_must_exist_and_be_a_git_repository_and_its_name_must_be_free() throws Exception {
        Files.createDirectories(temp.resolve("plain"));
        kernel("taken");

        assertThatThrownBy(() -> registry.addRepository("x", temp.resolve("missing").toString(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a Linux kernel repository");
        assertThatThrownBy(() -> registry.addRepository("x", temp.resolve("plain").toString(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a Linux kernel repository");
        assertThatThrownBy(() -> registry.addRepository("x", "relative/linux", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute path");
        Path other = KernelRepo.create(temp.resolve("other"));
        assertThatThrownBy(() -> registry.addRepository("taken", other.toString(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exists already");
    }

    @Test
    void a_repository_outside_the_allowed_roots_is_refused() throws Exception {
        Path inside = KernelRepo.create(temp.resolve("allowed/linux"));
        Path outside = KernelRepo.create(temp.resolve("elsewhere/linux"));
        RepositoryPaths restricted = new RepositoryPaths(new OxidometerProperties(temp, List.of(),
                List.of(temp.resolve("allowed")), new OxidometerProperties.Admin("admin", null), "-", false, false));

        assertThat(restricted.check(inside.toString())).isEqualTo(inside.toRealPath());
        assertThatThrownBy(() -> restricted.check(outside.toString())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a Linux kernel repository that can be added")
                .hasMessageContaining("under " + temp.resolve("allowed"));
        assertThatThrownBy(() -> restricted.check(temp.resolve("allowed/linux/../../elsewhere/linux").toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a Linux kernel repository that can be added");
    }

    @Test
    void the_bundled_dataset_cannot_be_scanned() {
        Repo bundled = repositories.insert(repositories.freeName("bundled dataset"), "/elsewhere", false,
                RepositoryStore.Origin.BUNDLED);

        assertThatThrownBy(() -> scans.submit(bundled.id())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be scanned");
        assertThat(registry.repositories()).extracting(Repo::id).doesNotContain(bundled.id());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
