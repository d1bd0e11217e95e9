package dev.oxidometer.release;

/** A scan was requested for a repository that is being scanned; the running scan's id is kept for the caller. */
public class ScanAlreadyRunningException extends RuntimeException {

    private final long runningScanId;

    public ScanAlreadyRunningException(String repository, long runningScanId) {
        super("A scan of " + repository + " is already running (scan " + runningScanId + ")");
        this.runningScanId = runningScanId;
    }

    public long runningScanId() {
        return runningScanId;
    }
}
