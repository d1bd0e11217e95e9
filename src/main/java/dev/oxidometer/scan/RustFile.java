package dev.oxidometer.scan;

/** One {@code .rs} file of a release, for drill-down and diffs. */
public record RustFile(String path, Category category, String blobId, LineCounts counts) {
}
