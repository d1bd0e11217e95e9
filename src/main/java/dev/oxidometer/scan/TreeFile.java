package dev.oxidometer.scan;

/**
 * A regular file of a kernel tree that the rules read.
 *
 * @param blobId the git blob id, or {@code null} where it is only known once the file is read (a plain directory)
 * @param kind   how the rules read it, or {@code null} for a file read whole ({@link CountingRules#WHOLE_FILES})
 * @param key    its key in the blob cache, made once with the file (a tree's walk shares the files of the tags
 *               before, so most keys are made once a scan), or {@code null} without a kind
 */
record TreeFile(String path, String blobId, FileKind kind, BlobKey key) {

    TreeFile(String path, String blobId, FileKind kind) {
        this(path, blobId, kind, kind == null ? null : new BlobKey(blobId, kind));
    }
}
