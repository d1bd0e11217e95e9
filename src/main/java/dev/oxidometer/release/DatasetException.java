package dev.oxidometer.release;

/** A dataset (scanner JSON or export) that cannot be read; the message says where and what is wrong. */
public class DatasetException extends IllegalArgumentException {

    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
