package dev.oxidometer.release;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.oxidometer.scan.CountingRules;

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

    /** What the UI says of numbers counted under these rules: empty under this build's own rules. */
    public Optional<String> olderRulesNote() {
        return olderRulesNote(rulesVersion);
    }

    /**
     * A sentence saying that numbers were counted under other counting rules than this build's
     * ({@link CountingRules#RULES_VERSION}): the metrics a newer version added are missing from them and the ones it
     * changed may differ, until the repository is rescanned (a dataset import keeps the rules it was counted with).
     */
    public static Optional<String> olderRulesNote(String rulesVersion) {
        if (rulesVersion == null || rulesVersion.equals(CountingRules.RULES_VERSION)) {
            return Optional.empty();
        }
        return Optional.of("Counted under counting rules version " + rulesVersion + ", not this build's version "
                + CountingRules.RULES_VERSION + " (see How we count): metrics the newer rules add are missing and"
                + " those they change may differ until the repository is rescanned.");
    }
}
