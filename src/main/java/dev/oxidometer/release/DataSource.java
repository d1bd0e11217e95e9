package dev.oxidometer.release;

import java.time.Instant;
import java.util.List;

/**
 * Where the shown numbers come from, so that they can be cited.
 *
 * @param repository the scanned repository's display name (its configured name, "bundled dataset" for the
 *                   dataset shipped with oxidometer), never a path of the machine that scanned it
 * @param scannedAt  when the scan that produced the data ran
 * @param trees      one line per stored release: the tag and, when there is one, its note
 * @param bundled    the data is the dataset shipped with oxidometer, not a scan made here
 */
public record DataSource(String repository, String rulesVersion, Instant scannedAt, List<String> trees,
                         boolean bundled) {
}
