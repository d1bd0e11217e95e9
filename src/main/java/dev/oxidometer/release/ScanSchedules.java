package dev.oxidometer.release;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Service;

/**
 * When scans start by themselves: at startup (the configured repositories, {@code oxidometer.scan-on-start}) and
 * periodically ({@code oxidometer.rescan-cron}, run by the recurring task of {@link ScanTasks}, once per cluster).
 */
@Service
public class ScanSchedules implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ScanSchedules.class);

    private final RepositoryRegistry registry;
    private final ScanJobs jobs;
    private final ScanRunStore runs;
    private final RepositorySettings properties;
    private final AtomicInteger rescans = new AtomicInteger();

    public ScanSchedules(RepositoryRegistry registry, ScanJobs jobs, ScanRunStore runs,
                         RepositorySettings properties) {
        this.registry = registry;
        this.jobs = jobs;
        this.runs = runs;
        this.properties = properties;
    }

    /**
     * At startup: close the books of scans left running with no job to finish them, sync the configured
     * repositories and scan them. Scans with a job are left to the job: an instance runs it or takes it over.
     */
    @Override
    public void run(ApplicationArguments args) {
        int interrupted = runs.failInterrupted(jobs.scansWithJobs());
        if (interrupted > 0) {
            log.warn("{} scan(s) were interrupted when oxidometer last stopped; their completed releases are kept",
                    interrupted);
        }
        List<Repo> configured = registry.syncConfigured();
        if (properties.scanOnStart()) {
            configured.forEach(this::startQuietly);
        }
    }

    /** The periodic rescan of the configured repositories. */
    public void rescanConfigured() {
        rescans.incrementAndGet();
        registry.syncConfigured().forEach(this::startQuietly);
    }

    /** How many periodic rescans this instance has run. */
    int rescans() {
        return rescans.get();
    }

    private void startQuietly(Repo repo) {
        try {
            jobs.submit(repo.id());
        } catch (ScanAlreadyRunningException e) {
            log.info("{}", e.getMessage());
        }
    }
}
