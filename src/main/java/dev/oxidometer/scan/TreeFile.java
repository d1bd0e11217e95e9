package dev.oxidometer.scan;

/**
 * A regular file of a kernel tree that the rules read.
 *
 * @param blobId the git blob id, or {@code null} where it is only known once the file is read (a plain directory)
 */
record TreeFile(String path, String blobId, FileKind kind) {
}
