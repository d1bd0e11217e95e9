package dev.oxidometer.scan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the facts of one tree's files into a release's metrics, drivers, abstractions and file list. */
final class ReleaseCounter {

    private static final Pattern RUSTC_CASE = Pattern.compile("^\\s*rustc\\)");
    private static final Pattern KCONFIG_DEPENDS_ON = Pattern.compile("depends\\s+on\\s+(.+)");
    private static final Pattern ECHO_VERSION = Pattern.compile("^\\s*echo\\s+\"?([0-9]+(?:\\.[0-9]+)*)\"?\\s*$");

    private final CountingRules rules;

    ReleaseCounter(CountingRules rules) {
        this.rules = rules;
    }

    /**
     * What the rules read from the files that are read whole, parsed once per blob ({@link KernelScanner}).
     *
     * @param maintainerSections the titles of the Rust sections of MAINTAINERS ({@link #rustMaintainerSections})
     * @param minimumRustc       from scripts/min-tool-version.sh ({@link #minimumRustc}), or {@code null}
     * @param abstractions       the modules of the kernel crate ({@link #abstractionModules})
     * @param noStd              the kernel crate root declares {@code #![no_std]} ({@link #declaresNoStd})
     * @param rustConfigDepends  the {@code depends on} expressions of {@code config RUST} in init/Kconfig
     *                           ({@link #rustConfigDepends}), or {@code null} without that entry
     */
    record WholeFiles(List<String> maintainerSections, String minimumRustc, List<String> abstractions,
                      boolean noStd, List<String> rustConfigDepends) {

        static final WholeFiles NONE = new WholeFiles(List.of(), null, List.of(), false, null);
    }

    ReleaseScan count(ReleaseTag tag, Collection<FileFacts> facts, WholeFiles whole) {
        return count(tag, facts, whole, path -> List.of());
    }

    /**
     * @param modDeclarations the {@code mod name;} declarations of a Rust file under {@code drivers/} (or reached
     *                        from one through {@code #[path]}), by path ({@link ModDeclarations})
     */
    ReleaseScan count(ReleaseTag tag, Collection<FileFacts> facts, WholeFiles whole,
                      Function<String, List<ModDeclarations.Decl>> modDeclarations) {
        List<String> abstractions = whole.abstractions();
        Map<Category, LineCounts> perCategory = new EnumMap<>(Category.class);
        Map<Category, Integer> filesPerCategory = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            perCategory.put(category, LineCounts.ZERO);
            filesPerCategory.put(category, 0);
        }
        LineCounts c = LineCounts.ZERO;
        int cFiles = 0;
        long unsafeBlocks = 0;
        long safetyComments = 0;
        long kconfigSymbols = 0;
        long kconfigDepends = 0;
        int docsRustFiles = 0;
        long docsRustLines = 0;
        int docsMentions = 0;
        Set<String> docsPages = new TreeSet<>();
        Set<String> kconfigFiles = new TreeSet<>();
        List<RustFile> rustFiles = new ArrayList<>();
        List<FileFacts> moduleFiles = new ArrayList<>();
        Set<String> driverDirs = new TreeSet<>();

        for (FileFacts file : facts) {
            String path = file.file().path();
            BlobFacts f = file.facts();
            switch (file.file().kind()) {
                case RUST -> {
                    Category category = rules.category(path);
                    perCategory.merge(category, f.counts(), LineCounts::plus);
                    filesPerCategory.merge(category, 1, Integer::sum);
                    rustFiles.add(new RustFile(path, category, file.blobId(), f.counts()));
                    unsafeBlocks += f.unsafeBlocks();
                    safetyComments += f.safetyComments();
                    if (CountingRules.isDriverSource(path)) {
                        driverDirs.add(CountingRules.dirName(path));
                        if (f.moduleName() != null) {
                            moduleFiles.add(file);
                        }
                    }
                }
                case C -> {
                    c = c.plus(f.counts());
                    cFiles++;
                }
                case KCONFIG -> {
                    if (f.kconfigSymbols() > 0) {
                        kconfigFiles.add(path);
                    }
                    kconfigSymbols += f.kconfigSymbols();
                    kconfigDepends += f.kconfigDepends();
                }
                case DOC -> {
                    if (CountingRules.isDocPage(path) && f.mentionsRust()) {
                        docsMentions++;
                    }
                }
            }
            if (CountingRules.isRustDoc(path)) {
                docsRustFiles++;
                docsRustLines += f.counts().lines();
                if (path.endsWith(".rst")) {
                    docsPages.add(path.substring(CountingRules.RUST_DOCS.length(), path.length() - 4));
                }
            }
        }
        rustFiles.sort(Comparator.comparing(RustFile::path));

