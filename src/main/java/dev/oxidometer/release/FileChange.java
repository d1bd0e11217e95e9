package dev.oxidometer.release;

/** A {@code .rs} file that differs between two releases; {@code change} is added, removed or changed. */
public record FileChange(String path, String category, String change, long linesBefore, long linesAfter,
                         long codeBefore, long codeAfter) {
}
