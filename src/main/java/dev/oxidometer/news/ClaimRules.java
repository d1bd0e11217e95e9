package dev.oxidometer.news;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.oxidometer.release.ReleaseRange;

/**
 * The claims check's rules, one per kind, each documented where it is implemented: {@link #RULES} is what the How
 * we count page and {@code GET /api/claims/rules} show. A rule reads one sentence at a time and checks what it finds
 * against the scanned releases ({@link ClaimContext}); a release that was not scanned is never taken for one that
 * was: a fact first seen after a gap is stated with its range ({@link ReleaseRange}).
 */
final class ClaimRules {

    static final String PRESENCE = "presence";
    static final String LANDING = "landing";
    static final String DOCS = "docs";
    static final String BUILD = "build";
    static final String SIZE = "size";
    static final String SHARE = "share";
    static final String UNVERIFIABLE = "unverifiable";

    static final List<ClaimRule> RULES = List.of(
            new ClaimRule(PRESENCE, "A component is in the tree",
                    "a name of the alias table (Binder, Nova, rnull, the panic QR code, PHY, ...), a scanned driver's"
                            + " module name (rust_binder, nova_core), or an abstraction module named beside"
                            + " \"abstraction(s)\" or \"bindings\"",
                    "supported with the range of the first scanned release holding Rust code under the component's"
                            + " path and the file count there; contradicted when no scanned release has Rust code"
                            + " there. A sentence saying it is out of tree or not merged is checked the other way"
                            + " round."),
            new ClaimRule(LANDING, "Something landed in a release",
                    "\"merged in v6.1\", \"landed in 6.8\", \"added for Linux 6.18\", \"since Linux 6.18\","
                            + " \"Linux 6.8 adds\", about a named component, \"the first Rust driver\" (a release with"
                            + " a driver module) or Rust itself (any .rs file)",
                    "compared with the first scanned release that has it and the range it may have landed in:"
                            + " supported only when that release is the one named and the release before it is"
                            + " scanned too; contradicted when a scanned release before the named one already has it,"
                            + " or a scanned release at or after it has none; unverifiable when the named release"
                            + " lies in the range of releases that were not scanned"),
            new ClaimRule(DOCS, "A page of Documentation/rust",
                    "in a sentence about documentation: a page named by file (Documentation/rust/quick-start.rst)"
                            + " or by title (quick start, general information, coding guidelines, arch support,"
                            + " testing)",
                    "each page is looked up among the .rst pages of Documentation/rust in the newest scanned release"
                            + " (docs.rust.pages); unverifiable when that scan did not record page names"),
            new ClaimRule(BUILD, "How kernel Rust is built",
                    "no_std, core rather than std, no standard library; a minimum rustc version; CONFIG_RUST or"
                            + " Kconfig",
                    "no_std: #![no_std] in rust/kernel/lib.rs of the newest scanned release (rust.kernel.no_std);"
                            + " minimum rustc: scripts/min-tool-version.sh of the newest scanned release at or before"
                            + " the text's date (rustc.min); Kconfig: the config RUST / RUST_* symbols and the Kconfig"
                            + " files declaring them (kconfig.rust.symbols, kconfig.rust.files); a symbol the text says"
                            + " Rust support depends on or requires is looked up in the depends on lines of config"
                            + " RUST in init/Kconfig (kconfig.rust.config.depends): supported when one is that symbol"
                            + " alone, else unverifiable saying where it appears (expressions are not evaluated,"
                            + " indirect dependencies not followed)"),
            new ClaimRule(SIZE, "How large something is",
                    "\"35 million lines of C\", \"a 35-million-line kernel\", \"25,000 lines of Rust\", \"Rust code"
                            + " grew 5x since 6.1\", \"doubled\"; \"ten Rust drivers\", \"a dozen Rust drivers\","
                            + " \"9 drivers written in Rust\"",
                    "compared with the newest scanned release at or before the text's date: lines of C (.c and .h"
                            + " files: c.lines, c.code), lines of Rust (.rs: rust.lines, rust.code), or, for the kernel"
                            + " as a whole, C and Rust together; growth is Rust code over the named base release;"
                            + " drivers: the driver modules (drivers.modules), or modules and libraries together"
                            + " (drivers.modules + drivers.libraries), within 10 % of the count rounded down (ten: 9"
                            + " to 11; five: exactly 5); a count of drivers added (\"6.8 adds two Rust drivers\") is"
                            + " unverifiable, as the rule counts the drivers there are."
                            + " Tolerance of lines: the stated number's rounding or 10 % (15 % for growth), whichever is"
                            + " larger;"
                            + " \"over\"/\"more than\" and \"under\"/\"less than\" are one-sided. When releases are"
                            + " missing after that release, a number between it and the next scanned one is"
                            + " unverifiable."),
            new ClaimRule(SHARE, "Rust's share of the kernel",
                    "\"0.3 % of the kernel\", \"1 percent of the code\" in a sentence about Rust",
                    "compared with Rust's share of the C and Rust code (share.code) and of their lines"
                            + " (share.lines) in the newest scanned release at or before the text's date, with the"
                            + " size rule's tolerance and gaps"),
            new ClaimRule(UNVERIFIABLE, "Anything else about the tree",
                    "a sentence about Rust and the kernel with a number or a tree word (merged, driver, lines,"
                            + " files, maintainers, unsafe, abstractions, architectures) that no rule above matched",
                    "unverifiable, saying which words made it read as a claim and that no rule checks them"));

    private ClaimRules() {
    }

    // ---------------------------------------------------------------- shared pieces

    private static final int QUOTE_MAX = 280;

    /** A kernel release in prose: v6.1, Linux 6.18, kernel 6.8, 6.12 kernel; majors 2 to 9 (rustc is 1.x). */
    private static final String RELEASE = "(?:(?:Linux|kernel|mainline)\\s+(?:version\\s+)?v?|v)?([2-9])\\.(\\d{1,2})(?!\\d|\\.\\d)";

    private static final Pattern NEGATED = Pattern.compile("(?i)\\b(?:out[- ]of[- ]tree|not\\s+(?:yet\\s+)?(?:been\\s+)?"
            + "(?:merged|upstream(?:ed)?|mainlined|in\\s+(?:the\\s+)?(?:mainline|kernel|tree))|isn't\\s+(?:yet\\s+)?"
            + "(?:merged|upstream)|(?:never|no longer)\\s+(?:merged|in\\s+the\\s+(?:kernel|tree))|was\\s+removed|"
            + "(?:were|got|has\\s+been)\\s+removed|dropped\\s+from)\\b");

