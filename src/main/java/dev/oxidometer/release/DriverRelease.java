package dev.oxidometer.release;

import java.time.Instant;

/** A driver in one release. */
public record DriverRelease(String tag, Instant date, String path, int files, long lines) {
}
