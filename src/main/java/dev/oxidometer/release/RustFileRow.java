package dev.oxidometer.release;

/** One {@code .rs} file of a stored release. */
public record RustFileRow(String path, String category, String blobId, long lines, long code) {
}
