package dev.oxidometer.scan;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The immutable result of scanning one release tag (or one plain directory snapshot).
 *
 * @param note    the first line of the tag's annotation ({@link ReleaseTag#note}), or {@code null}
 * @param metrics metric key to value: {@link Number} for counts and fractions, {@link String} or {@code null}
 *                for text metrics such as {@code rustc.min}; iteration order is the published key order
 */
public record ReleaseScan(String tag, String commit, Instant date, boolean rc, String note,
                          Map<String, Object> metrics,
                          List<Driver> drivers, List<String> abstractions, List<RustFile> files) {
}