    /** Module names that are ordinary words: a text naming them is no sign it speaks of the module. */
    static final Set<String> COMMON_WORDS = Set.of("error", "init", "list", "print", "prelude", "str", "sync",
            "task", "time", "types", "page", "file", "device", "security", "bits", "bug", "fmt", "io", "of", "id",
            "ptr", "cred", "alloc", "build_assert", "static_assert", "transmute", "module", "driver", "kernel",
            "block", "net", "miscdevice", "firmware", "platform", "sizes", "uaccess", "mm", "fs", "pid", "rbtree",
            "revocable", "seq_file", "tracepoint", "workqueue", "clk", "cpu", "dma", "opp", "pci", "auxiliary",
            "faux", "debugfs", "configfs", "regulator", "num", "bitmap", "maple_tree", "processor", "usb");

    static Claim claim(String kind, String subject, ClaimText.Sentence s, int at, Verdict verdict, String evidence,
                       List<String> releases) {
        return new Claim(kind, subject, quote(s.text(), at), verdict, evidence, releases);
    }

    /** The sentence, or a window of it around {@code at} when it is long. */
    static String quote(String sentence, int at) {
        if (sentence.length() <= QUOTE_MAX) {
            return sentence;
        }
        int from = Math.max(0, Math.min(at - QUOTE_MAX / 2, sentence.length() - QUOTE_MAX));
        int to = Math.min(sentence.length(), from + QUOTE_MAX);
        return (from > 0 ? "…" : "") + sentence.substring(from, to).strip() + (to < sentence.length() ? "…" : "");
    }

