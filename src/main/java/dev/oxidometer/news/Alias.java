package dev.oxidometer.news;

/**
 * A name under which articles mention a component, and the tree path (a file, or a directory prefix) holding its
 * Rust code: "Binder" is {@code drivers/android/binder}.
 */
public record Alias(long id, String alias, String path, String note) {

    /** True when a {@code .rs} path belongs to this alias's path: the file itself or anything below the directory. */
    public boolean covers(String rustPath) {
        return covers(path, rustPath);
    }

    static boolean covers(String prefix, String rustPath) {
        if (rustPath.equals(prefix) || rustPath.startsWith(prefix + "/")) {
            return true;
        }
        // "drivers/block/rnull" covers both the single file rnull.rs and a later rnull/ directory
        return !prefix.endsWith(".rs") && rustPath.equals(prefix + ".rs");
    }
}
