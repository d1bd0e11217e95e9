package dev.oxidometer.scan;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The result of scanning several tags, and the scanner's JSON as data (contracts section 2): what {@code scan --json}
 * writes ({@link ScanJson}), what the bundled dataset holds, what an import brings and what an export writes.
 *
 * @param scannedAt {@code null} when a document read back does not say
 * @param releases  the releases that were scanned, each with its tag note
 * @param failures  tag name to a message for the user, in scan order: the tags that failed, with why
 */
public record ScanReport(String rulesVersion, String repository, Instant scannedAt, List<ReleaseScan> releases,
                         Map<String, String> failures) {
}
