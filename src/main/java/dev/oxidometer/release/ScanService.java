package dev.oxidometer.release;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.annotation.Scheduled;
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
 * Background scans of kernel repositories. One at a time per repository, on that repository's own thread; each tag
 * is stored in its own transaction as soon as it is counted, so that a process killed during a scan leaves whole
 * releases only, and the next scan continues with the tags that are not stored (or stored under older rules).
 */
@Service
public class ScanService implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ScanService.class);

    /** Progress notifications while files are read are at most this frequent per scan. */
    private static final long NOTIFY_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    private static final int FINISHED_KEPT = 50;

    private final RepositoryStore repositories;
    private final ReleaseStore releases;
    private final ScanRunStore runs;
    private final BlobCacheStore blobCaches;
    private final RepositoryPaths paths;
    private final RepositorySettings properties;

    private final Map<Long, ExecutorService> executors = new ConcurrentHashMap<>();
    private final Map<Long, Long> runningByRepository = new ConcurrentHashMap<>();
    private final Map<Long, LiveScan> scans = new ConcurrentHashMap<>();
    private final List<Consumer<ScanProgress>> listeners = new CopyOnWriteArrayList<>();

    public ScanService(RepositoryStore repositories, ReleaseStore releases, ScanRunStore runs,
                       BlobCacheStore blobCaches, RepositoryPaths paths, RepositorySettings properties) {
        this.repositories = repositories;
        this.releases = releases;
        this.runs = runs;
        this.blobCaches = blobCaches;
        this.paths = paths;
        this.properties = properties;
    }

    /** The repositories that can be scanned: configured, added by an editor, or imported. */
    public List<Repo> repositories() {
        return repositories.byOrigin(RepositoryStore.Origin.CONFIGURED, RepositoryStore.Origin.ADDED,
                RepositoryStore.Origin.IMPORTED);
    }

    /** Adds a repository an editor named; the path is checked ({@link RepositoryPaths}). */
    public Repo addRepository(String name, String path, boolean includeRc) {
        Path real = paths.check(path);
        String chosen = paths.name(name, real);
        if (repositories.byName(chosen).isPresent()) {
            throw new IllegalArgumentException("A repository named " + chosen + " exists already");
        }
        repositories.byPath(real.toString()).ifPresent(existing -> {
            throw new IllegalArgumentException(real + " is tracked already, as " + existing.name());
        });
        Repo repo = repositories.insert(chosen, real.toString(), includeRc, RepositoryStore.Origin.ADDED);
        log.info("Repository {} added at {}", repo.name(), repo.path());
        return repo;
    }

    /**
     * Starts a background scan of a repository.
     *
     * @return the scan id
     * @throws ScanAlreadyRunningException when that repository is being scanned
     * @throws NoSuchElementException      for an unknown repository id
     */
    public long startScan(long repositoryId) {
        Repo repo = repositories.byId(repositoryId)
                .orElseThrow(() -> new NoSuchElementException("No repository with id " + repositoryId));
        if (repositories.origin(repositoryId).orElse(null) == RepositoryStore.Origin.BUNDLED) {
            throw new IllegalArgumentException("The bundled dataset is not a repository on this machine and cannot "
                    + "be scanned; add your kernel clone as a repository instead");
        }
        LiveScan scan;
        synchronized (runningByRepository) {
            Long running = runningByRepository.get(repositoryId);
            if (running != null) {
                throw new ScanAlreadyRunningException(repo.name(), running);
            }
            long id = runs.start(repositoryId, ScanKind.SCAN, CountingRules.RULES_VERSION, null);
            scan = new LiveScan(id, repo.name());
            scans.put(id, scan);
            runningByRepository.put(repositoryId, id);
        }
        forgetOldScans();
        executors.computeIfAbsent(repositoryId, id -> Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "scan-" + repo.name());
            t.setDaemon(true);
            return t;
        })).execute(() -> run(scan, repo));
        notifyListeners(scan.snapshot());
        return scan.id;
    }

    public Optional<ScanProgress> progress(long scanId) {
        LiveScan live = scans.get(scanId);
        if (live != null) {
            return Optional.of(live.snapshot());
        }
        return runs.find(scanId).filter(run -> run.kind() == ScanKind.SCAN).map(ScanService::fromStore);
    }

    /** The newest scans, newest first. */
    public List<ScanProgress> recentScans(int limit) {
        return runs.recentScans(limit).stream()
                .map(run -> Optional.ofNullable(scans.get(run.id())).map(LiveScan::snapshot)
                        .orElseGet(() -> fromStore(run)))
                .toList();
    }

    /**
     * Called on progress and at the end of every scan, from the scan's thread.
     *
     * @return what removes the listener again
     */
    public Runnable addListener(Consumer<ScanProgress> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Waits until a scan is finished, for tests and scripts; its progress, or the progress so far on timeout. */
    public Optional<ScanProgress> await(long scanId, Duration timeout) throws InterruptedException {
        LiveScan live = scans.get(scanId);
        if (live != null) {
            live.done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        return progress(scanId);
    }

    /** At startup: close the books of scans a stopped process left running, sync and scan the configured ones. */
    @Override
    public void run(ApplicationArguments args) {
        int interrupted = runs.failInterrupted();
        if (interrupted > 0) {
            log.warn("{} scan(s) were interrupted when oxidometer last stopped; their completed releases are kept",
                    interrupted);
        }
        List<Repo> configured = syncConfigured();
        if (properties.scanOnStart()) {
            configured.forEach(this::startQuietly);
        }
    }

    /** Periodic rescan of the configured repositories ({@code oxidometer.rescan-cron}, off by default). */
    @Scheduled(cron = "${oxidometer.rescan-cron:-}")
    public void rescanConfigured() {
        syncConfigured().forEach(this::startQuietly);
    }

    private void startQuietly(Repo repo) {
        try {
            startScan(repo.id());
        } catch (ScanAlreadyRunningException e) {
            log.info("{}", e.getMessage());
        }
    }

    /** The configured repositories, stored (by name) with their configured path and options. */
    private List<Repo> syncConfigured() {
        List<Repo> configured = new ArrayList<>();
        for (ConfiguredRepository p : properties.repositories()) {
            if (p.path() == null) {
                log.warn("oxidometer.repositories entry {} has no path; ignored", p.displayName());
                continue;
            }
            String path = p.path().toAbsolutePath().normalize().toString();
            Optional<Repo> existing = repositories.byName(p.displayName());
            existing.ifPresent(r -> repositories.update(r.id(), path, p.includeRc(),
                    RepositoryStore.Origin.CONFIGURED));
            configured.add(existing.map(r -> new Repo(r.id(), r.name(), path, p.includeRc())).orElseGet(() ->
                    repositories.insert(p.displayName(), path, p.includeRc(), RepositoryStore.Origin.CONFIGURED)));
        }
        return configured;
    }

    private void run(LiveScan scan, Repo repo) {
        List<String> errors = scan.errors;
        try {
            Path path = Path.of(repo.path());
            if (!Files.isDirectory(path)) {
                throw new ScanException("The repository " + repo.name() + " is gone from " + repo.path()
                        + " (moved or deleted?). Its stored releases are kept; restore the clone or fix its path.");
            }
            BlobCache cache = blobCaches.open(CountingRules.RULES_VERSION);
            try (KernelScanner scanner = KernelScanner.open(path, cache)) {
                repositories.replaceTags(repo.id(), scanner.allTagNames());
                List<String> todo = tagsToScan(scanner, repo);
                scan.planned(todo.size());
                runs.progress(scan.id, todo.size(), 0);
                notifyListeners(scan.snapshot());
                if (!todo.isEmpty()) {
                    scanner.scanAll(new TagSelection(repo.includeRc(), null, todo), storing(scan, repo, scanner));
                }
            }
        } catch (ScanException e) {
            scan.error(e.getMessage());
        } catch (RuntimeException e) {
            log.error("Scan {} of {} failed", scan.id, repo.name(), e);
            scan.error("The scan stopped: " + e.getMessage());
        } finally {
            boolean succeeded = errors.isEmpty();
            try {
                runs.finish(scan.id, succeeded, succeeded ? null : String.join("\n", errors));
            } catch (RuntimeException e) {
                log.error("Could not record the end of scan {}", scan.id, e);
            }
            runningByRepository.remove(repo.id(), scan.id);
            scan.finish(succeeded);
            log.info("Scan {} of {} {} after {} tag(s){}", scan.id, repo.name(), ScanStatus.of(succeeded).key(),
                    scan.tagsStored, succeeded ? "" : ": " + String.join("; ", errors));
            notifyListeners(scan.snapshot());
            // after the listeners, so that whoever awaits the scan finds them told
            scan.done.countDown();
        }
    }

    /** Tags not stored yet, or stored under other counting rules, in version order. */
    private List<String> tagsToScan(KernelScanner scanner, Repo repo) {
        Map<String, String> stored = releases.storedRulesVersions(repo.id());
        return scanner.releaseTags(new TagSelection(repo.includeRc(), null, List.of())).stream()
                .map(ReleaseTag::name)
                .filter(tag -> !CountingRules.RULES_VERSION.equals(stored.get(tag)))
                .toList();
    }

    private ScanListener storing(LiveScan scan, Repo repo, KernelScanner scanner) {
        return new ScanListener() {
            private long lastNotified;

            @Override
            public void tagStarted(ReleaseTag tag, int index, int total) {
                scan.tagStarted(tag.name(), index, total);
                notifyListeners(scan.snapshot());
            }

            @Override
            public void filesDone(ReleaseTag tag, int done, int total) {
                scan.filesDone(done, total);
                long now = System.nanoTime();
                if (now - lastNotified >= NOTIFY_EVERY_NANOS || done == total) {
                    lastNotified = now;
                    notifyListeners(scan.snapshot());
                }
            }

            @Override
            public void tagFinished(ReleaseTag tag, ReleaseScan result, Duration elapsed, int cacheHits) {
                // a failure to store stops the whole scan: the scanner only catches ScanException
                releases.save(repo.id(), result, CountingRules.RULES_VERSION, scan.id);
                scan.tagStored();
                runs.progress(scan.id, scan.tagCount(), scan.tagsStored);
                log.info("Scan {}: stored {} ({} s, {} cached blobs)", scan.id, tag.name(), elapsed.toSeconds(),
                        cacheHits);
                notifyListeners(scan.snapshot());
            }

            @Override
            public void tagFailed(ReleaseTag tag, String message) {
                scan.error(message.startsWith(tag.name()) ? message : tag.name() + ": " + message);
                notifyListeners(scan.snapshot());
            }
        };
    }

    private void notifyListeners(ScanProgress progress) {
        for (Consumer<ScanProgress> listener : listeners) {
            try {
                listener.accept(progress);
            } catch (RuntimeException e) {
                log.warn("A scan progress listener failed", e);
            }
        }
    }

    private void forgetOldScans() {
        List<Long> finished = scans.values().stream().filter(s -> s.finished != null).map(s -> s.id).sorted()
                .toList();
        for (int i = 0; i < finished.size() - FINISHED_KEPT; i++) {
            scans.remove(finished.get(i));
        }
    }

    private static ScanProgress fromStore(ScanRunStore.ScanRun run) {
        List<String> errors = run.errorText() == null ? List.of() : Arrays.asList(run.errorText().split("\n"));
        Instant end = run.finished() != null ? run.finished() : Instant.now();
        return new ScanProgress(run.id(), run.repository(), run.status(), run.tagsDone(), run.tagCount(), null, 0, 0,
                Duration.between(run.started(), end), errors, run.started(), run.finished());
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        executors.values().forEach(ExecutorService::shutdownNow);
    }

    /** The state of a scan this process runs; written by the scan thread, read by anyone. */
    private static final class LiveScan {
        final long id;
        final String repository;
        final Instant started = Instant.now();
        final List<String> errors = new CopyOnWriteArrayList<>();
        final CountDownLatch done = new CountDownLatch(1);
        volatile int tagIndex;
        volatile int tagCount;
        volatile int tagsStored;
        volatile String currentTag;
        volatile int filesDone;
        volatile int filesTotal;
        volatile ScanStatus status = ScanStatus.RUNNING;
        volatile Instant finished;

        LiveScan(long id, String repository) {
            this.id = id;
            this.repository = repository;
        }

        void planned(int count) {
            tagCount = count;
        }

        int tagCount() {
            return tagCount;
        }

        void tagStarted(String tag, int index, int total) {
            currentTag = tag;
            tagIndex = index;
            tagCount = total;
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
