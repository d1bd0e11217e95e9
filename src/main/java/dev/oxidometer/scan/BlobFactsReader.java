package dev.oxidometer.scan;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;

/**
 * Reads the {@link BlobFacts} of one blob's bytes, read as one {@link FileKind}. Works on any bytes: binary, invalid
 * UTF-8 and huge files are counted, never refused.
 *
 * <p>The text rules are about lines ({@code unsafe {} on a line, a Kconfig line naming RUST). Rather than decode
 * every line, the reader searches the bytes for the ASCII text a rule needs and decodes only the lines that hold it:
 * UTF-8 encodes ASCII as itself and never uses an ASCII byte inside another character, so a decoded line contains
 * the text exactly when its bytes do. Lines are those of {@link Lines}: split at {@code '\n'}, a {@code '\r'} before
 * it dropped, no empty line after a final {@code '\n'}.
 */
final class BlobFactsReader {

    /** How far below a module macro its {@code name:} field is looked for. */
    private static final int MODULE_NAME_WINDOW = 40;

    private static final byte[] UNSAFE_BLOCK = ascii(CountingRules.UNSAFE_BLOCK);
    private static final byte[] SAFETY_COMMENT = ascii(CountingRules.SAFETY_COMMENT);
    private static final byte[] MODULE = ascii("module");
    private static final byte[] RUST = ascii("RUST");

    private BlobFactsReader() {
    }

    static BlobFacts read(byte[] data, int length, FileKind kind) {
        return switch (kind) {
            case RUST -> readRust(data, length);
            case C -> new BlobFacts(LineCounter.count(data, 0, length, Syntax.C), 0, 0, null, false, 0, 0);
            case KCONFIG -> readKconfig(data, length);
            case DOC -> new BlobFacts(linesOnly(data, length), 0, 0, null, mentionsRust(data, length), 0, 0);
        };
    }

    private static BlobFacts readRust(byte[] data, int length) {
        LineCounts counts = LineCounter.count(data, 0, length, Syntax.RUST);
        return new BlobFacts(counts, linesContaining(data, length, UNSAFE_BLOCK),
                linesContaining(data, length, SAFETY_COMMENT), moduleName(data, length), false, 0, 0);
    }

    /**
     * The name of the first {@code module!}-family macro that starts a line, from the first {@code name:} field in
     * the {@value #MODULE_NAME_WINDOW} lines below it; {@code ""} without one; {@code null} without a macro.
     */
    private static String moduleName(byte[] data, int length) {
        int from = 0;
        while (true) {
            int hit = indexOf(data, from, length, MODULE);
            if (hit < 0) {
                return null;
            }
            int start = lineStart(data, hit);
            int end = lineEnd(data, hit, length);
            if (CountingRules.DRIVER_MODULE.matcher(line(data, start, end)).find()) {
                return nameBelow(data, end, length);
            }
            from = end;
        }
    }

    private static String nameBelow(byte[] data, int macroLineEnd, int length) {
        int pos = macroLineEnd + 1;
        for (int n = 0; n < MODULE_NAME_WINDOW && pos < length; n++) {
            int end = lineEnd(data, pos, length);
            Matcher name = CountingRules.MODULE_NAME.matcher(line(data, pos, end));
            if (name.find()) {
                return name.group(1) != null ? name.group(1) : name.group(2);
            }
            pos = end + 1;
        }
        return "";
    }

    private static BlobFacts readKconfig(byte[] data, int length) {
        int symbols = 0;
        int depends = 0;
        int from = 0;
        int hit;
        while ((hit = indexOf(data, from, length, RUST)) >= 0) {
            int end = lineEnd(data, hit, length);
            String line = line(data, lineStart(data, hit), end);
            if (CountingRules.KCONFIG_RUST_SYMBOL.matcher(line).find()) {
                symbols++;
            }
            if (CountingRules.KCONFIG_RUST_DEPENDS.matcher(line).find()) {
                depends++;
            }
            from = end;
        }
        return new BlobFacts(linesOnly(data, length), 0, 0, null, false, symbols, depends);
    }

    /**
     * Whether the text holds {@link CountingRules#RUST_WORD}, "rust" in any case as a whole word. Its letters are
     * ASCII, so every match is at bytes spelling it; where a neighbour is ASCII too, whether it is a letter, digit or
     * underscore is read off the byte. Only a neighbour outside ASCII ("Rust’s") needs the text decoded, and then the
     * rule's own pattern decides.
     */
    static boolean mentionsRust(byte[] data, int length) {
        for (int i = 0; i + 4 <= length; i++) {
            if ((data[i] | 0x20) != 'r' || (data[i + 1] | 0x20) != 'u' || (data[i + 2] | 0x20) != 's'
                    || (data[i + 3] | 0x20) != 't') {
                continue;
            }
            int before = i > 0 ? data[i - 1] : ' ';
            int after = i + 4 < length ? data[i + 4] : ' ';
            if (before < 0 || after < 0) {
                return CountingRules.RUST_WORD.matcher(new String(data, 0, length, StandardCharsets.UTF_8)).find();
            }
            if (!isWordByte(before) && !isWordByte(after)) {
                return true;
            }
        }
        return false;
    }

    /** An ASCII letter, digit or underscore: what {@code [\p{L}\p{N}_]} is within ASCII. */
    private static boolean isWordByte(int b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_';
    }

    /** How many lines hold {@code text} at least once. */
    private static int linesContaining(byte[] data, int length, byte[] text) {
        int lines = 0;
        int from = 0;
        int hit;
        while ((hit = indexOf(data, from, length, text)) >= 0) {
            lines++;
            from = lineEnd(data, hit, length);
        }
        return lines;
    }

    /** The first index at or after {@code from} where {@code text} (at least one byte) starts, or -1. */
    static int indexOf(byte[] data, int from, int length, byte[] text) {
        byte first = text[0];
        for (int i = from, last = length - text.length; i <= last; i++) {
            if (data[i] != first) {
                continue;
            }
            int k = 1;
            while (k < text.length && data[i + k] == text[k]) {
                k++;
            }
            if (k == text.length) {
                return i;
            }
        }
        return -1;
    }

    private static int lineStart(byte[] data, int pos) {
        int start = pos;
        while (start > 0 && data[start - 1] != '\n') {
            start--;
        }
        return start;
    }

    /** The index of the {@code '\n'} ending the line that holds {@code pos}, or {@code length}. */
    private static int lineEnd(byte[] data, int pos, int length) {
        int end = pos;
        while (end < length && data[end] != '\n') {
            end++;
        }
        return end;
    }

    /** The line {@code [start, end)} as {@link Lines} gives it: without a {@code '\r'} before its end. */
    private static String line(byte[] data, int start, int end) {
        int stop = end > start && data[end - 1] == '\r' ? end - 1 : end;
        return new String(data, start, stop - start, StandardCharsets.UTF_8);
    }

    /** Lines as the line counter defines them, without classifying them. */
    static LineCounts linesOnly(byte[] data, int length) {
        long lines = LineCounter.newlines(data, 0, length);
        if (length > 0 && data[length - 1] != '\n') {
            lines++;
        }
        return new LineCounts(lines, 0, 0, 0);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