    static String tag(String major, String minor) {
        return "v" + major + "." + Integer.parseInt(minor);
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** A component a text can name and the tree paths of its Rust code. */
    record Component(String name, List<String> paths, boolean alias) {
    }

    /** The alias table (one entry per name), then scanned drivers whose module name is no alias. */
    static List<Component> components(ClaimContext ctx) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        for (Alias a : ctx.aliases) {
            byName.computeIfAbsent(a.alias(), k -> new ArrayList<>()).add(a.path());
        }
        List<Component> out = new ArrayList<>();
        byName.forEach((name, paths) -> out.add(new Component(name, List.copyOf(paths), true)));
        Set<String> known = new java.util.HashSet<>();
        byName.keySet().forEach(n -> known.add(normal(n)));
        for (KernelInventory.DriverRef d : ctx.drivers()) {
            if (d.name().length() >= 4 && !COMMON_WORDS.contains(d.name()) && known.add(normal(d.name()))) {
                out.add(new Component(d.name(), List.of(d.path()), false));
            }
        }
        return out;
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_ ]", "");
    }

    private static int indexOf(String text, String name) {
        for (String spelling : Mentions.spellings(name)) {
            Matcher m = WordSearch.pattern(spelling).matcher(text);
            if (m.find()) {
                return m.start();
            }
        }
        return -1;
    }

    /** Components named in the sentence, with where; a name inside a longer named one ("Nova" in "nova-core") is left out. */
    static List<Map.Entry<Component, Integer>> named(ClaimText.Sentence s, List<Component> components) {
        List<Map.Entry<Component, Integer>> found = new ArrayList<>();
        for (Component c : components) {
            int at = indexOf(s.text(), c.name());
            if (at >= 0) {
                found.add(Map.entry(c, at));
            }
        }
        // "Rust Binder" names the alias Binder, not the module rust_binder: an alias wins over a driver it overlaps
        found.removeIf(e -> !e.getKey().alias() && found.stream().anyMatch(o -> o.getKey().alias()
                && o.getValue() < e.getValue() + e.getKey().name().length()
                && e.getValue() < o.getValue() + o.getKey().name().length()));
        found.removeIf(e -> found.stream().anyMatch(o -> o != e && o.getKey().name().length() > e.getKey().name().length()
                && o.getValue() <= e.getValue()
                && o.getValue() + o.getKey().name().length() >= e.getValue() + e.getKey().name().length()));
        found.sort(Map.Entry.comparingByValue());
        return found;
    }

    /** The Rust files of a component in one release. */
    static List<String> files(ClaimContext ctx, String tag, List<String> paths) {
        return ctx.rustPaths(tag).stream().filter(p -> paths.stream().anyMatch(path -> Alias.covers(path, p))).toList();
    }

    // ---------------------------------------------------------------- presence

    static List<Claim> presence(ClaimText.Sentence s, ClaimContext ctx, List<Component> components, Set<String> seen) {
        List<Claim> out = new ArrayList<>();
        for (Map.Entry<Component, Integer> e : named(s, components)) {
            Component c = e.getKey();
            boolean negated = NEGATED.matcher(clauseAt(s.text(), e.getValue())).find();
            if (!seen.add(normal(c.name()) + (negated ? "!" : ""))) {
                continue;
            }
            out.add(presence(c, s, e.getValue(), ctx, negated));
        }
        return out;
    }

    private static Claim presence(Component c, ClaimText.Sentence s, int at, ClaimContext ctx, boolean negated) {
        String where = String.join(", ", c.paths());
        if (ctx.empty()) {
            return claim(PRESENCE, c.name(), s, at, Verdict.UNVERIFIABLE, "No release is scanned yet.", List.of());
        }
        Optional<ReleaseRange> first = ctx.firstWith(tag -> !files(ctx, tag, c.paths()).isEmpty());
        KernelInventory.Release newest = ctx.newest();
        if (first.isEmpty()) {
            String none = "No Rust code under " + where + " in any of the " + ctx.scannedSpan() + ".";
            return claim(PRESENCE, c.name(), s, at, negated ? Verdict.SUPPORTED : Verdict.CONTRADICTED,
                    none + (negated ? " The text says it is not in the tree." : ""),
                    List.of(ctx.timeline.getFirst().tag(), newest.tag()));
        }
        ReleaseRange range = first.get();
        List<String> newestFiles = files(ctx, newest.tag(), c.paths());
        String evidence = "Rust code under " + where + " first seen in " + range.tag() + " ("
                + range.describe("landed") + "; " + plural(files(ctx, range.tag(), c.paths()).size(), "Rust file")
                + " there)";
        List<String> releases = new ArrayList<>(List.of(range.tag()));
        if (!newestFiles.isEmpty()) {
            evidence += (range.tag().equals(newest.tag()) ? "." : "; " + plural(newestFiles.size(), "Rust file") + " in "
                    + newest.tag() + ", the newest scanned release.");
            if (!range.tag().equals(newest.tag())) {
                releases.add(newest.tag());
            }
        } else {
            String last = null;
            for (KernelInventory.Release r : ctx.timeline) {
                if (!files(ctx, r.tag(), c.paths()).isEmpty()) {
                    last = r.tag();
                }
            }
            String lastTag = last;
            evidence += "; last seen in " + last + ctx.gaps.goneAfter(last).map(r -> ", " + r.describe("removed"))
                    .orElse("") + "; none in " + newest.tag() + ", the newest scanned release.";
            releases.add(lastTag);
            releases.add(newest.tag());
        }
        Verdict verdict;
        if (negated) {
            verdict = newestFiles.isEmpty() ? Verdict.SUPPORTED : Verdict.CONTRADICTED;
            evidence += " The text says it is not (or no longer) in the tree.";
        } else {
            verdict = Verdict.SUPPORTED;
        }
        return claim(PRESENCE, c.name(), s, at, verdict, evidence, releases.stream().distinct().toList());
    }

    // ---------------------------------------------------------------- landing

    private static final String LAND_VERB = "(?:merged|landed|lands?|land|added|introduced|arrived|arrives|included|"
            + "upstreamed|mainlined|accepted|debuted|appeared|went\\s+in|queued|integrated|came)";
    private static final Pattern LANDED_IN = Pattern.compile("(?i)\\b" + LAND_VERB + "\\b[^.;:]{0,60}?\\b(?:in|into|for|"
            + "with|as\\s+of|by)\\s+(?:the\\s+)?" + RELEASE);
    private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\s+(?:the\\s+)?" + RELEASE);
    private static final Pattern RELEASE_ADDS = Pattern.compile("(?i)\\b(?:Linux|kernel|v)\\s*([2-9])\\.(\\d{1,2})"
            + "(?!\\d|\\.\\d)\\s+(?:kernel\\s+)?(?:merged|adds|added|brings|brought|introduces|introduced|gains|gained|"
            + "gets|got|includes|included|welcomes|lands|landed|will\\s+(?:add|bring|include|merge))\\b");
    private static final Pattern FIRST_DRIVER = Pattern.compile("(?i)\\bfirst\\s+(?:in-tree\\s+|upstream\\s+|real\\s+)?"
            + "Rust\\s+(?:-based\\s+)?driver");
    private static final Pattern RUST_ITSELF = Pattern.compile("(?i)\\bRust\\b");

    /** Clauses of a sentence: "Rust was merged in 6.1, and Binder landed in 6.18" speaks of two landings. */
    private static final Pattern CLAUSE = Pattern.compile(";|,\\s+(?:and|but|while|whereas)\\s+|\\s+(?:but|while|"
            + "whereas)\\s+");

    /** The clause of {@code text} holding position {@code at}. */
    static String clauseAt(String text, int at) {
        Matcher m = CLAUSE.matcher(text);
        int from = 0;
        while (m.find()) {
            if (m.start() > at) {
                return text.substring(from, m.start());
            }
            from = m.end();
        }
        return text.substring(from);
    }

    static List<Claim> landing(ClaimText.Sentence s, ClaimContext ctx, List<Component> components) {
        if (GROWTH.matcher(s.text()).find()) {
            return List.of();   // "grew 5x since 6.1" counts from a release, it says nothing landed there
        }
        List<Claim> out = new ArrayList<>();
        Matcher clauses = CLAUSE.matcher(s.text());
        int from = 0;
        while (from <= s.text().length()) {
            int to = clauses.find() ? clauses.start() : s.text().length();
            landing(s, from, s.text().substring(from, to), ctx, components, out);
            from = to == s.text().length() ? to + 1 : clauses.end();
        }
        return out;
    }

    private static void landing(ClaimText.Sentence s, int offset, String clause, ClaimContext ctx,
                                List<Component> components, List<Claim> out) {
        Matcher m = null;
        for (Pattern p : List.of(LANDED_IN, SINCE, RELEASE_ADDS)) {
            Matcher candidate = p.matcher(clause);
            if (candidate.find()) {
                m = candidate;
                break;
            }
        }
        if (m == null) {
            return;
        }
        String claimed = tag(m.group(1), m.group(2));
        int at = offset + m.start();
        int before = out.size();
        Matcher first = FIRST_DRIVER.matcher(clause);
        if (first.find()) {
            out.add(landing("the first Rust driver", "a Rust driver module under drivers/", claimed, s,
                    offset + first.start(), ctx, tag -> driverModules(ctx, tag) > 0));
        }
        ClaimText.Sentence part = new ClaimText.Sentence(clause, s.start() + offset);
        for (Map.Entry<Component, Integer> e : named(part, components)) {
            Component c = e.getKey();
            out.add(landing(c.name(), "Rust code under " + String.join(", ", c.paths()), claimed, s,
                    offset + e.getValue(), ctx, tag -> !files(ctx, tag, c.paths()).isEmpty()));
        }
        if (out.size() == before && RUST_ITSELF.matcher(clause).find()) {
            out.add(landing("Rust support", "Rust code (any .rs file)", claimed, s, at, ctx,
                    tag -> !ctx.rustPaths(tag).isEmpty()));
        }
    }

    private static long driverModules(ClaimContext ctx, String tag) {
        Object n = ctx.metrics(tag).get("drivers.modules");
        if (n instanceof Number number) {
            return number.longValue();
        }
        return ctx.drivers().stream().filter(d -> ctx.rustPaths(tag).contains(d.path())).count();
    }

    private static Claim landing(String subject, String what, String claimed, ClaimText.Sentence s, int at,
                                 ClaimContext ctx, Predicate<String> has) {
        if (ctx.empty()) {
            return claim(LANDING, subject, s, at, Verdict.UNVERIFIABLE, "No release is scanned yet.", List.of());
        }
        Optional<ReleaseRange> found = ctx.firstWith(has);
        KernelInventory.Release newest = ctx.newest();
        if (found.isEmpty()) {
            if (ClaimContext.compare(claimed, newest.tag()) > 0) {
                return claim(LANDING, subject, s, at, Verdict.UNVERIFIABLE, claimed + " is newer than " + newest.tag()
                        + ", the newest scanned release, which has no " + what + ".", List.of(newest.tag()));
            }
            return claim(LANDING, subject, s, at, Verdict.CONTRADICTED, "No " + what + " in any of the "
                    + ctx.scannedSpan() + ", though " + newest.tag() + " is at or after " + claimed + ".",
                    List.of(newest.tag()));
        }
        ReleaseRange r = found.get();
        String firstSeen = what + " is first seen in " + r.tag() + ": it " + r.describe("landed") + ".";
        List<String> releases = r.afterTag() == null ? List.of(r.tag()) : List.of(r.afterTag(), r.tag());
        int vsFirst = ClaimContext.compare(claimed, r.tag());
        if (vsFirst == 0) {
            if (r.exact()) {
                return claim(LANDING, subject, s, at, Verdict.SUPPORTED, firstSeen + " " + r.afterTag()
                        + ", the release before it, is scanned and has none.", releases);
            }
            return claim(LANDING, subject, s, at, Verdict.UNVERIFIABLE, firstSeen + " " + claimed + " is the first"
                    + " scanned release with it, but " + (r.afterTag() == null ? "no earlier release is scanned"
                    : "the releases between " + r.afterTag() + " and " + claimed + " are not scanned")
                    + ", so it may have landed earlier.", releases);
        }
        if (vsFirst > 0) {
            return claim(LANDING, subject, s, at, Verdict.CONTRADICTED, firstSeen + " It is already in " + r.tag()
                    + ", before " + claimed + ".", releases);
        }
        if (r.afterTag() != null && ClaimContext.compare(claimed, r.afterTag()) <= 0) {
            return claim(LANDING, subject, s, at, Verdict.CONTRADICTED, firstSeen + " " + r.afterTag()
                    + (claimed.equals(r.afterTag()) ? "" : ", after " + claimed + ",") + " is scanned and has none.",
                    releases);
        }
        return claim(LANDING, subject, s, at, Verdict.UNVERIFIABLE, firstSeen + " " + claimed
                + " is not scanned: the claim is consistent with the scanned releases but cannot be confirmed.",
                releases);
    }

    // ---------------------------------------------------------------- docs

    private static final Pattern ABOUT_DOCS = Pattern.compile("(?i)\\bDocumentation/rust\\b|\\bdoc(?:s|umentation)\\b"
            + "|\\bpages?\\b|\\bguides?\\b");
    private static final Pattern DOC_PATH = Pattern.compile("Documentation/rust/([A-Za-z0-9_-]+)(?:\\.rst)?");
    /** The pages Documentation/rust has held upstream; a scanned release adds its own (docs.rust.pages). */
    static final List<String> KNOWN_PAGES = List.of("quick-start", "general-information", "coding-guidelines",
            "arch-support", "testing");
    private static final Map<String, List<String>> PAGE_TITLES = Map.of(
            "quick-start", List.of("quick start", "quick-start", "quickstart"),
            "general-information", List.of("general information", "general-information"),
            "coding-guidelines", List.of("coding guidelines", "coding-guidelines", "coding style"),
            "arch-support", List.of("arch support", "arch-support", "architecture support", "supported architectures"),
            "testing", List.of("testing"));

    static List<Claim> docs(ClaimText.Sentence s, ClaimContext ctx, Set<String> seen) {
        String text = s.text();
        if (!ABOUT_DOCS.matcher(text).find() || !(text.contains("Documentation/rust")
                || RUST_ITSELF.matcher(text).find())) {
            return List.of();
        }
        Map<String, Integer> pages = new LinkedHashMap<>();
        Matcher path = DOC_PATH.matcher(text);
        while (path.find()) {
            pages.putIfAbsent(path.group(1), path.start());
        }
        for (String page : KNOWN_PAGES) {
            for (String title : PAGE_TITLES.get(page)) {
                int i = indexOfWord(text, title);
                if (i >= 0) {
                    pages.putIfAbsent(page, i);
                    break;
                }
            }
        }
        List<Claim> out = new ArrayList<>();
        pages.forEach((page, at) -> {
            if (seen.add(page)) {
                out.add(docPage(page, s, at, ctx));
            }
        });
        return out;
    }

    private static Claim docPage(String page, ClaimText.Sentence s, int at, ClaimContext ctx) {
        String file = "Documentation/rust/" + page + ".rst";
        if (ctx.empty()) {
            return claim(DOCS, page, s, at, Verdict.UNVERIFIABLE, "No release is scanned yet.", List.of());
        }
        String newest = ctx.newest().tag();
        Object recorded = ctx.metrics(newest).get("docs.rust.pages");
        if (!(recorded instanceof String list)) {
            return claim(DOCS, page, s, at, Verdict.UNVERIFIABLE, "The scan of " + newest + " did not record the pages"
                    + " of Documentation/rust (counting rules before v3; docs.rust.files = "
                    + ctx.metrics(newest).getOrDefault("docs.rust.files", "?") + "): rescan to check " + file + ".",
                    List.of(newest));
        }
        List<String> have = list.isBlank() ? List.of() : List.of(list.split(" "));
        String pages = have.isEmpty() ? "none" : String.join(", ", have.stream().map(p -> p + ".rst").toList());
        if (have.contains(page)) {
            return claim(DOCS, page, s, at, Verdict.SUPPORTED, file + " is in " + newest + ", the newest scanned release"
                    + " (Documentation/rust pages there: " + pages + ").", List.of(newest));
        }
        return claim(DOCS, page, s, at, Verdict.CONTRADICTED, "No " + file + " in " + newest + ", the newest scanned"
                + " release (Documentation/rust pages there: " + pages + ").", List.of(newest));
    }

    private static int indexOfWord(String text, String phrase) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}-])",
                Pattern.CASE_INSENSITIVE).matcher(text);
        return m.find() ? m.start() : -1;
    }

    // ---------------------------------------------------------------- build

    private static final Pattern NO_STD = Pattern.compile("(?i)#!\\[no_std]|\\bno[_-]std\\b|\\bwithout\\s+(?:the\\s+)?"
            + "(?:Rust\\s+)?standard\\s+library|\\bcore\\b[^.]{0,30}\\b(?:rather|instead)\\s+(?:than|of)\\s+(?:the\\s+)?"
            + "(?:Rust\\s+)?(?:std|standard\\s+library)\\b|\\bnot\\s+(?:use\\s+)?(?:the\\s+)?(?:Rust\\s+)?(?:std|"
            + "standard\\s+library)\\b");
    private static final Pattern MIN_RUSTC = Pattern.compile("(?i)\\b(?:minimum|min\\.?|least|requires?|required|"
            + "oldest\\s+supported|needs?)\\b[^.;]{0,40}?\\b(?:rustc|Rust)\\b[^.;\\d]{0,25}?v?(1\\.\\d+(?:\\.\\d+)?)"
            + "|\\b(?:rustc|Rust)\\s+v?(1\\.\\d+(?:\\.\\d+)?)\\s+(?:or\\s+(?:later|newer)|is\\s+(?:now\\s+)?the\\s+"
            + "minimum|as\\s+(?:the\\s+)?minimum)");
    private static final Pattern KCONFIG = Pattern.compile("\\bCONFIG_RUST\\b|(?i:\\bKconfig\\b)");

    static List<Claim> build(ClaimText.Sentence s, ClaimContext ctx, Set<String> seen) {
        List<Claim> out = new ArrayList<>();
        String text = s.text();
        Matcher noStd = NO_STD.matcher(text);
        if (noStd.find() && seen.add("no_std")) {
            out.add(noStd(s, noStd.start(), ctx));
        }
        Matcher rustc = MIN_RUSTC.matcher(text);
        if (rustc.find()) {
            String version = rustc.group(1) != null ? rustc.group(1) : rustc.group(2);
            if (seen.add("rustc " + version)) {
                out.add(minRustc(version, s, rustc.start(), ctx));
            }
        }
        Matcher kconfig = KCONFIG.matcher(text);
        if (kconfig.find() && (text.contains("CONFIG_RUST") || RUST_ITSELF.matcher(text).find())
                && seen.add("kconfig")) {
            out.add(kconfig(s, kconfig.start(), ctx));
        }
        return out;
    }

    private static Claim noStd(ClaimText.Sentence s, int at, ClaimContext ctx) {
        if (ctx.empty()) {
            return claim(BUILD, "no_std", s, at, Verdict.UNVERIFIABLE, "No release is scanned yet.", List.of());
        }
        String newest = ctx.newest().tag();
        Object flag = ctx.metrics(newest).get("rust.kernel.no_std");
        if (!(flag instanceof Number n)) {
            return claim(BUILD, "no_std", s, at, Verdict.UNVERIFIABLE, "The scan of " + newest + " did not record"
                    + " whether rust/kernel/lib.rs declares #![no_std] (counting rules before v3): rescan to check.",
                    List.of(newest));
        }
        if (n.longValue() == 1) {
            return claim(BUILD, "no_std", s, at, Verdict.SUPPORTED, "rust/kernel/lib.rs in " + newest + ", the newest"
                    + " scanned release, declares #![no_std]: the kernel crate builds on core (and the kernel's own"
                    + " allocation), not std.", List.of(newest));
        }
        boolean crate = ctx.rustPaths(newest).contains("rust/kernel/lib.rs");
        return claim(BUILD, "no_std", s, at, crate ? Verdict.CONTRADICTED : Verdict.UNVERIFIABLE, crate
                ? "rust/kernel/lib.rs in " + newest + " does not declare #![no_std]."
                : newest + " has no rust/kernel/lib.rs, so no kernel crate to check.", List.of(newest));
    }

    private static Claim minRustc(String version, ClaimText.Sentence s, int at, ClaimContext ctx) {
        String subject = "minimum rustc " + version;
        Optional<KernelInventory.Release> current = ctx.current();
        if (current.isEmpty()) {
            return claim(BUILD, subject, s, at, Verdict.UNVERIFIABLE, ctx.empty() ? "No release is scanned yet."
                    : "No scanned release is as old as the text.", List.of());
        }
        StringBuilder history = new StringBuilder();
        for (KernelInventory.Release r : ctx.timeline) {
            Object v = ctx.metrics(r.tag()).get("rustc.min");
            if (v != null) {
                history.append(history.isEmpty() ? "" : ", ").append(r.tag()).append(": ").append(v);
            }
        }
        String tag = current.get().tag();
        Object min = ctx.metrics(tag).get("rustc.min");
        String source = " (scripts/min-tool-version.sh; scanned minimums: " + (history.isEmpty() ? "none" : history)
                + ")";
        if (min == null) {
            return claim(BUILD, subject, s, at, Verdict.UNVERIFIABLE, tag + " has no minimum rustc in"
                    + " scripts/min-tool-version.sh" + source + ".", List.of(tag));
        }
        if (sameVersion(version, min.toString())) {
            return claim(BUILD, subject, s, at, Verdict.SUPPORTED, "The minimum rustc of " + tag + " is " + min
                    + source + ".", List.of(tag));
        }
        Optional<KernelInventory.Release> next = ctx.at == null ? Optional.empty() : ctx.acrossGap(current.get());
        if (next.isPresent()) {
            Object later = ctx.metrics(next.get().tag()).get("rustc.min");
            if (later != null && compareVersions(version, min.toString()) > 0
                    && compareVersions(version, later.toString()) <= 0) {
                return claim(BUILD, subject, s, at, Verdict.UNVERIFIABLE, "The minimum rustc is " + min + " in " + tag
                        + " and " + later + " in " + next.get().tag() + "; the releases between are not scanned, so the"
                        + " minimum at the text's date is not known" + source + ".", List.of(tag, next.get().tag()));
            }
        }
        return claim(BUILD, subject, s, at, Verdict.CONTRADICTED, "The minimum rustc of " + tag + " is " + min + ", not "
                + version + source + ".", List.of(tag));
    }

    static boolean sameVersion(String a, String b) {
        return compareVersions(a, b) == 0;
    }

    /** 1.78 and 1.78.0 are the same version. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Integer.compare(i < x.length ? Integer.parseInt(x[i]) : 0, i < y.length ? Integer.parseInt(y[i]) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** "CONFIG_RUST depends on HAVE_RUST", "requires CONFIG_MODVERSIONS": the Kconfig symbols a sentence says it needs. */
    private static final Pattern NEEDS_SYMBOL = Pattern.compile("(?i:\\b(?:depends?\\s+on|requires?|needs?|"
            + "behind)\\b)[^.;]{0,40}?\\b(?:CONFIG_)?([A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]|[A-Z]{4,})\\b");

    private static Claim kconfig(ClaimText.Sentence s, int at, ClaimContext ctx) {
        if (ctx.empty()) {
            return claim(BUILD, "CONFIG_RUST", s, at, Verdict.UNVERIFIABLE, "No release is scanned yet.", List.of());
        }
        String newest = ctx.newest().tag();
        Map<String, Object> m = ctx.metrics(newest);
        Object symbols = m.get("kconfig.rust.symbols");
        if (!(symbols instanceof Number n)) {
            return claim(BUILD, "CONFIG_RUST", s, at, Verdict.UNVERIFIABLE, "The scan of " + newest + " has no Kconfig"
                    + " counts.", List.of(newest));
        }
        Object files = m.get("kconfig.rust.files");
        String where = files instanceof String f && !f.isBlank() ? " declared in " + String.join(", ", f.split(" "))
                : "";
        if (n.longValue() == 0) {
            return claim(BUILD, "CONFIG_RUST", s, at, Verdict.CONTRADICTED, newest + ", the newest scanned release, has"
                    + " no Kconfig symbol named RUST or RUST_* (kconfig.rust.symbols = 0).", List.of(newest));
        }
        String found = newest + ", the newest scanned release, has " + plural(n.longValue(), "Kconfig symbol")
                + " named RUST or RUST_*" + where + " (kconfig.rust.symbols)";
        Object depends = m.get("kconfig.rust.config.depends");
        Matcher needs = NEEDS_SYMBOL.matcher(s.text());
        while (needs.find()) {
            String symbol = needs.group(1);
            if (!symbol.equals("RUST") && !symbol.equals("KCONFIG")) {
                return dependency(symbol, s, needs.start(1), newest, depends, found);
            }
        }
        String config = depends instanceof String d ? "; config RUST in init/Kconfig depends on: "
                + (d.isBlank() ? "nothing" : d) + " (kconfig.rust.config.depends)" : "";
        return claim(BUILD, "CONFIG_RUST", s, at, Verdict.SUPPORTED, found + config + ".", List.of(newest));
    }

    /**
     * A symbol the sentence says Rust support needs, looked up in the {@code depends on} lines of {@code config RUST}:
     * supported when one of them is the symbol alone; otherwise unverifiable, saying where it appears (inside an
     * expression such as {@code !MODVERSIONS || GENDWARFKSYMS}, which the rule does not evaluate) or that it is no
     * direct dependency (an indirect one, through HAVE_RUST or RUST_IS_AVAILABLE, is not followed).
     */
    private static Claim dependency(String symbol, ClaimText.Sentence s, int at, String newest, Object depends,
                                    String found) {
        String subject = "CONFIG_RUST depends on " + symbol;
        if (!(depends instanceof String d)) {
            return claim(BUILD, subject, s, at, Verdict.UNVERIFIABLE, found + "; the scan of " + newest + " did not"
                    + " record the dependencies of config RUST (counting rules before v3, or no config RUST in"
                    + " init/Kconfig): rescan to check.", List.of(newest));
        }
        List<String> lines = d.isBlank() ? List.of() : List.of(d.split("; "));
        String all = " (config RUST in init/Kconfig of " + newest + " depends on: " + (d.isBlank() ? "nothing" : d)
                + "; kconfig.rust.config.depends)";
        if (lines.contains(symbol)) {
            return claim(BUILD, subject, s, at, Verdict.SUPPORTED, "\"depends on " + symbol + "\" is a line of"
                    + " config RUST" + all + ".", List.of(newest));
        }
        Pattern word = Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(symbol) + "(?![A-Za-z0-9_])");
        Optional<String> inside = lines.stream().filter(l -> word.matcher(l).find()).findFirst();
        return claim(BUILD, subject, s, at, Verdict.UNVERIFIABLE, inside.map(l -> symbol + " appears only inside"
                + " \"depends on " + l + "\", which this rule does not evaluate")
                .orElse(symbol + " is no direct dependency of config RUST; indirect ones are not followed") + all + ".",
                List.of(newest));
    }

    // ---------------------------------------------------------------- size and share

    private static final String QUALIFIER = "(?:(about|around|roughly|nearly|almost|over|more\\s+than|less\\s+than|"
            + "under|fewer\\s+than|some|approximately|~|at\\s+least|just\\s+over|just\\s+under|close\\s+to)\\s+)?";
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)";
    private static final Pattern LINES = Pattern.compile("(?i)" + QUALIFIER + NUMBER
            + "(?:\\s*|-)(million|thousand|billion|[km](?![a-z]))?(?:\\s+|-)(?:lines?|LOC|SLOC)\\b(?:\\s+of\\s+"
            + "(?:(C|Rust)\\b|(?:the\\s+)?(?:source\\s+)?code))?(?:\\s+(C|Rust)\\b)?");
    private static final Pattern GROWTH = Pattern.compile("(?i)\\b(?:grew|grown|increased|multiplied|risen|rose|"
            + "expanded)\\b[^.;]{0,30}?\\b(?:by\\s+)?(?:(more\\s+than|over|nearly|almost|about)\\s+)?(\\d+(?:\\.\\d+)?)"
            + "\\s*(?:×|x|times|-fold|fold)(?![a-z])|\\b(doubled|tripled|quadrupled)\\b");
    private static final Pattern BASE = Pattern.compile("(?i)\\b(?:since|from|compared\\s+(?:to|with))\\s+"
            + "(?:the\\s+)?" + RELEASE);
    private static final Pattern SHARE_OF = Pattern.compile("(?i)" + QUALIFIER + "(\\d+(?:\\.\\d+)?)\\s*(?:%|percent|"
            + "per\\s+cent)\\s+of\\s+(?:the\\s+)?(?:(?:Linux|kernel)(?:'s)?\\s+)?(?:kernel|code(?:\\s*base)?|source|lines|"
            + "tree)");

    /** A number the text states, how it may be off, and how it was written. */
    record Stated(double value, double tolerance, int sided, String written) {

        boolean holds(double measured) {
            if (sided > 0) {
                return measured >= value;
            }
            if (sided < 0) {
                return measured <= value && measured >= value * 0.5;
            }
            return Math.abs(measured - value) <= tolerance;
        }
    }

    static Stated stated(String qualifier, String number, double multiplier, double relative, String written) {
        String digits = number.replace(",", "");
        int decimals = digits.contains(".") ? digits.length() - digits.indexOf('.') - 1 : 0;
        double value = Double.parseDouble(digits) * multiplier;
        double rounding = 0.5 * Math.pow(10, -decimals) * multiplier;
        String q = qualifier == null ? "" : qualifier.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int sided = switch (q) {
            case "over", "more than", "at least", "just over" -> 1;
            case "less than", "under", "fewer than", "just under" -> -1;
            default -> 0;
        };
        return new Stated(value, Math.max(rounding, value * relative), sided, written);
    }

    private static double multiplier(String unit) {
        if (unit == null) {
            return 1;
        }
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "million", "m" -> 1e6;
            case "thousand", "k" -> 1e3;
            case "billion" -> 1e9;
            default -> 1;
        };
    }

    /** One definition a number may have been measured by: its label and the metric (or sum of metrics). */
    record Definition(String label, List<String> keys) {

        Optional<Double> value(Map<String, Object> metrics) {
            double sum = 0;
            for (String key : keys) {
                if (!(metrics.get(key) instanceof Number n)) {
                    return Optional.empty();
                }
                sum += n.doubleValue();
            }
            return Optional.of(sum);
        }
    }

    static List<Claim> size(ClaimText.Sentence s, ClaimContext ctx) {
        List<Claim> out = new ArrayList<>();
        Matcher m = LINES.matcher(s.text());
        while (m.find()) {
            String language = m.group(4) != null ? m.group(4) : m.group(5);
            if (language == null) {
                String before = s.text().substring(Math.max(0, m.start() - 40), m.start());
                String after = s.text().substring(m.end(), Math.min(s.text().length(), m.end() + 40));
                language = Pattern.compile("(?i)\\bRust\\b").matcher(before + " " + after).find()
                        && !Pattern.compile("(?i)\\b(?:kernel|Linux)\\b").matcher(after).lookingAt() ? "Rust" : null;
                if (language == null && Pattern.compile("\\bC\\b").matcher(after).find()) {
                    language = "C";
                }
            }
            Stated stated = stated(m.group(1), m.group(2), multiplier(m.group(3)), 0.10, m.group().strip());
            List<Definition> definitions;
            String subject;
            if ("Rust".equalsIgnoreCase(language)) {
                subject = "lines of Rust";
                definitions = List.of(new Definition("all lines of .rs files (rust.lines)", List.of("rust.lines")),
                        new Definition("code lines of .rs files (rust.code)", List.of("rust.code")));
            } else if ("C".equalsIgnoreCase(language)) {
                subject = "lines of C";
                definitions = List.of(new Definition("all lines of .c and .h files (c.lines)", List.of("c.lines")),
                        new Definition("code lines of .c and .h files (c.code)", List.of("c.code")));
            } else {
                subject = "lines of the kernel";
                definitions = List.of(new Definition("all lines of C and Rust files (c.lines + rust.lines; other"
                        + " files are not counted)", List.of("c.lines", "rust.lines")),
                        new Definition("code lines of C and Rust files (c.code + rust.code)", List.of("c.code", "rust.code")));
            }
            out.add(measured(SIZE, subject, stated, definitions, s, m.start(), ctx, false));
        }
        Matcher g = GROWTH.matcher(s.text());
        if (g.find() && RUST_ITSELF.matcher(s.text()).find()) {
            out.add(growth(g, s, ctx));
        }
        Matcher d = DRIVER_COUNT.matcher(s.text());
        if (d.find()) {
            out.add(driverCount(d, s, ctx));
        }
        return out;
    }

    /** Counts in words, as texts write small ones. */
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("a dozen", 12), Map.entry("dozens of", 24));
    private static final String COUNT = "(\\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a\\s+dozen|"
            + "dozens\\s+of)";
    /** Words between the count and "Rust drivers" that keep it a count of drivers ("ten in-tree Rust drivers"). */
    private static final String DRIVER_ADJECTIVES = "(?:(?:in-tree|upstream|mainline|merged|kernel|real|"
            + "production|working|new|more|additional)\\s+){0,2}";
    private static final Pattern DRIVER_COUNT = Pattern.compile("(?i)(?<![\\p{L}\\p{N}.,])" + QUALIFIER + COUNT + "\\s+"
            + DRIVER_ADJECTIVES + "(?:Rust(?:-based|-written)?\\s+(?:[A-Za-z]+\\s+)?drivers\\b|drivers\\s+"
            + "(?:written|implemented)\\s+in\\s+Rust\\b)");
    /**
     * A count of drivers a release adds is no count of the drivers there are: a verb of adding in the clause, or
     * "new", "more", "additional", "another" in the count itself ("two new Rust drivers").
     */
    private static final Pattern ADDED = Pattern.compile("(?i)\\b(?:adds?|added|adding|brings?|brought|gains?|gained|"
            + "introduces?|introduced|landed|lands|merged\\s+(?:in|for|into))\\b");
    private static final Pattern ADDED_IN_COUNT = Pattern.compile("(?i)\\b(?:another|new|additional|"
            + "more(?!\\s+than))\\b");

    /**
     * "Ten Rust drivers", "a dozen Rust drivers", "more than 5 drivers written in Rust": compared with the driver
     * modules (drivers.modules) and with modules and libraries together (drivers.modules + drivers.libraries) of the
     * newest scanned release at or before the text's date, within 10 % of the count rounded down (ten: 9 to 11;
     * five: exactly five; "more than", "under" one-sided as in the size rule); a count said to be
     * added (Linux 6.8 adds two Rust drivers) is unverifiable, as the rule counts drivers present, not added.
     */
    private static Claim driverCount(Matcher d, ClaimText.Sentence s, ClaimContext ctx) {
        String word = d.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String number = NUMBER_WORDS.containsKey(word) ? Integer.toString(NUMBER_WORDS.get(word)) : word;
        String qualifier = word.equals("dozens of") ? "more than" : d.group(1);
        Stated loose = stated(qualifier, number, 1, 0.10, d.group().strip());
        // a count of drivers is whole: 10 % of it, rounded down (ten: ±1; five: exactly five)
        Stated stated = new Stated(loose.value(), Math.floor(loose.value() * 0.10), loose.sided(), loose.written());
        List<Definition> definitions = List.of(
                new Definition("Rust driver modules (drivers.modules: .rs files under drivers/ declaring a module)",
                        List.of("drivers.modules")),
                new Definition("Rust driver modules and libraries (drivers.modules + drivers.libraries)",
                        List.of("drivers.modules", "drivers.libraries")));
        String clause = clauseAt(s.text(), d.start());
        if (ADDED.matcher(clause).find() || ADDED_IN_COUNT.matcher(d.group()).find()) {
            Optional<KernelInventory.Release> current = ctx.current();
            String counts = current.map(r -> r.tag() + " has " + ctx.metrics(r.tag()).getOrDefault("drivers.modules",
                    "no recorded number of") + " Rust driver modules (drivers.modules)").orElse("no release is scanned"
                    + " at the text's date");
            return claim(SIZE, "Rust drivers", s, d.start(), Verdict.UNVERIFIABLE, "\"" + d.group().strip() + "\""
                    + " reads as drivers added, and this rule counts the drivers a release has, not those it adds: "
                    + counts + ".", current.map(r -> List.of(r.tag())).orElse(List.of()));
        }
        return measured(SIZE, "Rust drivers", stated, definitions, s, d.start(), ctx, false);
    }

    static List<Claim> share(ClaimText.Sentence s, ClaimContext ctx) {
        if (!RUST_ITSELF.matcher(s.text()).find()) {
            return List.of();
        }
        List<Claim> out = new ArrayList<>();
        Matcher m = SHARE_OF.matcher(s.text());
        while (m.find()) {
            Stated stated = stated(m.group(1), m.group(2), 0.01, 0.10, m.group().strip());
            out.add(measured(SHARE, "Rust's share", stated, List.of(
                    new Definition("Rust code lines over C and Rust code lines (share.code)", List.of("share.code")),
                    new Definition("Rust lines over C and Rust lines (share.lines)", List.of("share.lines"))),
                    s, m.start(), ctx, true));
        }
        return out;
    }

    private static String show(double value, boolean percent) {
        if (percent) {
            return String.format(Locale.ROOT, "%.2f %%", value * 100);
        }
        return String.format(Locale.ROOT, "%,d", Math.round(value));
    }

    private static Claim measured(String kind, String subject, Stated stated, List<Definition> definitions,
                                  ClaimText.Sentence s, int at, ClaimContext ctx, boolean percent) {
        Optional<KernelInventory.Release> current = ctx.current();
        if (current.isEmpty()) {
            return claim(kind, subject, s, at, Verdict.UNVERIFIABLE, ctx.empty() ? "No release is scanned yet."
                    : "No scanned release is as old as the text (the first is " + ctx.timeline.getFirst().tag() + ").",
                    List.of());
        }
        String tag = current.get().tag();
        String tolerance = stated.sided() > 0 ? "at least the stated number" : stated.sided() < 0
                ? "at most the stated number (and at least half of it)"
                : "tolerance ±" + show(stated.tolerance(), percent);
        List<String> values = new ArrayList<>();
        for (Definition d : definitions) {
            Optional<Double> v = d.value(ctx.metrics(tag));
            if (v.isEmpty()) {
                continue;
            }
            values.add(d.label() + " = " + show(v.get(), percent));
            if (stated.holds(v.get())) {
                return claim(kind, subject, s, at, Verdict.SUPPORTED, tag + (ctx.at == null ? ", the newest scanned"
                        + " release" : ", the newest scanned release at the text's date") + ": " + d.label() + " = "
                        + show(v.get(), percent) + " (stated \"" + stated.written() + "\"; " + tolerance + ").",
                        List.of(tag));
            }
        }
        if (values.isEmpty()) {
            return claim(kind, subject, s, at, Verdict.UNVERIFIABLE, "The scan of " + tag + " has none of "
                    + definitions.stream().map(Definition::label).toList() + ".", List.of(tag));
        }
        Optional<KernelInventory.Release> next = ctx.at == null ? Optional.empty() : ctx.acrossGap(current.get());
        if (next.isPresent()) {
            for (Definition d : definitions) {
                Optional<Double> before = d.value(ctx.metrics(tag));
                Optional<Double> after = d.value(ctx.metrics(next.get().tag()));
                if (before.isPresent() && after.isPresent() && (stated.holds(after.get())
                        || between(stated.value(), before.get(), after.get()))) {
                    return claim(kind, subject, s, at, Verdict.UNVERIFIABLE, d.label() + " is "
                            + show(before.get(), percent) + " in " + tag + " and " + show(after.get(), percent) + " in "
                            + next.get().tag() + "; the releases between are not scanned, so the value at the text's"
                            + " date is not known (stated \"" + stated.written() + "\").",
                            List.of(tag, next.get().tag()));
                }
            }
        }
        return claim(kind, subject, s, at, Verdict.CONTRADICTED, tag + (ctx.at == null ? ", the newest scanned release"
                + ": " : ", the newest scanned release at the text's date: ") + String.join("; ", values)
                + " (stated \"" + stated.written() + "\"; " + tolerance + ").", List.of(tag));
    }

    private static boolean between(double x, double a, double b) {
        return x >= Math.min(a, b) && x <= Math.max(a, b);
    }

    private static Claim growth(Matcher g, ClaimText.Sentence s, ClaimContext ctx) {
        double factor;
        String qualifier = null;
        if (g.group(3) != null) {
            factor = switch (g.group(3).toLowerCase(Locale.ROOT)) {
                case "doubled" -> 2;
                case "tripled" -> 3;
                default -> 4;
            };
        } else {
            factor = Double.parseDouble(g.group(2));
            qualifier = g.group(1);
        }
        Stated stated = stated(qualifier, Double.toString(factor), 1, 0.15, g.group().strip());
        Matcher base = BASE.matcher(s.text());
        String subject = "growth of Rust code";
        if (!base.find()) {
            return claim(SIZE, subject, s, g.start(), Verdict.UNVERIFIABLE, "The text names no release the growth is"
                    + " counted from (\"since 6.1\"), so there is nothing to divide by.", List.of());
        }
        String from = tag(base.group(1), base.group(2));
        Optional<KernelInventory.Release> to = ctx.current();
        if (!ctx.isScanned(from) || to.isEmpty()) {
            return claim(SIZE, subject, s, g.start(), Verdict.UNVERIFIABLE, from + " is not scanned, so Rust code"
                    + " then is not known (" + ctx.scannedSpan() + ").", List.of());
        }
        Object a = ctx.metrics(from).get("rust.code");
        Object b = ctx.metrics(to.get().tag()).get("rust.code");
        if (!(a instanceof Number na) || !(b instanceof Number nb) || na.doubleValue() == 0) {
            return claim(SIZE, subject, s, g.start(), Verdict.UNVERIFIABLE, "Rust code (rust.code) in " + from
                    + " is " + (a == null ? "not recorded" : a) + ", so no growth factor can be computed.",
                    List.of(from));
        }
        double measured = nb.doubleValue() / na.doubleValue();
        String evidence = "Rust code (rust.code): " + show(na.doubleValue(), false) + " lines in " + from + ", "
                + show(nb.doubleValue(), false) + " in " + to.get().tag() + ": " + String.format(Locale.ROOT, "%.1f×",
                measured) + " (stated \"" + stated.written() + "\"; " + (stated.sided() > 0 ? "at least the stated"
                + " factor" : stated.sided() < 0 ? "at most the stated factor" : "tolerance ±"
                + String.format(Locale.ROOT, "%.1f×", stated.tolerance())) + ").";
        return claim(SIZE, subject, s, g.start(), stated.holds(measured) ? Verdict.SUPPORTED : Verdict.CONTRADICTED,
                evidence, List.of(from, to.get().tag()));
    }

    // ---------------------------------------------------------------- anything else

    private static final Pattern ABOUT_KERNEL = Pattern.compile("(?i)\\b(?:kernel|Linux|mainline|upstream|tree)\\b");
    private static final Pattern TREE_WORD = Pattern.compile("(?i)\\b(merged|landed|drivers?|lines|files|maintainers?|"
            + "unsafe|abstractions?|bindings|architectures?|subsystems?|crates?|modules?|\\d+(?:\\.\\d+)?\\s*%|"
            + "\\d[\\d,.]*)\\b");

    /** Whether the sentence names a component (seen before, so no claim of its own now): not an unmatched claim. */
    static boolean mentionsAny(ClaimText.Sentence s, List<Component> components) {
        return !named(s, components).isEmpty();
    }

    static Optional<Claim> unmatched(ClaimText.Sentence s) {
        String text = s.text();
        if (!RUST_ITSELF.matcher(text).find() || !ABOUT_KERNEL.matcher(text).find()) {
            return Optional.empty();
        }
        Matcher m = TREE_WORD.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(claim(UNVERIFIABLE, m.group(1), s, m.start(), Verdict.UNVERIFIABLE, "Reads as a claim about"
                + " the tree (\"" + m.group(1) + "\" in a sentence about Rust and the kernel), but no rule checks it:"
                + " it names no tracked component, release landing, Documentation/rust page, build fact, size or"
                + " share.", List.of()));
    }
}
