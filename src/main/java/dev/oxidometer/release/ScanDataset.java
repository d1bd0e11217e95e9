package dev.oxidometer.release;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.oxidometer.scan.ReleaseScan;

/**
 * The scanner's JSON output (contracts section 2) as data: what {@code scan --json} writes, what the bundled dataset
 * holds and what an import brings.
 *
 * @param scannedAt null when the file does not say
 */
public record ScanDataset(String rulesVersion, String repository, Instant scannedAt, List<Release> releases,
                          Map<String, String> failures) {

    /** A release with its note (the first line of the annotated tag message, or null). */
    public record Release(ReleaseScan scan, String note) {
    }
}
