package dev.oxidometer.scan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every metric key the scanner stores, with its name, unit, group and definition: the one list the "How we
 * count" page ({@link CountingRules#describe()}), the dashboard's metric picker and the chart tooltips read. A key
 * the scanner emits without an entry here fails {@code MetricCatalogTest}.
 */
public final class MetricCatalog {

    public static final String RUST_CODE = "Rust code";
    public static final String BY_CATEGORY = "Rust by category";
    public static final String C_CODE = "C code";
    public static final String SHARES = "Share of the code";
    public static final String DRIVERS = "Drivers";
    public static final String KERNEL_CRATE = "Kernel crate";
    public static final String DOCUMENTATION = "Documentation";
    public static final String MAINTAINERS_KCONFIG = "Maintainers and Kconfig";
    public static final String UNSAFE = "Unsafe code";
    public static final String TOOLCHAIN = "Toolchain";

    private final Map<String, Metric> byKey;

    MetricCatalog(CountingRules rules) {
        Map<String, Metric> m = new LinkedHashMap<>();
        add(m, "rust.files", "Rust files", "files", RUST_CODE, "`.rs` files of the tree");
        add(m, "rust.lines", "Rust lines", "lines", RUST_CODE, "lines of all `.rs` files (see Lines)");
        add(m, "rust.code", "Rust code lines", "lines", RUST_CODE, "code lines of all `.rs` files, vendored "
                + "crates included");
        add(m, "rust.comments", "Rust comment lines", "lines", RUST_CODE, "comment lines of all `.rs` files");
        add(m, "rust.blanks", "Rust blank lines", "lines", RUST_CODE, "blank lines of all `.rs` files");
        add(m, "rust.doc.comments", "Rust doc-comment lines", "lines", RUST_CODE, "the doc-comment lines of all "
                + "`.rs` files (a subset of `rust.comments`, see Lines)");
        List<String> adoption = CountingRules.ADOPTION.stream().map(Category::key).toList();
        add(m, "rust.adoption.code", "Adoption code lines", "lines", RUST_CODE, "code lines of "
                + String.join(" + ", adoption) + " (no vendored crates, no tooling)");
        for (CountingRules.CategoryRule rule : rules.categories()) {
            String key = rule.category().key();
            String label = Character.toUpperCase(key.charAt(0)) + key.substring(1);
            String where = "the `" + key + "` category (`" + rule.paths() + "`: " + rule.meaning() + ")";
            add(m, "rust." + key + ".files", label + ": Rust files", "files", BY_CATEGORY, "`.rs` files in " + where);
            add(m, "rust." + key + ".lines", label + ": Rust lines", "lines", BY_CATEGORY,
                    "lines of the `.rs` files in " + where);
            add(m, "rust." + key + ".code", label + ": Rust code lines", "lines", BY_CATEGORY,
                    "code lines of the `.rs` files in " + where);
        }
        add(m, "c.files", "C files", "files", C_CODE, "`*.c` and `*.h` files of the tree");
        add(m, "c.lines", "C lines", "lines", C_CODE, "lines of all `*.c` and `*.h` files");
        add(m, "c.code", "C code lines", "lines", C_CODE, "code lines of all `*.c` and `*.h` files");
        add(m, "share.lines", "Rust share of lines", Metric.FRACTION, SHARES,
                "rust.lines / (rust.lines + c.lines), a fraction");
        add(m, "share.code", "Rust share of code, vendored crates included", Metric.FRACTION, SHARES,
                "rust.code / (rust.code + c.code), a fraction");
        add(m, "share.adoption.code", "Adoption code share", Metric.FRACTION, SHARES,
                "rust.adoption.code / (rust.code + c.code), a fraction");
        add(m, "share.nonvendored.code", "Rust share of code, vendored crates left out", Metric.FRACTION, SHARES,
                "(rust.code − rust.vendored.code) / (rust.code − rust.vendored.code + c.code), a fraction: the "
                        + "share without the vendored crates");
        add(m, "share.nonvendored.lines", "Rust share of lines, vendored crates left out", Metric.FRACTION, SHARES,
                "(rust.lines − rust.vendored.lines) / (rust.lines − rust.vendored.lines + c.lines), a fraction");
        add(m, "drivers.modules", "Rust driver modules", "modules", DRIVERS, "`.rs` files under `drivers/` with a "
                + "line matching `" + CountingRules.DRIVER_MODULE.pattern() + "`; the driver's name is the macro's "
                + "`name:` field, else the file stem, and a driver that moves keeps its name; each is sized by its "
                + "module tree (see Drivers)");
        add(m, "drivers.libraries", "Rust driver libraries", "libraries", DRIVERS, "libraries: Rust under "
                + "`drivers/` in no module's tree, one per root file (see Drivers)");
        add(m, "drivers.dirs", "Driver directories with Rust", "directories", DRIVERS,
                "directories under `drivers/` that directly contain a `.rs` file");
        add(m, "docs.rust.files", "Rust documentation files", "files", DOCUMENTATION,
                "files of any type under `" + CountingRules.RUST_DOCS + "`");
        add(m, "docs.rust.lines", "Rust documentation lines", "lines", DOCUMENTATION,
                "lines of the files under `" + CountingRules.RUST_DOCS + "`");
        add(m, "docs.rust.pages", "Pages of Documentation/rust", Metric.LIST, DOCUMENTATION, "the `.rst` files "
                + "under `" + CountingRules.RUST_DOCS + "`, each as its path there without `.rst` (`quick-start`, "
                + "`index`; a page in a subdirectory keeps it), sorted, separated by spaces; empty when there are "
                + "none");
        add(m, "docs.mentions", "Documentation pages mentioning Rust", "files", DOCUMENTATION, "`*.rst` files "
                + "under `Documentation/` containing the word \"rust\" in any case, as a whole word (`"
                + CountingRules.RUST_WORD.pattern() + "`)");
        add(m, "abstractions.modules", "Abstraction modules", "modules", KERNEL_CRATE, "`mod name;` declarations "
                + "(with or without `pub`, `pub(crate)`) in `" + CountingRules.KERNEL_CRATE_ROOT + "`");
        add(m, "rust.kernel.no_std", "Kernel crate is no_std", Metric.FLAG, KERNEL_CRATE, "1 when a line of `"
                + CountingRules.KERNEL_CRATE_ROOT + "` matches `" + CountingRules.NO_STD.pattern() + "` (the crate "
                + "is built on `core`, without `std`), else 0 (also when there is no such file)");
        add(m, "maintainers.rust", "MAINTAINERS sections for Rust", "sections", MAINTAINERS_KCONFIG,
                "sections of `MAINTAINERS` after the line `" + CountingRules.MAINTAINERS_START + "` "
                        + "(blank-line-separated, with at least one `X:` field line, the first line being the title) "
                        + "whose title has the word RUST or one of whose `F:` patterns matches `"
                        + CountingRules.MAINTAINERS_RUST_FILE.pattern() + "`");
        add(m, "kconfig.rust.symbols", "Kconfig Rust symbols", "lines", MAINTAINERS_KCONFIG,
                "lines of `Kconfig*` files matching `" + CountingRules.KCONFIG_RUST_SYMBOL.pattern() + "`");
        add(m, "kconfig.rust.files", "Kconfig files declaring Rust symbols", Metric.LIST, MAINTAINERS_KCONFIG,
                "the `Kconfig*` files with at least one line counted in `kconfig.rust.symbols`, by path, sorted, "
                        + "separated by spaces");
        add(m, "kconfig.rust.depends", "Kconfig dependencies on Rust", "lines", MAINTAINERS_KCONFIG,
                "lines of `Kconfig*` files matching `" + CountingRules.KCONFIG_RUST_DEPENDS.pattern() + "`");
        add(m, "kconfig.rust.config.depends", "What CONFIG_RUST depends on", Metric.LIST, MAINTAINERS_KCONFIG,
                "the `depends on` expressions of the entry `config RUST` of `" + CountingRules.INIT_KCONFIG
                        + "` (the line matching `" + CountingRules.KCONFIG_RUST_CONFIG.pattern() + "`), in file "
                        + "order, each as written without its `#` comment, separated by `; ` (they all must hold); "
                        + "the entry's attributes end at its `help` or at the next line that is not indented; empty "
                        + "when the entry has none, null when there is no such entry");
        add(m, "unsafe.blocks", "Lines opening an unsafe block", "lines", UNSAFE,
                "lines of `.rs` files containing `" + CountingRules.UNSAFE_BLOCK + "`");
        add(m, "safety.comments", "SAFETY comments", "lines", UNSAFE,
                "lines of `.rs` files containing `" + CountingRules.SAFETY_COMMENT + "`");
        add(m, "rustc.min", "Minimum rustc version", Metric.VERSION, TOOLCHAIN, "the lowest version echoed by the "
                + "`rustc)` case of `" + CountingRules.MIN_TOOL_VERSION + "` (newer kernels ask more of a few "
                + "architectures), or empty");
        this.byKey = Collections.unmodifiableMap(m);
    }

    private static void add(Map<String, Metric> m, String key, String name, String unit, String group,
                            String definition) {
        if (m.put(key, new Metric(key, name, unit, group, definition)) != null) {
            throw new IllegalStateException("metric listed twice: " + key);
        }
    }

    /** Every metric, grouped, in the order the rules document lists them. */
    public List<Metric> all() {
        return new ArrayList<>(byKey.values());
    }

    public Optional<Metric> get(String key) {
        return Optional.ofNullable(key == null ? null : byKey.get(key));
    }
}
