package dev.oxidometer.release;

import java.time.Instant;
import java.util.List;

/**
 * A Rust driver across the release timeline.
 *
 * @param path            the declaring file at the newest release it appears in
 * @param subsystem       the directory below {@code drivers/} ({@code net}, {@code block}, ...)
 * @param linesPerRelease lines per release of the timeline, oldest first, 0 where the driver is absent
 */
public record DriverSummary(String name, String path, String subsystem, String landedTag, Instant landedDate,
                            String lastTag, int files, long lines, List<Long> linesPerRelease) {
}
