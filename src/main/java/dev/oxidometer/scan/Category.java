package dev.oxidometer.scan;

import java.util.Locale;

/** The category of a {@code .rs} file; {@link CountingRules#categoryOf(String)} decides which. */
public enum Category {
    VENDORED, ABSTRACTIONS, INFRASTRUCTURE, DRIVERS, SAMPLES, OTHER;

    /** The lower-case name used in metric keys and JSON ({@code rust.drivers.code}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Category fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
