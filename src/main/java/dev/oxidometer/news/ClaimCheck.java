package dev.oxidometer.news;

import java.time.Instant;
import java.util.List;

/**
 * Whether a component an article names is in the scanned trees.
 *
 * @param sinceTag   the first scanned release holding Rust code under {@code path}; null when none does
 * @param lastTag    the last scanned release holding it (the newest when still present)
 * @param files      the matching {@code .rs} files in {@code sinceTag}
 * @param message    the finding in one sentence, for readers
 */
public record ClaimCheck(String alias, String path, boolean found, String sinceTag, Instant sinceDate,
                         String lastTag, boolean presentInNewest, List<String> files, String message) {
}
