package dev.oxidometer.release;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import dev.oxidometer.scan.BlobCache;
import dev.oxidometer.scan.CountingRules;
import dev.oxidometer.scan.KernelScanner;
import dev.oxidometer.scan.ReleaseScan;
import dev.oxidometer.scan.ReleaseTag;
import dev.oxidometer.scan.ScanException;
import dev.oxidometer.scan.ScanListener;
import dev.oxidometer.scan.TagSelection;

/**
 * Runs one scan, on the thread of the job that {@link ScanJobs} scheduled. Each tag is stored in its own
 * transaction as soon as it is counted, so that an instance killed during a scan leaves whole releases only; the
 * tags to do are those not stored yet (or stored under older rules), so that an instance taking a scan over
 * continues after the last stored tag, and nothing is stored twice. Progress goes to the database (for every
 * instance) and to this instance's {@link ScanProgressBus}.
 */
@Service
public class ScanRunner {

    private static final Logger log = LoggerFactory.getLogger(ScanRunner.class);

    /** Progress notifications while files are read are at most this frequent per scan. */
    private static final long NOTIFY_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    /** Progress is stored at most this often while files are read (and at every tag). */
    private static final long STORE_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final RepositoryStore repositories;
    private final ReleaseStore releases;
    private final ScanRunStore runs;
    private final BlobCacheStore blobCaches;
    private final ScanProgressBus bus;
    private final int threads;

    public ScanRunner(RepositoryStore repositories, ReleaseStore releases, ScanRunStore runs, BlobCacheStore blobCaches,
                      ScanProgressBus bus, RepositorySettings settings) {
        this.repositories = repositories;
        this.releases = releases;
        this.runs = runs;
        this.blobCaches = blobCaches;
        this.bus = bus;
        this.threads = settings.scanThreadCount();
    }

    /** Runs a stored scan to its end; see {@link #run(long, BooleanSupplier)}. */
    public ScanProgress run(long scanId) {
        return run(scanId, () -> true);
    }

    /**
     * Runs a stored scan to its end, or continues it where another instance left it.
     *
     * @param stillOwned asked before each tag is stored: false when this instance shuts down or has lost the scan
     *                   (its heartbeats failed for so long that another instance may have taken it over), which
     *                   stops it with nothing more written
     * @return how the scan ended; still running when it was stopped unfinished; a scan that is not running
     *         (finished meanwhile) is left as it is; null for an unknown scan
     */
    public ScanProgress run(long scanId, BooleanSupplier stillOwned) {
        ScanRunStore.ScanRun run = runs.find(scanId).orElse(null);
        if (run == null || run.status() != ScanStatus.RUNNING) {
            log.info("Scan {} is not running any more; nothing to do", scanId);
            return run == null ? null : ScanProgressBus.fromStore(run);
        }
        Repo repo = repositories.byId(run.repositoryId()).orElseThrow();
        LiveScan scan = new LiveScan(scanId, repo.name(), run.started(), run.tagsDone());
        if (run.tagsDone() > 0 || run.progress().at() != null) {
            log.info("Scan {} of {}: taken over after {} stored tag(s)", scanId, repo.name(), run.tagsDone());
        }
        Thread thread = Thread.currentThread();
        String threadName = thread.getName();
        thread.setName("scan-" + repo.name());
        bus.started(scanId, scan::snapshot);
        boolean lost = false;
        try {
            scan(scan, repo, stillOwned);
        } catch (LostScan e) {
            lost = true;
        } catch (ScanException e) {
            lost = !stillOwned.getAsBoolean();
            scan.error(e.getMessage());
        } catch (RuntimeException e) {
            // stopped by a shutdown (an interrupted read) or a lost job: not a failure of the scan
            lost = !stillOwned.getAsBoolean();
            if (!lost) {
                log.error("Scan {} of {} failed", scanId, repo.name(), e);
            }
            scan.error("The scan stopped: " + e.getMessage());
        }
        try {
            return lost ? lose(scan) : finish(scan, repo);
        } finally {
            thread.setName(threadName);
        }
    }

    private void scan(LiveScan scan, Repo repo, BooleanSupplier stillOwned) {
        Path path = Path.of(repo.path());
        if (!Files.isDirectory(path)) {
            throw new ScanException("The repository " + repo.name() + " is gone from " + repo.path()
                    + " (moved or deleted?). Its stored releases are kept; restore the clone or fix its path.");
        }
        // opened on first use: a rescan that finds every tag stored never reads the stored counts
        BlobCache cache = BlobCache.lazy(() -> blobCaches.open(CountingRules.RULES_VERSION));
        try (KernelScanner scanner = KernelScanner.open(path, cache, CountingRules.defaults(), threads)) {
            repositories.replaceTags(repo.id(), scanner.allTagNames());
            List<String> todo = tagsToScan(scanner, repo);
            scan.planned(todo.size());
            store(scan);
            bus.publish(scan.snapshot());
            if (!todo.isEmpty()) {
                scanner.scanAll(new TagSelection(repo.includeRc(), null, todo),
                        storing(scan, repo, scanner, stillOwned));
            }
        }
    }

