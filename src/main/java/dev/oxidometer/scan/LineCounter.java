package dev.oxidometer.scan;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * Counts the lines of one file as cloc and tokei define them: a line is blank when it holds only whitespace (also
 * inside a block comment or a multi-line string), comment when it holds only comment text and whitespace, and code
 * otherwise (code followed by a comment is code; a line inside or closing a multi-line string is code).
 *
 * <p>One state machine for every language, driven by a {@link Syntax}. It reads bytes, not characters: the
 * markers that matter are ASCII, so UTF-8 needs no decoding, and binary data, invalid UTF-8 and NUL bytes are just
 * more non-whitespace. The scanner runs it over gigabytes of kernel C, hence one pass, no allocation per line and a
 * tight inner loop per state; what a line turns out to be is kept in two flags beside the state.
 *
 * <p>Once a line's outcome is known to be code (or comment), the rest of its ordinary bytes cannot change it, so the
 * loops then skip them eight at a time: a word of eight bytes is tested at once for any byte that matters in that
 * state ({@code '\n'}, a quote, a marker's first byte; see {@link #anyOf}). {@code countPlain} is the same machine
 * without that shortcut, which the tests hold it to.
 */
public final class LineCounter {

    // Where the machine is inside the text. A line's outcome is kept apart, in hasCode/hasComment.
    private static final int CODE = 0;
    private static final int LINE_COMMENT = 1;
    private static final int BLOCK_COMMENT = 2; // with depth, for nesting block comments
    private static final int STRING = 3;        // also byte strings and C strings: escapes, closed by '"'
    private static final int RAW_STRING = 4;    // with hashes: no escapes, closed by '"' and that many '#'
    private static final int CHAR = 5;          // char or byte literal: escapes, closed by '\''

    // What a byte means in CODE. Everything that may begin a token of interest is SPECIAL, so that the hot loop
    // over ordinary code only tells whitespace from the rest.
    private static final byte WHITESPACE = 0;
    private static final byte PLAIN = 1;
    private static final byte SPECIAL = 2;
    private static final byte RAW_LETTER = 3; // 'r', or a letter that may stand before it ('b' of br"…")

    // Eight bytes at a time, little-endian: the byte at the lowest address is the lowest byte of the word.
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LOWS = ~HIGHS;
    private static final long NEWLINES = ONES * '\n';
    private static final long QUOTES = ONES * '"';
    private static final long APOSTROPHES = ONES * '\'';
    private static final long SLASHES = ONES * '/';
    private static final long STARS = ONES * '*';
    private static final long BACKSLASHES = ONES * '\\';
    private static final long SPACES = ONES * ' ';
    private static final long TABS = ONES * '\t';

    private static final Tables RUST_TABLES = new Tables(Syntax.RUST);
    private static final Tables C_TABLES = new Tables(Syntax.C);

    private LineCounter() {
    }

    public static LineCounts count(byte[] data, Syntax syntax) {
        return count(data, 0, data.length, syntax);
    }

    /** Counts {@code data[offset .. offset+length)}; the bytes are read only, never kept. */
    public static LineCounts count(byte[] data, int offset, int length, Syntax syntax) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(syntax, "syntax");
        Objects.checkFromIndexSize(offset, length, data.length);
        if (syntax == Syntax.C) {
            return runC(data, offset, offset + length);
        }
        return run(tablesFor(syntax), data, offset, offset + length, true);
    }

    /** {@link #count} byte by byte, without skipping words: what the faster path must always agree with. */
    static LineCounts countPlain(byte[] data, Syntax syntax) {
        return run(tablesFor(syntax), data, 0, data.length, false);
    }

    /** The table-driven machine with its word skipping, for any syntax: what {@link #count} runs except for C. */
    static LineCounts countGeneric(byte[] data, Syntax syntax) {
        return run(tablesFor(syntax), data, 0, data.length, true);
    }

    private static Tables tablesFor(Syntax syntax) {
        if (syntax == Syntax.RUST) {
            return RUST_TABLES;
        }
        if (syntax == Syntax.C) {
            return C_TABLES;
        }
        return new Tables(syntax);
    }

    private static LineCounts run(Tables t, byte[] d, int from, int end, boolean words) {
        final byte[] classes = t.classes;
        final byte[] lineComment = t.lineComment;
        final byte[] blockOpen = t.blockOpen;
        final byte[] blockClose = t.blockClose;
        final int lineComment0 = lineComment[0];
        final int blockOpen0 = blockOpen[0];
        final int blockClose0 = blockClose[0];
        final int blockClose1 = blockClose.length > 1 ? blockClose[1] : -1;
        final boolean nested = t.syntax.nestedBlockComments();
        final boolean lifetimes = t.syntax.lifetimes();
        final boolean splicing = t.syntax.lineSplicing();
        final boolean docs = t.syntax.rustDocComments();
        // The bytes that end a run of ordinary code (when there are at most four of them), of a comment's text
        final boolean codeWords = words && t.codeStops != null;
        final long codeStop0 = codeWords ? t.codeStops[0] : 0;
        final long codeStop1 = codeWords ? t.codeStops[1] : 0;
        final long codeStop2 = codeWords ? t.codeStops[2] : 0;
        final long codeStop3 = codeWords ? t.codeStops[3] : 0;
        final long closes = ONES * blockClose0;
        final long opens = ONES * blockOpen0;

        long code = 0;
        long comments = 0;
        long blanks = 0;
        long docLines = 0;
        int state = CODE;
        int depth = 0;
        int hashes = 0;
        boolean hasCode = false;
        boolean hasComment = false;
        boolean spliced = false; // a string's escape backslash stood right before the line end
        // Doc comments (Rust): whether the line holds doc-comment text, other comment text, and whether the block
        // comment being read opened as a doc comment.
        boolean hasDoc = false;
        boolean hasPlain = false;
        boolean docBlock = false;
        int i = from;

        while (i < end) {
            switch (state) {
                case CODE -> {
                    int c = '\n';
                    int kind = SPECIAL;
                    int plain = 0; // WHITESPACE is 0 and PLAIN 1: or-ing the kinds needs no branch
                    while (i < end) {
                        if (codeWords && (hasCode || plain != 0) && end - i >= 8) {
                            // the line is code already: jump to the next byte that may start a token of interest
                            i = skipWords(d, i, end, codeStop0, codeStop1, codeStop2, codeStop3);
                            if (i >= end) {
                                break;
                            }
                        }
                        c = d[i] & 0xFF;
                        kind = classes[c];
                        if (kind >= SPECIAL) {
                            break;
                        }
                        plain |= kind;
                        i++;
                    }
                    if (plain != 0) {
                        hasCode = true;
                    }
                    if (i >= end || c == '\n') {
                        break;
                    }
                    if (c == lineComment0 && startsWith(d, i, end, lineComment)) {
                        hasComment = true;
                        state = LINE_COMMENT;
                        i += lineComment.length;
                        if (docs && isDocMarker(d, i, end, '/')) {
                            hasDoc = true;
                        } else {
                            hasPlain = true;
                        }
                    } else if (c == blockOpen0 && startsWith(d, i, end, blockOpen)) {
                        hasComment = true;
                        state = BLOCK_COMMENT;
                        depth = 1;
                        i += blockOpen.length;
                        docBlock = docs && isDocMarker(d, i, end, '*');
                    } else if (c == '"') {
                        hasCode = true;
                        state = STRING;
                        i++;
                    } else if (c == '\'') {
                        hasCode = true;
                        if (!lifetimes || isCharLiteral(d, i, end)) {
                            state = CHAR;
                        }
                        i++;
                    } else {
                        hasCode = true;
                        int h = kind == RAW_LETTER ? rawStringHashes(d, i, from, end, classes) : -1;
                        if (h >= 0) {
                            state = RAW_STRING;
                            hashes = h;
                            i += (c == 'r' ? 1 : 2) + h + 1;
                        } else {
                            i++;
                        }
                    }
                }
                case LINE_COMMENT -> {
                    int text = 0; // any non-zero class is non-whitespace
                    while (i < end) {
                        if (words && (hasComment || text != 0) && end - i >= 8) {
                            i = skipWords(d, i, end, NEWLINES, NEWLINES, NEWLINES, NEWLINES);
                            if (i >= end) {
                                break;
                            }
                        }
                        int c = d[i] & 0xFF;
                        if (c == '\n') {
                            break;
                        }
                        text |= classes[c];
                        i++;
                    }
                    if (text != 0) {
                        hasComment = true;
                    }
                }
                case BLOCK_COMMENT -> {
                    if (docBlock) {
                        hasDoc = true;
                    } else {
                        hasPlain = true;
                    }
                    int text = 0;
                    while (i < end) {
                        if (words && (hasComment || text != 0) && end - i >= 8) {
                            i = skipWords(d, i, end, NEWLINES, closes, nested ? opens : closes, NEWLINES);
                            if (i >= end) {
                                break;
                            }
                        }
                        int c = d[i] & 0xFF;
                        if (c == '\n') {
                            break;
                        }
                        if (c == blockClose0 && (blockClose.length == 2 ? i + 1 < end && d[i + 1] == blockClose1
                                : startsWith(d, i, end, blockClose))) {
                            hasComment = true;
                            i += blockClose.length;
                            if (--depth == 0) {
                                state = CODE;
                                break;
                            }
                        } else if (nested && c == blockOpen0 && startsWith(d, i, end, blockOpen)) {
                            hasComment = true;
                            depth++;
                            i += blockOpen.length;
                        } else {
                            text |= classes[c];
                            i++;
                        }
                    }
                    if (text != 0) {
                        hasComment = true;
                    }
                }
                case STRING, CHAR -> {
                    int quote = state == STRING ? '"' : '\'';
                    while (i < end) {
                        int c = d[i] & 0xFF;
                        if (c == '\n') {
                            break;
                        }
                        if (c == quote) {
                            hasCode = true;
                            state = CODE;
                            i++;
                            break;
                        }
                        if (c == '\\') {
                            hasCode = true;
                            if (i + 1 < end && (d[i + 1] == '\n' || d[i + 1] == '\r')) {
                                spliced = true; // leave the line end to the line-end logic below
                                i++;
                            } else {
                                i += 2;
                            }
                            continue;
                        }
                        if (classes[c] != WHITESPACE) {
                            hasCode = true;
                        }
                        i++;
                    }
                }
                case RAW_STRING -> {
                    while (i < end) {
                        int c = d[i] & 0xFF;
                        if (c == '\n') {
                            break;
                        }
                        if (c == '"' && closesRawString(d, i + 1, end, hashes)) {
                            hasCode = true;
                            state = CODE;
                            i += 1 + hashes;
                            break;
                        }
                        if (classes[c] != WHITESPACE) {
                            hasCode = true;
                        }
                        i++;
                    }
                }
                default -> throw new IllegalStateException("unknown state " + state);
            }

            if (i < end && d[i] == '\n') {
                if (hasCode) {
                    code++;
                } else if (hasComment) {
                    comments++;
                    if (hasDoc && !hasPlain) {
                        docLines++;
                    }
                } else {
                    blanks++;
                }
                hasCode = false;
                hasComment = false;
                hasDoc = false;
                hasPlain = false;
                if (state == LINE_COMMENT) {
                    if (!(splicing && endsWithBackslash(d, from, i))) {
                        state = CODE;
                    }
                } else if (state == STRING) {
                    // Rust strings span lines; C strings only through an escaped line end.
                    if (splicing && !spliced) {
                        state = CODE;
                    }
                } else if (state == CHAR) {
                    // A char literal never spans lines: an unclosed one (an apostrophe in C prose) ends here.
                    if (!(splicing && spliced)) {
                        state = CODE;
                    }
                }
                spliced = false;
                i++;
            }
        }

        if (end > from && d[end - 1] != '\n') {
            if (hasCode) {
                code++;
            } else if (hasComment) {
                comments++;
                if (hasDoc && !hasPlain) {
                    docLines++;
                }
            } else {
                blanks++;
            }
        }
        return new LineCounts(code + comments + blanks, code, comments, blanks, docLines);
    }

    /**
     * {@link #run} for {@link Syntax#C} alone, which the kernel has gigabytes of: no nested comments, raw strings,
     * lifetimes or doc comments, so the markers are constants and each state is a loop of its own that jumps over
     * indentation and over ordinary bytes eight at a time. Its results are the generic machine's, which the tests
     * hold it to.
     */
    private static LineCounts runC(byte[] d, int from, int end) {
        long code = 0;
        long comments = 0;
        long blanks = 0;
        int state = CODE;
        boolean hasCode = false;
        boolean hasComment = false;
        boolean spliced = false; // a string's escape backslash stood right before the line end
        int i = from;

        while (i < end) {
            switch (state) {
                case CODE -> {
                    // Most lines start and end here: their line ends are counted in this loop.
                    while (i < end) {
                        if (!hasCode) {
                            i = indent(d, i, end);
                            if (i >= end) {
                                break;
                            }
                            int c = d[i];
                            if (c == '\r' || c == '\f' || c == 0x0B) {
                                i++;
                                continue;
                            }
                            if (c != '\n' && c != '"' && c != '\'' && c != '/') {
                                hasCode = true;
                                i++;
                            }
                        }
                        if (hasCode) {
                            i = indexOfAny(d, i, end, NEWLINES, QUOTES, APOSTROPHES, SLASHES);
                            if (i >= end) {
                                break;
                            }
                        }
                        int c = d[i];
                        if (c == '\n') {
                            if (hasCode) {
                                code++;
                            } else if (hasComment) {
                                comments++;
                            } else {
                                blanks++;
                            }
                            hasCode = false;
                            hasComment = false;
                            spliced = false;
                            i++;
                            continue;
                        }
                        if (c == '/') {
                            int next = i + 1 < end ? d[i + 1] : 0;
                            if (next == '/') {
                                hasComment = true;
                                state = LINE_COMMENT;
                                i += 2;
                                break;
                            }
                            if (next == '*') {
                                hasComment = true;
                                state = BLOCK_COMMENT;
                                i += 2;
                                break;
                            }
                            hasCode = true;
                            i++;
                            continue;
                        }
                        hasCode = true;
                        state = c == '"' ? STRING : CHAR;
                        i++;
                        break;
                    }
                }
                case LINE_COMMENT -> {
                    if (!hasComment) {
                        // the line after a spliced line comment: comment text only once it has some
                        while (i < end && d[i] != '\n') {
                            if (!isWhitespace(d[i])) {
                                hasComment = true;
                                break;
                            }
                            i++;
                        }
                    }
                    if (hasComment) {
                        i = indexOfAny(d, i, end, NEWLINES, NEWLINES, NEWLINES, NEWLINES);
                    }
                }
                case BLOCK_COMMENT -> {
                    while (i < end) {
                        if (!hasComment) {
                            i = indent(d, i, end);
                            if (i >= end) {
                                break;
                            }
                            int c = d[i];
                            if (c == '\n') {
                                break;
                            }
                            if (c == '\r' || c == '\f' || c == 0x0B) {
                                i++;
                                continue;
                            }
                            hasComment = true;
                            if (c != '*') {
                                i++;
                            }
                        }
                        i = indexOfAny(d, i, end, NEWLINES, STARS, STARS, NEWLINES);
                        if (i >= end || d[i] == '\n') {
                            break;
                        }
                        if (i + 1 < end && d[i + 1] == '/') {
                            i += 2;
                            state = CODE;
                            break;
                        }
                        i++;
                    }
                }
                case STRING, CHAR -> {
                    int quote = state == STRING ? '"' : '\'';
                    long quotes = state == STRING ? QUOTES : APOSTROPHES;
                    while (i < end) {
                        if (hasCode) {
                            i = indexOfAny(d, i, end, NEWLINES, quotes, BACKSLASHES, NEWLINES);
                            if (i >= end) {
                                break;
                            }
                        }
                        int c = d[i];
                        if (c == '\n') {
                            break;
                        }
                        if (c == quote) {
                            hasCode = true;
                            state = CODE;
                            i++;
                            break;
                        }
                        if (c == '\\') {
                            hasCode = true;
                            if (i + 1 < end && (d[i + 1] == '\n' || d[i + 1] == '\r')) {
                                spliced = true; // leave the line end to the line-end logic below
                                i++;
                            } else {
                                i += 2;
                            }
                            continue;
                        }
                        if (!isWhitespace(d[i])) {
                            hasCode = true;
                        }
                        i++;
                    }
                }
                default -> throw new IllegalStateException("unknown state " + state);
            }

            if (i < end && d[i] == '\n') {
                if (hasCode) {
                    code++;
                } else if (hasComment) {
                    comments++;
                } else {
                    blanks++;
                }
                hasCode = false;
                hasComment = false;
                if (state == LINE_COMMENT) {
                    if (!endsWithBackslash(d, from, i)) {
                        state = CODE;
                    }
                } else if (state == STRING || state == CHAR) {
                    if (!spliced) {
                        state = CODE;
                    }
                }
                spliced = false;
                i++;
            }
        }

        if (end > from && d[end - 1] != '\n') {
            if (hasCode) {
                code++;
            } else if (hasComment) {
                comments++;
            } else {
                blanks++;
            }
        }
        return new LineCounts(code + comments + blanks, code, comments, blanks, 0);
    }

    /** Whitespace as the counter knows it, the line end aside: space, tab, CR, form feed, vertical tab. */
    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == 0x0B;
    }

    /** The index of the first byte at or after {@code i} that is neither a space nor a tab, or {@code end}. */
    private static int indent(byte[] d, int i, int end) {
        int at = i;
        while (end - at >= 8) {
            long w = (long) WORDS.get(d, at);
            // exact per byte: a byte's high bit in (x & 0x7F) + 0x7F | x is clear exactly when the byte x is 0
            long s = w ^ SPACES;
            long t = w ^ TABS;
            long other = (((s & LOWS) + LOWS) | s) & (((t & LOWS) + LOWS) | t) & HIGHS;
            if (other != 0) {
                return at + (Long.numberOfTrailingZeros(other) >>> 3);
            }
            at += 8;
        }
        while (at < end && (d[at] == ' ' || d[at] == '\t')) {
            at++;
        }
        return at;
    }

    /**
     * The index of the first byte at or after {@code i} that one of the four words repeats, or {@code end}: eight
     * bytes at a time, then byte by byte over the last few. The stops must be ASCII: then a byte equals a stop exactly
     * when its low seven bits do and its high bit is clear, so the low bits are compared once for all four (in
     * {@code (x ^ stop) + 0x7F} a byte's high bit is clear exactly when its low seven bits {@code x} equal the
     * stop's, and no carry leaves the byte) and the high bit once.
     */
    private static int indexOfAny(byte[] d, int i, int end, long stop0, long stop1, long stop2, long stop3) {
        int at = i;
        for (int last = end - 8; at <= last; at += 8) {
            long w = (long) WORDS.get(d, at);
            long low = w & LOWS;
            long other = ((low ^ stop0) + LOWS) & ((low ^ stop1) + LOWS) & ((low ^ stop2) + LOWS)
                    & ((low ^ stop3) + LOWS);
            long stops = ~(other | w) & HIGHS;
            if (stops != 0) {
                return at + (Long.numberOfTrailingZeros(stops) >>> 3);
            }
        }
        while (at < end) {
            byte b = d[at];
            if (b == (byte) stop0 || b == (byte) stop1 || b == (byte) stop2 || b == (byte) stop3) {
                return at;
            }
            at++;
        }
        return at;
    }

    /** The {@code '\n'} bytes of {@code data[from .. end)}, eight at a time. */
    static long newlines(byte[] data, int from, int end) {
        Objects.checkFromToIndex(from, end, data.length);
        long n = 0;
        int i = from;
        for (; end - i >= 8; i += 8) {
            // exact per byte, unlike anyOf: no borrow crosses bytes when each byte's high bit is set aside first
            long v = (long) WORDS.get(data, i) ^ NEWLINES;
            n += Long.bitCount(~(((v & ~HIGHS) + ~HIGHS) | v | ~HIGHS));
        }
        for (; i < end; i++) {
            if (data[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    /**
     * The index of the first byte at or after {@code i} that one of the four words repeats, or where fewer than eight
     * bytes are left. A method of its own, small enough for the compiler to make the word reads plain loads.
     */
    private static int skipWords(byte[] d, int i, int end, long stop0, long stop1, long stop2, long stop3) {
        int at = i;
        while (end - at >= 8) {
            long w = (long) WORDS.get(d, at);
            long stops = anyOf(w, stop0) | anyOf(w, stop1) | anyOf(w, stop2) | anyOf(w, stop3);
            if (stops != 0) {
                return at + (Long.numberOfTrailingZeros(stops) >>> 3);
            }
            at += 8;
        }
        return at;
    }

    /**
     * The high bit of each byte of {@code word} equal to the byte that {@code broadcast} repeats, and maybe of bytes
     * above such a byte (a borrow): zero exactly when there is none, and its lowest set bit is the first one's.
     */
    private static long anyOf(long word, long broadcast) {
        long v = word ^ broadcast;
        return (v - ONES) & ~v & HIGHS;
    }

    /**
     * Whether the comment whose opener ends before {@code i} is a Rust doc comment: {@code ///} (not {@code ////})
     * and {@code //!} for line comments ({@code third} = '/'), {@code /**} (not {@code /***} nor the empty
     * {@code /**}{@code /}) and {@code /*!} for block comments ({@code third} = '*').
     */
    private static boolean isDocMarker(byte[] d, int i, int end, int third) {
        if (i >= end) {
            return false;
        }
        if (d[i] == '!') {
            return true;
        }
        if (d[i] != third) {
            return false;
        }
        return i + 1 >= end || (d[i + 1] != third && !(third == '*' && d[i + 1] == '/'));
    }

    private static boolean startsWith(byte[] d, int i, int end, byte[] marker) {
        if (end - i < marker.length) {
            return false;
        }
        for (int k = 1; k < marker.length; k++) { // the caller has compared marker[0]
            if (d[i + k] != marker[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the quote at {@code i} opens a char literal rather than a lifetime or label: {@code 'x'},
     * {@code '\…'} and one multi-byte UTF-8 character ({@code 'é'}) are chars; {@code 'a}, {@code 'static} and
     * {@code '_} are not.
     */
    private static boolean isCharLiteral(byte[] d, int i, int end) {
        int j = i + 1;
        if (j >= end) {
            return false;
        }
        int c = d[j] & 0xFF;
        if (c == '\\') {
            return true;
        }
        if (c == '\n' || c == '\'') {
            return false;
        }
        int width = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        return j + width < end && d[j + width] == '\'';
    }

    /**
     * The number of {@code #} of a raw string opening at {@code i} ({@code r"}, {@code r##"}, {@code br#"}), or -1.
     * It opens only at the start of a token: {@code bar"} is not one, nor is the raw identifier {@code r#type}.
     */
    private static int rawStringHashes(byte[] d, int i, int from, int end, byte[] classes) {
        if (i > from && isIdentifierByte(d[i - 1] & 0xFF)) {
            return -1;
        }
        int j = i;
        if (d[j] != 'r') {
            j++; // a prefix letter: an 'r' must follow
            if (j >= end || d[j] != 'r') {
                return -1;
            }
        }
        j++;
        int hashes = 0;
        while (j < end && d[j] == '#') {
            hashes++;
            j++;
        }
        return j < end && d[j] == '"' ? hashes : -1;
    }

    private static boolean closesRawString(byte[] d, int i, int end, int hashes) {
        if (end - i < hashes) {
            return false;
        }
        for (int k = 0; k < hashes; k++) {
            if (d[i + k] != '#') {
                return false;
            }
        }
        return true;
    }

    private static boolean isIdentifierByte(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
    }

    /** Whether the line ending at the '\n' at {@code i} ends in a backslash (before an optional '\r'). */
    private static boolean endsWithBackslash(byte[] d, int from, int i) {
        int j = i - 1;
        if (j >= from && d[j] == '\r') {
            j--;
        }
        return j >= from && d[j] == '\\';
    }

    /** What each byte means in CODE for one syntax, and its markers as bytes. */
    private static final class Tables {
        final Syntax syntax;
        final byte[] classes = new byte[256];
        final byte[] lineComment;
        final byte[] blockOpen;
        final byte[] blockClose;
        /** Each byte of class SPECIAL or above, repeated over a word (padded by repeating one); null if over 4. */
        final long[] codeStops;

        Tables(Syntax syntax) {
            this.syntax = syntax;
            this.lineComment = ascii(syntax.lineComment());
            this.blockOpen = ascii(syntax.blockOpen());
            this.blockClose = ascii(syntax.blockClose());
            java.util.Arrays.fill(classes, PLAIN);
            for (char ws : new char[] {' ', '\t', '\r', '\f', 0x0B}) {
                classes[ws] = WHITESPACE;
            }
            classes['\n'] = SPECIAL;
            classes['"'] = SPECIAL;
            classes['\''] = SPECIAL;
            classes[lineComment[0]] = SPECIAL;
            classes[blockOpen[0]] = SPECIAL;
            if (syntax.rawStrings()) {
                classes['r'] = RAW_LETTER;
                for (char prefix : syntax.rawStringPrefixes().toCharArray()) {
                    classes[prefix] = RAW_LETTER;
                }
            }
            long[] stops = new long[256];
            int n = 0;
            for (int b = 0; b < 256; b++) {
                if (classes[b] >= SPECIAL) {
                    stops[n++] = ONES * b;
                }
            }
            if (n <= 4) {
                for (int k = n; k < 4; k++) {
                    stops[k] = stops[0];
                }
                codeStops = java.util.Arrays.copyOf(stops, 4);
            } else {
                codeStops = null;   // Rust: 'r', 'b' and 'c' may open raw strings, too common to skip past
            }
        }

        private static byte[] ascii(String marker) {
            return marker.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
    }
}
