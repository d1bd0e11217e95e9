package dev.oxidometer.news;

/** A feed that could not be fetched or read; the message says why, in words fit for the user. */
public class FeedException extends Exception {

    private final boolean refused;

    public FeedException(String message) {
        this(message, false);
    }

    /** @param refused the URL itself is refused (invalid, not http(s), not a public address): the caller's fault */
    public FeedException(String message, boolean refused) {
        super(message);
        this.refused = refused;
    }

    public boolean refused() {
        return refused;
    }

    public FeedException(String message, Throwable cause) {
        super(message, cause);
        this.refused = false;
    }
}
