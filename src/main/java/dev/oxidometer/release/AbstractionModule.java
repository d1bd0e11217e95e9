package dev.oxidometer.release;

import java.time.Instant;

/** A module of the kernel crate, with the release it first appears in and whether the newest release has it. */
public record AbstractionModule(String name, String firstTag, Instant firstDate, boolean present) {
}
