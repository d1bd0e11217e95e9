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

    public static final String RULES_VERSION = "3";

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

    /** The entry of the symbol {@code RUST} itself, in init/Kconfig: a whole line. */
    public static final Pattern KCONFIG_RUST_CONFIG = Pattern.compile("\\s*(?:menu)?config\\s+RUST\\s*");

    /** The kernel crate's inner attribute {@code #![no_std]} on a line of its own (a comment may follow). */
    public static final Pattern NO_STD = Pattern.compile("^\\s*#!\\[\\s*no_std\\s*]\\s*(?://.*)?$");

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
    public static final String INIT_KCONFIG = "init/Kconfig";

    /** The files read whole (not only counted line by line), for the metrics above: the one list of them. */
    public static final Set<String> WHOLE_FILES = Set.of(MAINTAINERS, MIN_TOOL_VERSION, KERNEL_CRATE_ROOT, INIT_KCONFIG);
    public static final String RUST_DOCS = "Documentation/rust/";

    /** One row of the category table: first match wins, in this order. */
    public record CategoryRule(Category category, String paths, String meaning, Predicate<String> matches) {
    }

    private static final CountingRules DEFAULT = new CountingRules(DEFAULT_VENDORED_CRATES);

    private final List<String> vendoredCrates;
    private final List<CategoryRule> categories;
    private final MetricCatalog metrics;

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
        this.metrics = new MetricCatalog(this);
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
                "Rust doc comments: a comment line is a doc-comment line when every comment on it is a doc "
                        + "comment: `///` (not `////`), `//!`, `/** */` (not `/***` nor the empty `/**/`) and "
                        + "`/*! */`, including the lines inside and closing a doc block; blank lines inside one "
                        + "stay blank.",
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
                List.of("key", "name", "unit", "definition"), metricDefinitions())));
        sections.add(new RulesDocument.Section("Drivers: module trees and libraries", List.of(
                "A module is a `.rs` file under `drivers/` with a line matching `" + DRIVER_MODULE.pattern()
                        + "` (it is the crate root of a kernel module), together with its module tree: every "
                        + "file its `mod name;` declarations reach, recursively, by Rust's rules. Its `files`, "
                        + "`lines` and `code` are of those files only, so two drivers in one directory are each "
                        + "their own files, and C glue beside them is no part of them.",
                "In the crate root, a `mod.rs`, `lib.rs` or `main.rs`, and in a file loaded through "
                        + "`#[path]` (which rustc reads like a `mod.rs`), `mod foo;` is `foo.rs` or `foo/mod.rs` "
                        + "beside it; in any other file `bar.rs`, it is `bar/foo.rs` or `bar/foo/mod.rs`. "
                        + "`#[path = \"…\"]` names the file instead (relative to the declaring file's directory). "
                        + "An inline `mod outer { … }` nests a directory level (`outer/foo.rs`). A declaration "
                        + "whose file is not in the tree (generated, or another architecture's) adds nothing; "
                        + "comments, strings and char literals are read past.",
                "A library is Rust under `drivers/` that no module's tree holds (such as "
                        + "`drivers/gpu/drm/drm_panic_qr.rs`, called from C): each such file that no other such "
                        + "file's declarations reach is the root of one library, with its own module tree, named "
                        + "after the file (the directory for a `mod.rs` or `lib.rs`)."), null));
        sections.add(new RulesDocument.Section("Releases, gaps and ranges", List.of(
                "The release timeline is the final releases `vX.Y` that are scanned (every scanned tag when "
                        + "none is a final release). A release is missing between two consecutive scanned ones "
                        + "when the kernel's numbering puts one between them (after `vX.Y` comes `vX.(Y+1)` or "
                        + "`v(X+1).0`: `v6.19 → v7.0` and `v7.2 → v7.3` are adjacent, `v6.1 → v6.12` is not), "
                        + "or when the repository, where it was scanned, holds a release tag between them that "
                        + "was not scanned. A dataset without its repository (the bundled one) has the numbering "
                        + "alone.",
                "Anything first seen in a scanned release (a driver, an abstraction module, an event) is stated "
                        + "as the range it may have happened in: \"in v6.8\" only when no release is missing "
                        + "since the scanned release before; otherwise \"between v6.2 and v6.12 (releases in "
                        + "between not scanned)\", from the lowest release the numbering allows after the "
                        + "release before; in the first scanned release \"at or before v6.1\". Removals "
                        + "likewise, from the last scanned release that has it."), null));
        sections.add(new RulesDocument.Section("Tree events", List.of(
                "Between each two consecutive releases of the timeline, from the stored counts (so an imported "
                        + "dataset gets them too), each with the range it happened in: `crate-added` and "
                        + "`crate-removed` (a top-level crate under `rust/`: a directory directly under it "
                        + "holding `.rs` files, or a `.rs` file directly in it, with the category most of its "
                        + "lines have and its files and lines); `driver-added`, `driver-removed` (modules and "
                        + "libraries by name) and `driver-moved` (same name, new declaring file); "
                        + "`rustc-min-changed` (`rustc.min` differs, both known); `first-rust` (`rust.files` "
                        + "above 0 where the release before had none) and `first-driver` (a module where the "
                        + "release before had none). The first scanned release has no events: there is "
                        + "nothing to compare it with."), null));
        return new RulesDocument("How oxidometer counts Rust in the Linux kernel", RULES_VERSION, sections);
    }

    /** Every metric key under these rules with its name, unit, group and definition (the Metrics table). */
    public MetricCatalog metricCatalog() {
        return metrics;
    }

    /** The metrics under the default rules. */
    public static MetricCatalog metrics() {
        return DEFAULT.metrics;
    }

    private List<List<String>> metricDefinitions() {
        List<List<String>> rows = new ArrayList<>();
        for (Metric m : metrics.all()) {
            // a share is stored as a fraction of 1 (the JSON's 0.00037) and only shown in percent: say both
            String unit = m.fraction() ? "fraction of 1 (shown in %)" : m.unit();
            rows.add(List.of("`" + m.key() + "`", m.name(), unit, m.definition()));
        }
        return rows;
    }
}
