package dev.oxidometer.news;

import java.util.Locale;

/** What the scanned tree says of a claim. */
public enum Verdict {
    /** The scanned releases show it. */
    SUPPORTED,
    /** The scanned releases show otherwise. */
    CONTRADICTED,
    /** Nothing scanned can decide it (a release not scanned, a fact not counted, no rule for it); the evidence says why. */
    UNVERIFIABLE;

    /** {@code supported}, {@code contradicted}, {@code unverifiable}: the API's words. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
