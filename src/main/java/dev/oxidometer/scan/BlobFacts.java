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
                + kconfigDepends + "|" + (moduleName == null ? "-" : "=" + moduleName);
    }

    public static BlobFacts decode(LineCounts counts, String extras) {
        String[] f = extras.split("\\|", 6);
        if (f.length != 6) {
            throw new IllegalArgumentException("not an encoded BlobFacts: " + extras);
        }
        String module = f[5].equals("-") ? null : f[5].substring(1);
        return new BlobFacts(counts, Integer.parseInt(f[0]), Integer.parseInt(f[1]), module, f[2].equals("1"),
                Integer.parseInt(f[3]), Integer.parseInt(f[4]));
    }
}
