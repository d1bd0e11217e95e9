package dev.oxidometer.release;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Scan progress for whoever shows it. The scans this instance runs report to it directly ({@link #publish}); the
 * scans other instances of a cluster run are read from the database, where every scan stores its progress, on a
 * short poll ({@code oxidometer.scan-progress-poll}, 1 s): so every instance pushes every scan to its browsers, with
 * no coupling to the instance that scans.
 */
@Service
public class ScanProgressBus {

    private static final Logger log = LoggerFactory.getLogger(ScanProgressBus.class);

    /** Scans that finished this long before a poll are still reported by it, so that a slow poll misses no end. */
    private static final Duration OVERLAP = Duration.ofSeconds(5);

    private final ScanRunStore runs;
    private final List<Consumer<ScanProgress>> listeners = new CopyOnWriteArrayList<>();
    /** The scans this instance runs, by id: their snapshots are live, with the files of the current tag. */
    private final Map<Long, Live> local = new ConcurrentHashMap<>();
    /** What the poll last reported per scan, to report changes only, and never a running state after the end. */
    private final Map<Long, ScanProgress> polled = new HashMap<>();
    private Instant lastPoll = Instant.now();

    public ScanProgressBus(ScanRunStore runs) {
        this.runs = runs;
    }

    /** A scan this instance runs, seen through its snapshots. */
    interface Live {
        ScanProgress snapshot();
    }

    /**
     * Called on progress and at the end of every scan: from the thread of a scan this instance runs, from the
     * poll for the others.
     *
     * @return what removes the listener again
     */
    public Runnable addListener(Consumer<ScanProgress> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The live snapshot of a scan this instance runs. */
    Optional<ScanProgress> local(long scanId) {
        return Optional.ofNullable(local.get(scanId)).map(Live::snapshot);
    }

    void started(long scanId, Live scan) {
        local.put(scanId, scan);
    }

    /** The end of a scan this instance ran: reported, and from now on read from the database. */
    void finished(long scanId, ScanProgress last) {
        synchronized (polled) {
            polled.put(scanId, last);
            local.remove(scanId);
        }
        publish(last);
    }

    /** Tells every listener of this instance. */
    void publish(ScanProgress progress) {
        for (Consumer<ScanProgress> listener : listeners) {
            try {
                listener.accept(progress);
            } catch (RuntimeException e) {
                log.warn("A scan progress listener failed", e);
            }
        }
    }

    /** Reads the scans other instances run (or just finished) from the database and reports what changed. */
    @Scheduled(fixedDelayString = "${oxidometer.scan-progress-poll:1s}", initialDelayString = "${oxidometer.scan-progress-poll:1s}")
    public void poll() {
        if (listeners.isEmpty()) {
            lastPoll = Instant.now();
            return;
        }
        Instant now = Instant.now();
        List<ScanRunStore.ScanRun> active;
        try {
            active = runs.activeOrChangedSince(lastPoll.minus(OVERLAP));
        } catch (RuntimeException e) {
            log.warn("Could not read scan progress: {}", e.getMessage());
            return;
        }
        lastPoll = now;
        for (ScanRunStore.ScanRun run : active) {
            ScanProgress progress = fromStore(run);
            boolean changed;
            synchronized (polled) {
                ScanProgress before = polled.get(run.id());
                changed = !local.containsKey(run.id()) && !(before != null && !before.running())
                        && !sameState(before, progress);
                if (changed) {
                    polled.put(run.id(), progress);
                }
                if (polled.size() > 1000) {
                    polled.keySet().retainAll(Set.copyOf(active.stream().map(ScanRunStore.ScanRun::id).toList()));
                }
            }
            if (changed) {
                publish(progress);
            }
        }
    }

    private static boolean sameState(ScanProgress a, ScanProgress b) {
        return a != null && a.status().equals(b.status()) && a.tagIndex() == b.tagIndex()
                && a.tagCount() == b.tagCount() && Objects.equals(a.currentTag(), b.currentTag())
                && a.filesDone() == b.filesDone() && a.filesTotal() == b.filesTotal() && a.errors().equals(b.errors());
    }

    /** A stored scan as progress; running scans show what their instance last stored. */
    static ScanProgress fromStore(ScanRunStore.ScanRun run) {
        List<String> errors = run.errorText() == null ? List.of() : Arrays.asList(run.errorText().split("\n"));
        Instant end = run.finished() != null ? run.finished() : Instant.now();
        boolean running = run.status() == ScanStatus.RUNNING;
        ScanRunStore.Progress p = run.progress();
        return new ScanProgress(run.id(), run.repository(), run.status(), running ? p.tagIndex() : run.tagsDone(),
                run.tagCount(), running ? p.currentTag() : null, running ? p.filesDone() : 0,
                running ? p.filesTotal() : 0, Duration.between(run.started(), end), errors, run.started(),
                run.finished());
    }
}
