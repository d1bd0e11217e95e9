package dev.oxidometer.release;

import java.time.Instant;
import java.util.Map;

/** A stored release with its metrics; {@code metrics} iterates in the scanner's published key order. */
public record ReleaseSummary(String tag, String commit, Instant date, boolean rc, String rulesVersion,
                             Map<String, Object> metrics) {
}
