package dev.oxidometer.scan;

/**
 * Lines of one file or of many, as cloc and tokei define them: every line is exactly one of
 * blank, comment or code, so {@code lines == code + comments + blanks}.
 */
public record LineCounts(long lines, long code, long comments, long blanks) {

    public static final LineCounts ZERO = new LineCounts(0, 0, 0, 0);

    public LineCounts plus(LineCounts other) {
        return new LineCounts(lines + other.lines, code + other.code,
                comments + other.comments, blanks + other.blanks);
    }
}