        LineCounts rust = LineCounts.ZERO;
        for (LineCounts counts : perCategory.values()) {
            rust = rust.plus(counts);
        }
        List<Driver> drivers = drivers(moduleFiles, rustFiles, modDeclarations);
        long libraries = drivers.stream().filter(Driver::isLibrary).count();
        long vendoredCode = perCategory.get(Category.VENDORED).code();
        long vendoredLines = perCategory.get(Category.VENDORED).lines();
        long adoptionCode = CountingRules.ADOPTION.stream().mapToLong(cat -> perCategory.get(cat).code()).sum();

        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("rust.files", (long) rustFiles.size());
        metrics.put("rust.lines", rust.lines());
        metrics.put("rust.code", rust.code());
        metrics.put("rust.comments", rust.comments());
        metrics.put("rust.blanks", rust.blanks());
        metrics.put("rust.doc.comments", rust.docComments());
        for (Category category : Category.values()) {
            metrics.put("rust." + category.key() + ".files", (long) filesPerCategory.get(category));
            metrics.put("rust." + category.key() + ".lines", perCategory.get(category).lines());
            metrics.put("rust." + category.key() + ".code", perCategory.get(category).code());
        }
        metrics.put("rust.adoption.code", adoptionCode);
        metrics.put("c.files", (long) cFiles);
        metrics.put("c.lines", c.lines());
        metrics.put("c.code", c.code());
        metrics.put("share.lines", fraction(rust.lines(), rust.lines() + c.lines()));
        metrics.put("share.code", fraction(rust.code(), rust.code() + c.code()));
        metrics.put("share.adoption.code", fraction(adoptionCode, rust.code() + c.code()));
        metrics.put("share.nonvendored.code",
                fraction(rust.code() - vendoredCode, rust.code() - vendoredCode + c.code()));
        metrics.put("share.nonvendored.lines",
                fraction(rust.lines() - vendoredLines, rust.lines() - vendoredLines + c.lines()));
        metrics.put("drivers.modules", (long) moduleFiles.size());
        metrics.put("drivers.libraries", libraries);
        metrics.put("drivers.dirs", (long) driverDirs.size());
        metrics.put("docs.rust.files", (long) docsRustFiles);
        metrics.put("docs.rust.lines", docsRustLines);
        metrics.put("docs.rust.pages", String.join(" ", docsPages));
        metrics.put("docs.mentions", (long) docsMentions);
        metrics.put("abstractions.modules", (long) abstractions.size());
        metrics.put("rust.kernel.no_std", whole.noStd() ? 1L : 0L);
        metrics.put("maintainers.rust", (long) whole.maintainerSections().size());
        metrics.put("kconfig.rust.symbols", kconfigSymbols);
        metrics.put("kconfig.rust.files", String.join(" ", kconfigFiles));
        metrics.put("kconfig.rust.depends", kconfigDepends);
        metrics.put("kconfig.rust.config.depends",
                whole.rustConfigDepends() == null ? null : String.join("; ", whole.rustConfigDepends()));
        metrics.put("unsafe.blocks", unsafeBlocks);
        metrics.put("safety.comments", safetyComments);
        metrics.put("rustc.min", whole.minimumRustc());

