package dev.oxidometer.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The counting rules: every path pattern and text pattern the scanner applies, in one place, with the version that
 * is stored next to every number counted under them. {@link #document()} publishes them from this same table.
 * <p>
 * Change anything here that changes a number, and {@link #RULES_VERSION} must change with it: stored releases
 * counted under an older version are then rescanned, and the blob cache of the old version is not used.
 */
public final class CountingRules {

    public static final String RULES_VERSION = "1";

    /** Third-party or forked crates copied into {@code rust/}: counted apart, never as adoption. */
    public static final List<String> DEFAULT_VENDORED_CRATES =
            List.of("syn", "quote", "proc-macro2", "zerocopy", "zerocopy-derive", "alloc");

    /** The categories that make up {@code rust.adoption.code}: Rust written for the kernel, not tooling. */
    public static final List<Category> ADOPTION = List.of(Category.ABSTRACTIONS, Category.DRIVERS, Category.SAMPLES);

    /** A {@code module!}-family macro starting a line: what makes a file under {@code drivers/} a driver. */
    public static final Pattern DRIVER_MODULE = Pattern.compile("^\\s*(kernel::)?module(_[a-z0-9_]+)?!\\s*\\{");

    /** The module name inside the macro: {@code name: "rnull_mod"}, {@code b"..."}, {@code c"..."} or {@code c_str!("...")}. */
    public static final Pattern MODULE_NAME =
            Pattern.compile("^\\s*name:\\s*(?:[bc]?\"([^\"]*)\"|c_str!\\(\\s*\"([^\"]*)\"\\s*\\))");

    /** A module declared by the {@code kernel} crate's {@code lib.rs}, with or without visibility or attributes. */
    public static final Pattern ABSTRACTION_MODULE =
            Pattern.compile("^\\s*(?:#\\[[^\\]]*\\]\\s*)*(?:pub(?:\\([^)]*\\))?\\s+)?mod\\s+(r#)?([A-Za-z_][A-Za-z0-9_]*)\\s*;");

    /** "rust" as a whole word, any case: "Rust-for-Linux" counts, "trust" and "rustc" do not. */
    public static final Pattern RUST_WORD = Pattern.compile("(?i)(?<![\\p{L}\\p{N}_])rust(?![\\p{L}\\p{N}_])");

    /** A Kconfig symbol named {@code RUST} or {@code RUST_*}. */
    public static final Pattern KCONFIG_RUST_SYMBOL = Pattern.compile("^\\s*(?:menu)?config\\s+RUST(?:_[A-Za-z0-9_]*)?\\s*$");

    /** A {@code depends on} line naming the symbol {@code RUST} or {@code RUST_*} as a whole word ({@code TRUSTED_KEYS} does not). */
    public static final Pattern KCONFIG_RUST_DEPENDS =
            Pattern.compile("^\\s*depends\\s+on\\b.*(?<![A-Za-z0-9_])RUST(?:_[A-Za-z0-9_]*)?(?![A-Za-z0-9_])");

    /** A MAINTAINERS section title naming RUST as a whole word ({@code KEYS-TRUSTED} does not). */
    public static final Pattern MAINTAINERS_RUST_TITLE = Pattern.compile("(?<![A-Za-z0-9_])RUST(?![A-Za-z0-9_])");

    /** An {@code F:} pattern naming a {@code .rs} file (not {@code .rst}) or with a {@code rust/} path component. */
    public static final Pattern MAINTAINERS_RUST_FILE = Pattern.compile("\\.rs$|(^|/)rust(/|$)");

    /** A field line of a MAINTAINERS section: one capital letter and a colon. */
    public static final Pattern MAINTAINERS_FIELD = Pattern.compile("^[A-Z]:\\s");

    public static final String UNSAFE_BLOCK = "unsafe {";
    public static final String SAFETY_COMMENT = "// SAFETY:";

    public static final String MAINTAINERS = "MAINTAINERS";
    public static final String MAINTAINERS_START = "Maintainers List";
    public static final String KERNEL_CRATE_ROOT = "rust/kernel/lib.rs";
    public static final String MIN_TOOL_VERSION = "scripts/min-tool-version.sh";

    /** The files read whole (not only counted line by line), for the metrics above: the one list of them. */
    public static final Set<String> WHOLE_FILES = Set.of(MAINTAINERS, MIN_TOOL_VERSION, KERNEL_CRATE_ROOT);
    public static final String RUST_DOCS = "Documentation/rust/";

    /** One row of the category table: first match wins, in this order. */
    public record CategoryRule(Category category, String paths, String meaning, Predicate<String> matches) {
    }

    private static final CountingRules DEFAULT = new CountingRules(DEFAULT_VENDORED_CRATES);

    private final List<String> vendoredCrates;
    private final List<CategoryRule> categories;

    public CountingRules(List<String> vendoredCrates) {
        this.vendoredCrates = List.copyOf(vendoredCrates);
        List<String> vendoredPrefixes = this.vendoredCrates.stream().map(c -> "rust/" + c + "/").toList();
        this.categories = List.of(
                new CategoryRule(Category.VENDORED, "rust/{" + String.join(",", this.vendoredCrates) + "}/**",
                        "third-party or forked crates copied into the tree",
                        p -> vendoredPrefixes.stream().anyMatch(p::startsWith)),
                new CategoryRule(Category.ABSTRACTIONS, "rust/kernel/**", "the `kernel` crate",
                        p -> p.startsWith("rust/kernel/")),
                new CategoryRule(Category.INFRASTRUCTURE, "rust/** (the rest)",
                        "macros, pin-init, bindings, uapi, ffi.rs and other build support",
                        p -> p.startsWith("rust/")),
                new CategoryRule(Category.DRIVERS, "drivers/**", "drivers written in Rust",
                        p -> p.startsWith("drivers/")),
                new CategoryRule(Category.SAMPLES, "samples/rust/**", "sample modules",
                        p -> p.startsWith("samples/rust/")),
                new CategoryRule(Category.OTHER, "everything else",
                        "scripts/, lib/, mm/, tools/, ...", p -> true));
    }

    public static CountingRules defaults() {
        return DEFAULT;
    }

    public List<String> vendoredCrates() {
        return vendoredCrates;
    }

    public List<CategoryRule> categories() {
        return categories;
    }

    /** The category of a {@code .rs} path under the default rules. */
    public static Category categoryOf(String path) {
        return DEFAULT.category(path);
    }

    public Category category(String path) {
        for (CategoryRule rule : categories) {
            if (rule.matches().test(path)) {
                return rule.category();
            }
        }
        throw new IllegalStateException("the last category rule matches every path");
    }

    // ---- which files the rules look at, and how each is read ----

    public static boolean isRust(String path) {
        return path.endsWith(".rs");
    }

    public static boolean isC(String path) {
        return path.endsWith(".c") || path.endsWith(".h");
    }

    public static boolean isKconfig(String path) {
        return baseName(path).startsWith("Kconfig");
    }

    public static boolean isRustDoc(String path) {
        return path.startsWith(RUST_DOCS);
    }

    public static boolean isDocPage(String path) {
        return path.startsWith("Documentation/") && path.endsWith(".rst");
    }

    public static boolean isDriverSource(String path) {
        return path.startsWith("drivers/");
    }

    /** The ways a file is read, in the order a file is checked; a file can be read as one kind only. */
    public static FileKind kindOf(String path) {
        if (isRust(path)) {
            return FileKind.RUST;
        }
        if (isC(path)) {
            return FileKind.C;
        }
        if (isKconfig(path)) {
            return FileKind.KCONFIG;
        }
        if (isRustDoc(path) || isDocPage(path)) {
            return FileKind.DOC;
        }
        return null;
    }

    static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static String dirName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The published rules, generated from the table above. */
    public static RulesDocument document() {
        return DEFAULT.describe();
    }

    public RulesDocument describe() {
        List<RulesDocument.Section> sections = new ArrayList<>();
        sections.add(new RulesDocument.Section("What is read", List.of(
                "Every release tag `vX.Y` (and `vX.Y-rcN` when asked) of a git repository, read straight from the "
                        + "object database without a checkout; or one extracted kernel tree, named from its "
                        + "top-level `Makefile`.",
                "Only regular files are counted (git modes 100644 and 100755): symlinks and submodules never are.",
                "Counts are kept per blob id and rules version, so a file that did not change between two releases "
                        + "is read once."), null));
        sections.add(new RulesDocument.Section("Lines", List.of(
                "`lines`: the number of lines; a final line without a newline counts.",
                "`blank`: a line of only whitespace. `comment`: a line of only comment text and whitespace. "
                        + "`code`: every other line, so code followed by a comment is code. Every line is exactly "
                        + "one of the three, as cloc and tokei define them.",
                "Rust: `//`, `///`, `//!` and `/* */` comments; block comments nest. Comment markers inside "
                        + "strings, byte strings, C strings, raw strings (`r\"…\"`, `r#\"…\"#` with any number of "
                        + "`#`) and char literals are not comments; a lifetime such as `'a` is not a char literal, "
                        + "while `'\"'` is one.",
                "C and C headers (`*.c`, `*.h`): `//` and `/* */` comments, which do not nest; strings and char "
                        + "literals respected; a `//` comment ending in a backslash continues on the next line, as "
                        + "the C preprocessor splices it."), null));
        List<List<String>> rows = new ArrayList<>();
        for (CategoryRule rule : categories) {
            rows.add(List.of(rule.category().key(), "`" + rule.paths() + "`", rule.meaning()));
        }
        sections.add(new RulesDocument.Section("Categories of Rust files", List.of(
                "Every `.rs` file falls in exactly one category; the first matching row wins.",
                "Vendored crates: " + String.join(", ", vendoredCrates.stream().map(c -> "`" + c + "`").toList())
                        + " (configurable)."),
                new RulesDocument.Table(List.of("category", "paths", "what it is"), rows)));
        sections.add(new RulesDocument.Section("Metrics", List.of(), new RulesDocument.Table(
                List.of("key", "definition"), metricDefinitions())));
        return new RulesDocument("How oxidometer counts Rust in the Linux kernel", RULES_VERSION, sections);
    }

    private List<List<String>> metricDefinitions() {
        List<String> adoption = ADOPTION.stream().map(Category::key).toList();
        return List.of(
                List.of("`rust.files`, `rust.lines`, `rust.code`, `rust.comments`, `rust.blanks`",
                        "all `.rs` files of the tree"),
                List.of("`rust.<category>.files`, `.lines`, `.code`", "the same per category"),
                List.of("`rust.adoption.code`", "code lines of " + String.join(" + ", adoption)
                        + " (no vendored crates, no tooling)"),
                List.of("`c.files`, `c.lines`, `c.code`", "all `*.c` and `*.h` files"),
                List.of("`share.lines`", "rust.lines / (rust.lines + c.lines), a fraction"),
                List.of("`share.code`", "rust.code / (rust.code + c.code), a fraction"),
                List.of("`share.adoption.code`", "rust.adoption.code / (rust.code + c.code), a fraction"),
                List.of("`drivers.modules`", "`.rs` files under `drivers/` with a line matching `"
                        + DRIVER_MODULE.pattern() + "`; the driver's name is the macro's `name:` field, else the "
                        + "file stem, and a driver that moves keeps its name"),
                List.of("`drivers.dirs`", "directories under `drivers/` that directly contain a `.rs` file"),
                List.of("`docs.rust.files`, `docs.rust.lines`", "files of any type under `" + RUST_DOCS + "`"),
                List.of("`docs.mentions`", "`*.rst` files under `Documentation/` containing the word \"rust\" in "
                        + "any case, as a whole word (`" + RUST_WORD.pattern() + "`)"),
                List.of("`abstractions.modules`", "`mod name;` declarations (with or without `pub`, `pub(crate)`) "
                        + "in `" + KERNEL_CRATE_ROOT + "`"),
                List.of("`maintainers.rust`", "sections of `MAINTAINERS` after the line `" + MAINTAINERS_START
                        + "` (blank-line-separated, with at least one `X:` field line, the first line being the "
                        + "title) whose title has the word RUST or one of whose `F:` patterns matches `"
                        + MAINTAINERS_RUST_FILE.pattern() + "`"),
                List.of("`kconfig.rust.symbols`", "lines of `Kconfig*` files matching `"
                        + KCONFIG_RUST_SYMBOL.pattern() + "`"),
                List.of("`kconfig.rust.depends`", "lines of `Kconfig*` files matching `"
                        + KCONFIG_RUST_DEPENDS.pattern() + "`"),
                List.of("`unsafe.blocks`", "lines of `.rs` files containing `" + UNSAFE_BLOCK + "`"),
                List.of("`safety.comments`", "lines of `.rs` files containing `" + SAFETY_COMMENT + "`"),
                List.of("`rustc.min`", "the lowest version echoed by the `rustc)` case of `"
                        + MIN_TOOL_VERSION + "` (newer kernels ask more of a few architectures), or empty"));
    }
}
