package dev.oxidometer.release;

/**
 * When something happened, as far as the scanned releases tell: in {@code tag} (the first scanned release that shows
 * it) or in one of the releases after {@code afterTag} (the scanned release before) that were not scanned.
 * <p>
 * Only an {@code exact} range names one release ("landed in v6.8"); otherwise the wording says which releases it may
 * be ("landed between v6.2 and v6.12 (releases in between not scanned)"), or, for the first scanned release, that it
 * happened then or earlier ("landed at or before v6.1"). Built by {@link ReleaseGaps}; never hand-made from facts.
 *
 * @param tag            the first scanned release that shows it
 * @param afterTag       the scanned release before {@code tag}, or {@code null} when {@code tag} is the first
 * @param exact          no release is missing between {@code afterTag} and {@code tag}
 * @param lowestPossible the lowest release it may have happened in: {@code tag} when exact, the lowest release the
 *                       numbering allows after {@code afterTag} otherwise; {@code null} when nothing bounds it below
 *                       (the first scanned release, or a tag name that is no release number)
 */
public record ReleaseRange(String tag, String afterTag, boolean exact, String lowestPossible) {

    public static final String NOT_SCANNED = "(releases in between not scanned)";

    public ReleaseRange {
        if (tag == null) {
            throw new IllegalArgumentException("a range needs the release that shows it");
        }
        if (exact && afterTag == null) {
            throw new IllegalArgumentException("a range without a release before it cannot be exact");
        }
    }

    /** Whether {@code tag} is the first scanned release, so that the range is open towards the past. */
    public boolean openBefore() {
        return afterTag == null;
    }

    /**
     * The range as words after a verb: {@code in v6.8}, {@code between v6.2 and v6.12 (releases in between not
     * scanned)}, {@code at or before v6.1}, or {@code after v6.1, at or before v6.12 (releases in between not
     * scanned)} when the numbering does not tell the lowest release.
     */
    public String phrase() {
        if (exact) {
            return "in " + tag;
        }
        if (afterTag == null) {
            return "at or before " + tag;
        }
        if (lowestPossible == null) {
            return "after " + afterTag + ", at or before " + tag + " " + NOT_SCANNED;
        }
        if (lowestPossible.equals(tag)) {
            return "in " + tag + " or in a release between " + afterTag + " and it " + NOT_SCANNED;
        }
        return "between " + lowestPossible + " and " + tag + " " + NOT_SCANNED;
    }

    /** A whole statement: {@code describe("landed")} is "landed in v6.8" or "landed between v6.2 and v6.12 (…)". */
    public String describe(String verb) {
        return verb + " " + phrase();
    }

    /**
     * A short label for charts, tables and stamps: {@code v6.8}, {@code v6.2–v6.12}, {@code ≤ v6.1}, or
     * {@code v6.1 < … ≤ v6.12}. Where it is shown, the long wording ({@link #phrase}) must be one hover or one line
     * away.
     */
    public String label() {
        if (exact) {
            return tag;
        }
        if (afterTag == null) {
            return "≤ " + tag;
        }
        if (lowestPossible == null || lowestPossible.equals(tag)) {
            return afterTag + " < … ≤ " + tag;
        }
        return lowestPossible + "–" + tag;
    }
}