        return new ReleaseScan(tag.name(), tag.commit(), tag.date(), tag.isRc(), tag.note(), metrics,
                drivers, abstractions, List.copyOf(rustFiles));
    }

    private static double fraction(long part, long whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }

    /**
     * Each module-declaring file under drivers/ with its module tree; then the Rust under drivers/ in no module's
     * tree, as libraries: each file no other such file's declarations reach, with its own tree.
     */
    private static List<Driver> drivers(List<FileFacts> moduleFiles, List<RustFile> rustFiles,
                                        Function<String, List<ModDeclarations.Decl>> modDeclarations) {
        Map<String, RustFile> byPath = new HashMap<>();
        for (RustFile file : rustFiles) {
            byPath.put(file.path(), file);
        }
        Function<String, Boolean> exists = byPath::containsKey;
        List<Driver> drivers = new ArrayList<>();
        Set<String> claimed = new HashSet<>();
        for (FileFacts module : moduleFiles) {
            String path = module.file().path();
            String name = module.facts().moduleName().isEmpty() ? stem(path) : module.facts().moduleName();
            List<String> tree = ModuleTree.files(path, modDeclarations, exists);
            claimed.addAll(tree);
            drivers.add(driver(name, path, Driver.MODULE, tree, byPath));
        }
        List<String> unclaimed = rustFiles.stream().map(RustFile::path)
                .filter(p -> CountingRules.isDriverSource(p) && !claimed.contains(p)).toList();
        Map<String, List<String>> trees = new LinkedHashMap<>();
        Set<String> reachedFromAnother = new HashSet<>();
        for (String path : unclaimed) {
            List<String> tree = ModuleTree.files(path, modDeclarations, p -> exists.apply(p) && !claimed.contains(p));
            trees.put(path, tree);
            reachedFromAnother.addAll(tree.subList(1, tree.size()));
        }
        trees.forEach((root, tree) -> {
            if (!reachedFromAnother.contains(root)) {
                drivers.add(driver(libraryName(root), root, Driver.LIBRARY, tree, byPath));
            }
        });
        drivers.sort(Comparator.comparing(Driver::name).thenComparing(Driver::path));
        return List.copyOf(drivers);
    }

    private static Driver driver(String name, String path, String kind, List<String> tree,
                                 Map<String, RustFile> byPath) {
        long lines = 0;
        long code = 0;
        for (String file : tree) {
            LineCounts counts = byPath.get(file).counts();
            lines += counts.lines();
            code += counts.code();
        }
        List<String> sources = new ArrayList<>(tree.size());
        sources.add(tree.getFirst());
        tree.stream().skip(1).sorted().forEach(sources::add);
        return new Driver(name, path, kind, tree.size(), lines, code, sources);
    }

    /** {@code drm_panic_qr} for {@code drivers/gpu/drm/drm_panic_qr.rs}; the directory for a mod.rs or lib.rs. */
    static String libraryName(String path) {
        String stem = stem(path);
        if (stem.equals("mod") || stem.equals("lib") || stem.equals("main")) {
            String dir = CountingRules.dirName(path);
            return dir.isEmpty() ? stem : CountingRules.baseName(dir);
        }
        return stem;
    }

    private static String stem(String path) {
        String base = CountingRules.baseName(path);
        return base.endsWith(".rs") ? base.substring(0, base.length() - 3) : base;
    }

    /** The {@code mod name;} declarations of the kernel crate's root, in file order. */
    static List<String> abstractionModules(byte[] kernelCrateRoot) {
        List<String> names = new ArrayList<>();
        if (kernelCrateRoot == null) {
            return names;
        }
        for (String line : Lines.of(kernelCrateRoot)) {
            Matcher m = CountingRules.ABSTRACTION_MODULE.matcher(line);
            if (m.find() && !names.contains(m.group(2))) {
                names.add(m.group(2));
            }
        }
        return List.copyOf(names);
    }

    /** The titles of the MAINTAINERS sections that the rules call Rust sections. */
    static List<String> rustMaintainerSections(byte[] maintainers) {
        List<String> titles = new ArrayList<>();
        if (maintainers == null) {
            return titles;
        }
        boolean started = false;
        List<String> section = new ArrayList<>();
        for (String line : Lines.of(maintainers)) {
            if (!started) {
                started = line.strip().equals(CountingRules.MAINTAINERS_START);
                continue;
            }
            if (line.isBlank()) {
                addIfRust(section, titles);
                section.clear();
            } else {
                section.add(line);
            }
        }
        addIfRust(section, titles);
        return titles;
    }

    private static void addIfRust(List<String> section, List<String> titles) {
        if (section.isEmpty()) {
            return;
        }
        List<String> fields = section.stream().filter(l -> CountingRules.MAINTAINERS_FIELD.matcher(l).find())
                .toList();
        if (fields.isEmpty()) {
            return;   // the underline of "Maintainers List", or prose: not a section
        }
        String title = section.get(0);
        boolean rust = CountingRules.MAINTAINERS_RUST_TITLE.matcher(title).find()
                || fields.stream().filter(l -> l.startsWith("F:"))
                .map(l -> l.substring(2).strip())
                .anyMatch(pattern -> CountingRules.MAINTAINERS_RUST_FILE.matcher(pattern).find());
        if (rust) {
            titles.add(title.strip());
        }
    }

    /** Whether a line of the kernel crate root is the inner attribute {@code #![no_std]} ({@link CountingRules#NO_STD}). */
    static boolean declaresNoStd(byte[] kernelCrateRoot) {
        if (kernelCrateRoot == null) {
            return false;
        }
        for (String line : Lines.of(kernelCrateRoot)) {
            if (CountingRules.NO_STD.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The {@code depends on} expressions of the entry {@code config RUST} of init/Kconfig, in file order, each as
     * written without its {@code #} comment (a line ending in a backslash continues on the next); {@code null}
     * when the file has no such entry. The entry's attributes end at its {@code help} text or at the next line
     * that is not indented (the next entry, {@code endmenu}, {@code if}, ...).
     */
    static List<String> rustConfigDepends(byte[] initKconfig) {
        if (initKconfig == null) {
            return null;
        }
        List<String> depends = null;
        String pending = "";
        for (String line : Lines.of(initKconfig)) {
            if (depends == null) {
                if (CountingRules.KCONFIG_RUST_CONFIG.matcher(line).matches()) {
                    depends = new ArrayList<>();
                }
                continue;
            }
            if (!pending.isEmpty() || (!line.isBlank() && Character.isWhitespace(line.charAt(0)))) {
                String joined = pending + line.strip();
                if (joined.endsWith("\\")) {
                    pending = joined.substring(0, joined.length() - 1).strip() + " ";
                    continue;
                }
                pending = "";
                int hash = joined.indexOf('#');
                String attribute = (hash < 0 ? joined : joined.substring(0, hash)).strip();
                if (attribute.equals("help") || attribute.equals("---help---")) {
                    break;
                }
                Matcher m = KCONFIG_DEPENDS_ON.matcher(attribute);
                if (m.matches()) {
                    depends.add(m.group(1).strip());
                }
            } else if (!line.isBlank() && !line.startsWith("#")) {
                break;
            }
        }
        return depends == null ? null : List.copyOf(depends);
    }

    /**
     * The lowest version echoed in the {@code rustc)} case of {@code scripts/min-tool-version.sh}, or {@code null}.
     * Newer kernels echo a higher minimum for a few architectures; the lowest one is the kernel's minimum.
     */
    static String minimumRustc(byte[] script) {
        if (script == null) {
            return null;
        }
        boolean inCase = false;
        String lowest = null;
        for (String line : Lines.of(script)) {
            if (!inCase) {
                inCase = RUSTC_CASE.matcher(line).find();
                continue;
            }
            if (line.strip().startsWith(";;")) {
                break;
            }
            Matcher echo = ECHO_VERSION.matcher(line);
            if (echo.find() && (lowest == null || compareVersions(echo.group(1), lowest) < 0)) {
                lowest = echo.group(1);
            }
        }
        return lowest;
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int cmp = Integer.compare(i < x.length ? Integer.parseInt(x[i]) : 0, i < y.length ? Integer.parseInt(y[i]) : 0);
            if (cmp != 0) {
                return cmp;
            }
        }
        return 0;
    }
}
