package dev.oxidometer.release;

import java.time.Instant;

/**
 * A module of the kernel crate, with when it first appears as a range: after {@code firstAfterTag} (the scanned
 * release before; {@code null} when {@code firstTag} is the first scanned release), at or before {@code firstTag},
 * exactly in it when {@code firstExact}; and whether the newest release has it.
 */
public record AbstractionModule(String name, String firstTag, Instant firstDate, boolean present,
                                String firstAfterTag, boolean firstExact) {

    /** A module with no range known. */
    public AbstractionModule(String name, String firstTag, Instant firstDate, boolean present) {
        this(name, firstTag, firstDate, present, null, false);
    }

    public ReleaseRange first(ReleaseGaps gaps) {
        return gaps.between(firstAfterTag, firstTag);
    }
}
