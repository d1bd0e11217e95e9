package dev.oxidometer.release;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A snapshot of a scan, running or finished.
 *
 * @param status   running, succeeded or failed ({@link ScanStatus#key()}; the API's spelling)
 * @param tagIndex the 1-based index of the current tag among the {@code tagCount} tags this scan does
 * @param finished null while running
 */
public record ScanProgress(long scanId, String repository, String status, int tagIndex, int tagCount,
                           String currentTag, int filesDone, int filesTotal, Duration elapsed, List<String> errors,
                           Instant started, Instant finished) {

    /** A snapshot with the status as an enum. */
    public ScanProgress(long scanId, String repository, ScanStatus status, int tagIndex, int tagCount,
                        String currentTag, int filesDone, int filesTotal, Duration elapsed, List<String> errors,
                        Instant started, Instant finished) {
        this(scanId, repository, status.key(), tagIndex, tagCount, currentTag, filesDone, filesTotal, elapsed, errors,
                started, finished);
    }

    /** The status as an enum. */
    public ScanStatus state() {
        return ScanStatus.fromKey(status);
    }

    public boolean running() {
        return ScanStatus.RUNNING.key().equals(status);
    }
}
