package dev.oxidometer.scan;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The result of scanning several tags: the releases that were scanned, and the tags that failed with why.
 *
 * @param failures tag name to a message for the user, in scan order
 */
public record ScanReport(String rulesVersion, String repository, Instant scannedAt, List<ReleaseScan> releases,
                         Map<String, String> failures) {
}
