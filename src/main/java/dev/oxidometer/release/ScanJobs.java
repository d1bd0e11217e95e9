package dev.oxidometer.release;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;

import dev.oxidometer.scan.CountingRules;

/**
 * Scans as durable jobs in the database, run by db-scheduler: a scan is a {@code scan_run} row plus a one-time job
 * whose instance id is the repository's id, so that the database's primary key lets one scan per repository run
 * across every instance on that database. The job is picked by one instance ({@link ScanRunner}), which
 * heartbeats while it scans; when that instance dies, another one finds the stale heartbeat, revives the job and
 * continues the scan after its last stored tag.
 */
@Service
public class ScanJobs {

    /** The db-scheduler task of scans; its data is the scan id. */
    static final String TASK = "scan";

    private static final Logger log = LoggerFactory.getLogger(ScanJobs.class);
    /** A job whose scan has just finished is about to be completed by its instance: wait that long for it. */
    private static final Duration FINISHING = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofMillis(50);

    private final RepositoryRegistry registry;
    private final ScanRunStore runs;
    private final ScanProgressBus bus;
    private final TransactionTemplate transactions;
    private final ObjectProvider<SchedulerClient> schedulers;

    public ScanJobs(RepositoryRegistry registry, ScanRunStore runs, ScanProgressBus bus,
                    TransactionTemplate transactions, ObjectProvider<SchedulerClient> schedulers) {
        this.registry = registry;
        this.runs = runs;
        this.bus = bus;
        this.transactions = transactions;
        this.schedulers = schedulers;
    }

    /**
     * Schedules a scan of a repository, to start at once on whichever instance picks it.
     *
     * @return the scan id
     * @throws ScanAlreadyRunningException when that repository is being scanned, on any instance
     * @throws java.util.NoSuchElementException for an unknown repository id
     * @throws IllegalArgumentException    for the bundled dataset
     */
    public long submit(long repositoryId) {
        Repo repo = registry.scannable(repositoryId);
        // the requests of this instance one after the other; the database's key decides between instances
        synchronized (this) {
            RuntimeException lastFailure = null;
            for (int attempt = 0; attempt < 3; attempt++) {
                Optional<Long> running = runningScan(repositoryId);
                if (running.isPresent()) {
                    throw new ScanAlreadyRunningException(repo.name(), running.get());
                }
                try {
                    Long scanId = transactions.execute(status -> {
                        long id = runs.start(repositoryId, ScanKind.SCAN, CountingRules.RULES_VERSION, null);
                        if (client().scheduleIfNotExists(new TaskInstance<>(TASK, key(repositoryId), id),
                                Instant.now())) {
                            return id;
                        }
                        status.setRollbackOnly();
                        return null;
                    });
                    if (scanId != null) {
                        started(scanId);
                        return scanId;
                    }
                } catch (RuntimeException e) {
                    // another instance inserted the job first: on PostgreSQL that aborts this transaction
                    log.debug("Scheduling a scan of {} collided with another instance's", repo.name(), e);
                    lastFailure = e;
                }
            }
            Optional<Long> running = runningScan(repositoryId);
            if (running.isPresent()) {
                throw new ScanAlreadyRunningException(repo.name(), running.get());
            }
            throw new IllegalStateException("Could not schedule a scan of " + repo.name(), lastFailure);
        }
    }

    private void started(long scanId) {
        runs.find(scanId).map(ScanProgressBus::fromStore).ifPresent(bus::publish);
        // the job is committed now: look for it at once instead of at the next poll
        if (client() instanceof Scheduler scheduler) {
            scheduler.triggerCheckForDueExecutions();
        }
    }

    public Optional<ScanProgress> progress(long scanId) {
        return bus.local(scanId).or(() -> runs.find(scanId).filter(run -> run.kind() == ScanKind.SCAN)
                .map(ScanProgressBus::fromStore));
    }

    /** The newest scans, newest first. */
    /** Where every stored release history came from ({@link ScanRunStore#sources}). */
    public List<StoredSource> sources() {
        return runs.sources();
    }

    public List<ScanProgress> recentScans(int limit) {
        return runs.recentScans(limit).stream()
                .map(run -> bus.local(run.id()).orElseGet(() -> ScanProgressBus.fromStore(run)))
                .toList();
    }

    /**
     * Waits until a scan is finished and its job done, for tests and scripts; its progress, or the progress so far
     * on timeout.
     */
    public Optional<ScanProgress> await(long scanId, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<ScanRunStore.ScanRun> run = runs.find(scanId);
            if (run.isEmpty()) {
                return Optional.empty();
            }
            boolean finished = run.get().status() != ScanStatus.RUNNING;
            if (finished && !jobScan(run.get().repositoryId()).filter(id -> id == scanId).isPresent()) {
                break;
            }
            Thread.sleep(POLL.toMillis());
        }
        return progress(scanId);
    }

    /** The ids of the scans that have a job, picked or waiting. */
    public List<Long> scansWithJobs() {
        List<Long> ids = new ArrayList<>();
        client().fetchScheduledExecutionsForTask(TASK, Long.class, ScheduledExecutionsFilter.all(),
                execution -> ids.add(execution.getData()));
        return ids;
    }

    /**
     * The scan running for a repository, on any instance. A job whose scan has just finished is given a moment to be
     * completed (removed) by its instance.
     */
    private Optional<Long> runningScan(long repositoryId) {
        Instant deadline = Instant.now().plus(FINISHING);
        while (true) {
            Optional<Long> scanId = jobScan(repositoryId);
            if (scanId.isEmpty()) {
                return scanId;
            }
            boolean finished = runs.find(scanId.get()).map(r -> r.status() != ScanStatus.RUNNING).orElse(true);
            if (!finished || !Instant.now().isBefore(deadline)) {
                return scanId;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return scanId;
            }
        }
    }

    private Optional<Long> jobScan(long repositoryId) {
        return client().getScheduledExecution(TaskInstanceId.of(TASK, key(repositoryId)))
                .map(ScheduledExecution::getData).map(data -> ((Number) data).longValue());
    }

    private SchedulerClient client() {
        return schedulers.getObject();
    }

    private static String key(long repositoryId) {
        return Long.toString(repositoryId);
    }
}
