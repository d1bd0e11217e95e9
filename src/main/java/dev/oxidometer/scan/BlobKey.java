package dev.oxidometer.scan;

/** A blob read as one kind: the key of the counts cache (the rules version is the cache's own). */
public record BlobKey(String blobId, FileKind kind) {
}
