package dev.oxidometer.release;

/** A driver that differs between two releases; {@code change} is landed, left, moved or changed. */
public record DriverChange(String name, String change, String pathBefore, String pathAfter, long linesBefore,
                           long linesAfter) {
}
