package dev.oxidometer.release;

/** A kernel repository that oxidometer scans. */
public record Repo(long id, String name, String path, boolean includeRc) {
}
