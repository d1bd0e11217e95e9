package dev.oxidometer.release;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A snapshot of a scan, running or finished.
 *
 * @param status   running, succeeded or failed (the API spells it {@link ScanStatus#key()})
 * @param tagIndex the 1-based index of the current tag among the {@code tagCount} tags this scan does
 * @param finished null while running
 */
public record ScanProgress(long scanId, String repository, ScanStatus status, int tagIndex, int tagCount,
                           String currentTag, int filesDone, int filesTotal, Duration elapsed, List<String> errors,
                           Instant started, Instant finished) {

    public boolean running() {
        return status == ScanStatus.RUNNING;
    }
}
