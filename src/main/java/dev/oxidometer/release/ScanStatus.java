package dev.oxidometer.release;

import java.util.Locale;

/** Where a scan or dataset load stands; {@link #key()} is how the database and the API spell it. */
public enum ScanStatus {
    RUNNING, SUCCEEDED, FAILED;

    /** {@code running}, {@code succeeded} or {@code failed}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ScanStatus of(boolean succeeded) {
        return succeeded ? SUCCEEDED : FAILED;
    }

    /** The status a key names; IllegalArgumentException for anything else. */
    public static ScanStatus fromKey(String key) {
        for (ScanStatus status : values()) {
            if (status.key().equals(key)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown scan status: " + key);
    }
}
