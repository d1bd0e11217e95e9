package dev.oxidometer.scan;

/**
 * Lines of one file or of many, as cloc and tokei define them: every line is exactly one of
 * blank, comment or code, so {@code lines == code + comments + blanks}.
 *
 * @param docComments the comment lines that are doc comments only ({@code ///}, {@code //!}, {@code /** *\/},
 *                    {@code /*! *\/}): a subset of {@code comments}, counted for Rust; 0 for other languages
 */
public record LineCounts(long lines, long code, long comments, long blanks, long docComments) {

    public static final LineCounts ZERO = new LineCounts(0, 0, 0, 0, 0);

    /** Counts without doc comments told apart (C, or counts stored before they were). */
    public LineCounts(long lines, long code, long comments, long blanks) {
        this(lines, code, comments, blanks, 0);
    }

    public LineCounts plus(LineCounts other) {
        return new LineCounts(lines + other.lines, code + other.code,
                comments + other.comments, blanks + other.blanks, docComments + other.docComments);
    }

    /** The same counts with the doc-comment lines given. */
    public LineCounts withDocComments(long docCommentLines) {
        return new LineCounts(lines, code, comments, blanks, docCommentLines);
    }
}
