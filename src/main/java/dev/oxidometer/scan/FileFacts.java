package dev.oxidometer.scan;

/** What a tree's file holds: its blob id and the facts the rules read from it. */
record FileFacts(TreeFile file, String blobId, BlobFacts facts) {
}
