package dev.oxidometer.scan;

/** How the bytes of a blob are read: the same blob id can be read as more than one kind. */
public enum FileKind {
    /** {@code .rs}: lines, unsafe blocks, SAFETY comments, module macro. */
    RUST,
    /** {@code .c} and {@code .h}: lines. */
    C,
    /** {@code Kconfig*}: Rust config symbols and dependencies. */
    KCONFIG,
    /** Documentation: lines, and whether it mentions Rust as a word. */
    DOC
}
