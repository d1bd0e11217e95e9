package dev.oxidometer.news;

import java.time.Instant;
import java.util.List;

/**
 * Whether a component an article names is in the scanned trees.
 *
 * @param sinceTag   the first scanned release holding Rust code under {@code path}; null when none does
 * @param lastTag    the last scanned release holding it (the newest when still present)
 * @param files      the matching {@code .rs} files in {@code sinceTag}
 * @param message    the finding in one sentence, for readers, with the range wording of {@link
 *                   dev.oxidometer.release.ReleaseRange}: "in tree since v6.18" only when the release before is
 *                   scanned too
 * @param sinceAfterTag the scanned release before {@code sinceTag}, or null when it is the first scanned
 * @param sinceExact    no release is missing between the two
 */
public record ClaimCheck(String alias, String path, boolean found, String sinceTag, Instant sinceDate,
                         String lastTag, boolean presentInNewest, List<String> files, String message,
                         String sinceAfterTag, boolean sinceExact) {

    /** A finding without a range (nothing found, or no release before {@code sinceTag} is known). */
    public ClaimCheck(String alias, String path, boolean found, String sinceTag, Instant sinceDate, String lastTag,
                      boolean presentInNewest, List<String> files, String message) {
        this(alias, path, found, sinceTag, sinceDate, lastTag, presentInNewest, files, message, null, false);
    }
}
