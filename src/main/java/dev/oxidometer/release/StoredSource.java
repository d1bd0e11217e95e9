package dev.oxidometer.release;

import java.time.Instant;

/**
 * Where the stored releases of one repository came from: its newest successful scan here, load of the bundled
 * dataset, or import ({@code kind}); null run fields when no run is recorded (a database filled before runs were).
 *
 * @param loadedAt    when that scan or load finished here
 * @param countedAt   when the data was counted: the scan itself, or the dataset's own {@code scannedAt}
 * @param releases    how many releases (tags) are stored for it
 * @param firstTag    the oldest stored tag in version order
 * @param newestTag   the newest stored tag in version order
 */
public record StoredSource(String repository, ScanKind kind, String rulesVersion, Instant loadedAt,
                           Instant countedAt, int releases, String firstTag, String newestTag) {
}
