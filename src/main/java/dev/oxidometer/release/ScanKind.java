package dev.oxidometer.release;

import java.util.Locale;

/**
 * What a {@code scan_run} row records: a scan of a repository here, the load of the bundled dataset, or an import;
 * {@link #key()} is how the database spells it.
 */
public enum ScanKind {
    SCAN, BUNDLED, IMPORT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ScanKind fromKey(String key) {
        for (ScanKind kind : values()) {
            if (kind.key().equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown scan kind: " + key);
    }
}
