package dev.oxidometer.scan;

/**
 * Everything the rules read from one blob, read as one {@link FileKind}. Only the fields of that kind are set; the
 * others are zero. Cached by blob id, so each blob is read once per rules version.
 *
 * @param moduleName for {@link FileKind#RUST}: the module name from a {@code module!}-family macro ({@code ""} when
 *                   the macro has no {@code name:} field), or {@code null} when the file declares no module
 */
public record BlobFacts(LineCounts counts, int unsafeBlocks, int safetyComments, String moduleName,
                        boolean mentionsRust, int kconfigSymbols, int kconfigDepends) {

    /** A compact, stable text form for storing the non-count fields of a cache row (see {@link #decode}). */
    public String encodeExtras() {
        return unsafeBlocks + "|" + safetyComments + "|" + (mentionsRust ? 1 : 0) + "|" + kconfigSymbols + "|"
                + kconfigDepends + "|" + counts.docComments() + "|" + (moduleName == null ? "-" : "=" + moduleName);
    }

    /** @param counts the stored counts; their doc-comment lines are in the extras */
    public static BlobFacts decode(LineCounts counts, String extras) {
        String[] f = extras.split("\\|", 7);
        if (f.length != 7) {
            throw new IllegalArgumentException("not an encoded BlobFacts: " + extras);
        }
        String module = f[6].equals("-") ? null : f[6].substring(1);
        return new BlobFacts(counts.withDocComments(Long.parseLong(f[5])), Integer.parseInt(f[0]),
                Integer.parseInt(f[1]), module, f[2].equals("1"), Integer.parseInt(f[3]), Integer.parseInt(f[4]));
    }
}
