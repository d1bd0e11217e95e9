package dev.oxidometer.scan;

/** A scan that cannot go on; the message is written for the user and says what to do. */
public class ScanException extends RuntimeException {

    public ScanException(String message) {
        super(message);
    }

    public ScanException(String message, Throwable cause) {
        super(message, cause);
    }
}
