package dev.oxidometer.scan;

import java.util.Optional;

/**
 * The lexical rules of one language, as far as line counting needs them. {@link LineCounter} is one state machine
 * driven by this record, so a language is added as data, not as another counter.
 *
 * @param name                 shown in messages and tests
 * @param lineComment          starts a comment that runs to the end of the line
 * @param blockOpen            opens a block comment
 * @param blockClose           closes a block comment
 * @param nestedBlockComments  a block opener inside a block comment opens a deeper level (Rust), instead of being
 *                             comment text (C)
 * @param rawStrings           {@code r"…"} and {@code r#"…"#} with any number of {@code #}: no escapes inside
 * @param rawStringPrefixes    letters that may stand before the {@code r} of a raw string ({@code br"…"},
 *                             {@code cr"…"}); a plain {@code b"…"} or {@code c"…"} needs no rule, its quote is
 *                             an ordinary string quote
 * @param lifetimes            a quote followed by an identifier is a lifetime or label ({@code 'a}, {@code 'static}),
 *                             not a char literal; only {@code 'x'}, {@code '\…'} and {@code 'é'} are chars
 * @param lineSplicing         a backslash at the end of a line joins it to the next one (C translation phase 2): a
 *                             {@code //} comment or a string then continues; without it, strings may span lines
 *                             freely and char literals never do
 */
public record Syntax(String name, String lineComment, String blockOpen, String blockClose,
                     boolean nestedBlockComments, boolean rawStrings, String rawStringPrefixes,
                     boolean lifetimes, boolean lineSplicing) {

    public static final Syntax RUST = new Syntax("Rust", "//", "/*", "*/", true, true, "bc", true, false);

    /** C sources and C headers. */
    public static final Syntax C = new Syntax("C", "//", "/*", "*/", false, false, "", false, true);

    public Syntax {
        requireMarker(lineComment, "lineComment");
        requireMarker(blockOpen, "blockOpen");
        requireMarker(blockClose, "blockClose");
        if (rawStringPrefixes == null || !rawStringPrefixes.chars().allMatch(Syntax::isAsciiLetter)) {
            throw new IllegalArgumentException("rawStringPrefixes must be ASCII letters: " + rawStringPrefixes);
        }
    }

    /**
     * Whether Rust's doc-comment markers ({@code ///}, {@code //!}, {@code /**}, {@code /*!}) are told apart from
     * other comments: for Rust, the syntax with nested block comments and lifetimes.
     */
    public boolean rustDocComments() {
        return nestedBlockComments && lifetimes;
    }

        /** The syntax for a file name by its extension: {@code .rs} is Rust, {@code .c} and {@code .h} are C. */
    public static Optional<Syntax> forFileName(String fileName) {
        // Case matters: the kernel's rules name *.c and *.h, and .C is C++ elsewhere.
        if (fileName.endsWith(".rs")) {
            return Optional.of(RUST);
        }
        if (fileName.endsWith(".c") || fileName.endsWith(".h")) {
            return Optional.of(C);
        }
        return Optional.empty();
    }

    // The counter compares markers byte by byte against the input, so they must be non-empty single-byte text
    // that cannot be mistaken for whitespace or a line end.
    private static void requireMarker(String marker, String what) {
        if (marker == null || marker.isEmpty()
                || !marker.chars().allMatch(ch -> ch > ' ' && ch < 0x7F && ch != '"' && ch != '\'')) {
            throw new IllegalArgumentException(what + " must be printable ASCII without quotes: " + marker);
        }
    }

    private static boolean isAsciiLetter(int ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    }
}
