package dev.oxidometer.scan;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;

/**
 * {@link BlobFactsReader} as it was before it searched bytes: every line decoded to a {@code String}, documentation
 * decoded whole and searched with {@link CountingRules#RUST_WORD}. The tests hold the faster reader to this one.
 */
final class BlobFactsReaderReference {

    /** How far below a module macro its {@code name:} field is looked for. */
    private static final int MODULE_NAME_WINDOW = 40;

    private BlobFactsReaderReference() {
    }

    static BlobFacts read(byte[] data, int length, FileKind kind) {
        return switch (kind) {
            case RUST -> readRust(data, length);
            case C -> new BlobFacts(LineCounter.count(data, 0, length, Syntax.C), 0, 0, null, false, 0, 0);
            case KCONFIG -> readKconfig(data, length);
            case DOC -> new BlobFacts(linesOnly(data, length), 0, 0, null,
                    CountingRules.RUST_WORD.matcher(new String(data, 0, length, StandardCharsets.UTF_8)).find(),
                    0, 0);
        };
    }

    private static BlobFacts readRust(byte[] data, int length) {
        LineCounts counts = LineCounter.count(data, 0, length, Syntax.RUST);
        int unsafeBlocks = 0;
        int safetyComments = 0;
        String moduleName = null;
        int linesSinceModule = -1;
        for (String line : Lines.of(data, length)) {
            if (line.contains(CountingRules.UNSAFE_BLOCK)) {
                unsafeBlocks++;
            }
            if (line.contains(CountingRules.SAFETY_COMMENT)) {
                safetyComments++;
            }
            if (moduleName == null && line.contains("module") && CountingRules.DRIVER_MODULE.matcher(line).find()) {
                moduleName = "";
                linesSinceModule = 0;
            } else if (linesSinceModule >= 0 && linesSinceModule++ < MODULE_NAME_WINDOW) {
                Matcher name = CountingRules.MODULE_NAME.matcher(line);
                if (name.find()) {
                    moduleName = name.group(1) != null ? name.group(1) : name.group(2);
                    linesSinceModule = -1;
                }
            }
        }
        return new BlobFacts(counts, unsafeBlocks, safetyComments, moduleName, false, 0, 0);
    }

    private static BlobFacts readKconfig(byte[] data, int length) {
        int symbols = 0;
        int depends = 0;
        for (String line : Lines.of(data, length)) {
            if (!line.contains("RUST")) {
                continue;
            }
            if (CountingRules.KCONFIG_RUST_SYMBOL.matcher(line).find()) {
                symbols++;
            }
            if (CountingRules.KCONFIG_RUST_DEPENDS.matcher(line).find()) {
                depends++;
            }
        }
        return new BlobFacts(linesOnly(data, length), 0, 0, null, false, symbols, depends);
    }

    /** Lines as the line counter defines them, without classifying them. */
    static LineCounts linesOnly(byte[] data, int length) {
        long lines = 0;
        for (int i = 0; i < length; i++) {
            if (data[i] == '\n') {
                lines++;
            }
        }
        if (length > 0 && data[length - 1] != '\n') {
            lines++;
        }
        return new LineCounts(lines, 0, 0, 0);
    }
}
