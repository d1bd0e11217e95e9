package dev.oxidometer.scan;

import java.time.Duration;

/** Progress of a scan, for a command line's stderr or an application's progress bar. Called from the scan thread. */
public interface ScanListener {

    ScanListener NONE = new ScanListener() {
    };

    /** Tag {@code index} (1-based) of {@code total} starts. */
    default void tagStarted(ReleaseTag tag, int index, int total) {
    }

    /** Files read so far in the current tag, out of the files the rules look at. */
    default void filesDone(ReleaseTag tag, int done, int total) {
    }

    default void tagFinished(ReleaseTag tag, ReleaseScan scan, Duration elapsed, int cacheHits) {
    }

    /** The tag could not be scanned (a missing or corrupt object, say); the scan goes on with the next tag. */
    default void tagFailed(ReleaseTag tag, String message) {
    }
}