    private ScanProgress finish(LiveScan scan, Repo repo) {
        boolean succeeded = scan.errors.isEmpty();
        try {
            runs.finish(scan.id, succeeded, succeeded ? null : String.join("\n", scan.errors));
        } catch (RuntimeException e) {
            log.error("Could not record the end of scan {}", scan.id, e);
        }
        scan.finish(succeeded);
        log.info("Scan {} of {} {} after {} tag(s){}", scan.id, repo.name(), ScanStatus.of(succeeded).key(),
                scan.tagsStored, succeeded ? "" : ": " + String.join("; ", scan.errors));
        ScanProgress last = scan.snapshot();
        bus.finished(scan.id, last);
        return last;
    }

    /**
     * This instance stops the scan unfinished (it shuts down, or lost the job to another): nothing more is
     * written; the instance that continues the scan reports its end.
     */
    private ScanProgress lose(LiveScan scan) {
        log.warn("Scan {}: stopped unfinished on this instance (shutting down, or its heartbeats failed); another "
                + "instance continues it", scan.id);
        ScanProgress last = scan.snapshot();
        bus.finished(scan.id, last);
        return last;
    }

    /** Tags not stored yet, or stored under other counting rules, in version order. */
    private List<String> tagsToScan(KernelScanner scanner, Repo repo) {
        Map<String, String> stored = releases.storedRulesVersions(repo.id());
        return scanner.releaseTags(new TagSelection(repo.includeRc(), null, List.of())).stream()
                .map(ReleaseTag::name)
                .filter(tag -> !CountingRules.RULES_VERSION.equals(stored.get(tag)))
                .toList();
    }

    private void store(LiveScan scan) {
        ScanProgress p = scan.snapshot();
        runs.progress(scan.id, p.tagCount(), scan.tagsStored,
                new ScanRunStore.Progress(p.currentTag(), p.tagIndex(), p.filesDone(), p.filesTotal(), null));
    }

    private ScanListener storing(LiveScan scan, Repo repo, KernelScanner scanner, BooleanSupplier stillOwned) {
        return new ScanListener() {
            private long lastNotified;
            private long lastStored;

            @Override
            public void tagStarted(ReleaseTag tag, int index, int total) {
                scan.tagStarted(tag.name(), index, total);
                store(scan);
                lastStored = System.nanoTime();
                bus.publish(scan.snapshot());
            }

            @Override
            public void filesDone(ReleaseTag tag, int done, int total) {
                scan.filesDone(done, total);
                long now = System.nanoTime();
                if (now - lastStored >= STORE_EVERY_NANOS) {
                    lastStored = now;
                    store(scan);
                }
                if (now - lastNotified >= NOTIFY_EVERY_NANOS || done == total) {
                    lastNotified = now;
                    bus.publish(scan.snapshot());
                }
            }

            @Override
            public void tagFinished(ReleaseTag tag, ReleaseScan result, Duration elapsed, int cacheHits) {
                if (!stillOwned.getAsBoolean()) {
                    throw new LostScan();
                }
                // a failure to store stops the whole scan: the scanner only catches ScanException
                releases.save(repo.id(), result, CountingRules.RULES_VERSION, scan.id);
                scan.tagStored();
                store(scan);
                log.info("Scan {}: stored {} ({} s, {} cached blobs)", scan.id, tag.name(), elapsed.toSeconds(),
                        cacheHits);
                bus.publish(scan.snapshot());
            }

            @Override
            public void tagFailed(ReleaseTag tag, String message) {
                scan.error(message.startsWith(tag.name()) ? message : tag.name() + ": " + message);
                bus.publish(scan.snapshot());
            }
        };
    }

    /** Thrown through the scanner when this instance lost the scan; never leaves this class. */
    private static final class LostScan extends RuntimeException {
        LostScan() {
            super("lost the scan", null, false, false);
        }
    }

    /**
     * The state of a scan this instance runs; written by the scan thread, read by anyone. A scan taken over counts
     * the tags the instance before stored ({@code before}) among its tags.
     */
    private static final class LiveScan {
        final long id;
        final String repository;
        final Instant started;
        final int before;
        final List<String> errors = new CopyOnWriteArrayList<>();
        volatile int tagIndex;
        volatile int tagCount;
        volatile int tagsStored;
        volatile String currentTag;
        volatile int filesDone;
        volatile int filesTotal;
        volatile ScanStatus status = ScanStatus.RUNNING;
        volatile Instant finished;

        LiveScan(long id, String repository, Instant started, int before) {
            this.id = id;
            this.repository = repository;
            this.started = started;
            this.before = before;
            this.tagsStored = before;
            this.tagIndex = before;
            this.tagCount = before;
        }

        void planned(int count) {
            tagCount = before + count;
        }

        void tagStarted(String tag, int index, int total) {
            currentTag = tag;
            tagIndex = before + index;
            tagCount = before + total;
            filesDone = 0;
            filesTotal = 0;
        }

        void filesDone(int done, int total) {
            filesDone = done;
            filesTotal = total;
        }

        void tagStored() {
            tagsStored++;
        }

        void error(String message) {
            errors.add(message);
        }

        void finish(boolean succeeded) {
            status = ScanStatus.of(succeeded);
            currentTag = null;
            finished = Instant.now();
        }

        ScanProgress snapshot() {
            Instant end = finished;
            return new ScanProgress(id, repository, status, tagIndex, tagCount, currentTag, filesDone, filesTotal,
                    Duration.between(started, end != null ? end : Instant.now()), List.copyOf(errors), started, end);
        }
    }
}
