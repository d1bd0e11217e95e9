package dev.oxidometer.news;

/** A feed that could not be fetched or read; the message says why, in words fit for the user. */
public class FeedException extends Exception {

    public FeedException(String message) {
        super(message);
    }

    public FeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
