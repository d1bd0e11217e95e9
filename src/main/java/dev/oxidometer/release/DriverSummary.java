package dev.oxidometer.release;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.oxidometer.scan.Driver;

/**
 * Rust under {@code drivers/} across the release timeline: a module or a library ({@link Driver}), with when it was
 * first and last seen as ranges ({@link ReleaseRange}): it landed after {@code landedAfterTag}, at or before
 * {@code landedTag} (in it exactly when {@code landedExact}); it was removed after {@code removedAfterTag} (the last
 * scanned release that has it), at or before {@code removedTag}.
 *
 * @param path            the declaring file at the newest release it appears in
 * @param subsystem       the directory below {@code drivers/} ({@code net}, {@code block}, ...)
 * @param landedTag       the first scanned release that has it
 * @param lastTag         the last scanned release that has it
 * @param files           the files of its module tree in {@code lastTag}
 * @param lines           their lines
 * @param linesPerRelease lines per release of the timeline, oldest first, 0 where the driver is absent
 * @param kind            {@code module} or {@code library}
 * @param landedAfterTag  the scanned release before {@code landedTag}; {@code null} when that is the first scanned
 * @param landedExact     no release is missing between {@code landedAfterTag} and {@code landedTag}
 * @param removedTag      the first scanned release after {@code lastTag}, which no longer has it; {@code null} while
 *                        the newest release has it
 * @param removedAfterTag {@code lastTag} for a driver that is gone, else {@code null}
 * @param removedExact    no release is missing between the two
 * @param code            code lines of its files in {@code lastTag}; {@code null} when stored under rules version 1
 */
public record DriverSummary(String name, String path, String subsystem, String landedTag, Instant landedDate,
                            String lastTag, int files, long lines, List<Long> linesPerRelease, String kind,
                            String landedAfterTag, boolean landedExact, String removedTag, String removedAfterTag,
                            boolean removedExact, Long code) {

    /** A module with no range known, for callers that only have the first release. */
    public DriverSummary(String name, String path, String subsystem, String landedTag, Instant landedDate,
                         String lastTag, int files, long lines, List<Long> linesPerRelease) {
        this(name, path, subsystem, landedTag, landedDate, lastTag, files, lines, linesPerRelease, Driver.MODULE,
                null, false, null, null, false, null);
    }

    /** When it landed, as a range: {@code landed().describe("landed")}. */
    public ReleaseRange landed(ReleaseGaps gaps) {
        return gaps.between(landedAfterTag, landedTag);
    }

    /** When it was removed, for a driver the newest release no longer has. */
    public Optional<ReleaseRange> removed(ReleaseGaps gaps) {
        return removedTag == null ? Optional.empty() : Optional.of(gaps.between(removedAfterTag, removedTag));
    }

    public boolean isLibrary() {
        return Driver.LIBRARY.equals(kind);
    }
}
