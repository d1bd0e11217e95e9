package dev.oxidometer.news;

import dev.oxidometer.release.ReleaseGaps;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;


/**
 * Proposes links for an article, ranked: a release number the article names ("Linux 6.12", "merged for 6.18"), as
 * the scanned release whose range holds it; only without one, the release current at its publication date and the
 * release whose merge window it falls in; then components named through the alias table (their drivers, libraries
 * and abstraction modules), drivers named by their module name, and abstraction modules named in the text. Pure:
 * everything comes from the article, the inventory and the aliases.
 */
final class LinkSuggester {

    /** A release number in the title: the strongest sign of which release the article is about. */
    static final int RELEASE_IN_TITLE = 110;
    static final int RELEASE_IN_SUMMARY = 105;
    static final int CURRENT_RELEASE = 100;
    /** A scanned release that may not have been the current one: releases after it are not scanned. */
    static final int NEWEST_SCANNED_BEFORE = 45;
    static final int MERGE_WINDOW = 95;
    static final int ALIAS_IN_TITLE = 80;
    static final int DRIVER_IN_TITLE = 70;
    static final int ALIAS_IN_SUMMARY = 60;
    static final int DRIVER_IN_SUMMARY = 50;
    static final int ABSTRACTION_IN_TITLE = 40;
    static final int ABSTRACTION_IN_SUMMARY = 30;

    /** A merge window lasts two weeks when the data holds no -rc1 tag to say when it closed. */
    static final Duration MERGE_WINDOW_LENGTH = Duration.ofDays(14);

    /** Module names that are ordinary English words: naming them is no sign the article is about the module. */
    private static final Set<String> COMMON_WORDS = Set.of("error", "init", "list", "print", "prelude", "str", "sync",
            "task", "time", "types", "page", "file", "device", "security", "bits", "bug", "fmt", "io", "of", "id",
            "ptr", "cred", "alloc", "build_assert", "static_assert", "transmute", "module", "driver", "kernel");

    private LinkSuggester() {
    }

    /**
     * A kernel release in prose: "Linux 6.18", "kernel 6.8", "v6.1", "the 6.2 kernel", "for 6.18", "6.18 merge
     * window"; majors 2 to 9, so "Rust 1.78" is no release. Compiled once: the feed import runs it on every entry.
     */
    private static final java.util.regex.Pattern RELEASE_NUMBER = java.util.regex.Pattern.compile(
            "(?i)(?:\\b(?:Linux|kernel|mainline)\\s+(?:version\\s+)?v?|\\bv|\\b(?:for|in|into|since|with|to|until)"
                    + "\\s+(?:the\\s+)?(?:Linux\\s+)?v?)([2-9])\\.(\\d{1,2})(?!\\d|\\.\\d)"
                    + "|\\b([2-9])\\.(\\d{1,2})(?!\\d|\\.\\d)\\s+(?:kernel|merge\\s+window|release|cycle|series)\\b");

    static List<Suggestion> suggest(Article article, KernelInventory inventory, List<Alias> aliases) {
        Map<String, Suggestion> best = new LinkedHashMap<>();
        ReleaseGaps gaps = inventory.gaps();
        List<Suggestion> named = namedReleases(article, gaps);
        if (named.isEmpty()) {
            releases(article.publishedAt(), inventory.releases(), gaps).forEach(s -> keep(best, s));
        } else {
            named.forEach(s -> keep(best, s));
        }
        List<KernelInventory.DriverRef> drivers = inventory.drivers();
        List<String> abstractions = inventory.abstractions();
        WordSearch title = WordSearch.of(article.title());
        WordSearch summary = WordSearch.of(article.summary());
        for (Mentions.Mention m : Mentions.of(title, article.summary() == null ? null : summary, aliases)) {
            int score = m.inTitle() ? ALIAS_IN_TITLE : ALIAS_IN_SUMMARY;
            String where = m.inTitle() ? "title" : "summary";
            for (String path : m.paths()) {
                String reason = "\"" + m.alias() + "\" in the " + where + " (" + path + ")";
                drivers.stream().filter(d -> Alias.covers(path, d.path()))
                        .forEach(d -> keep(best, new Suggestion(LinkKind.DRIVER, d.name(), score, reason)));
                moduleOf(path).filter(abstractions::contains)
                        .ifPresent(mod -> keep(best, new Suggestion(LinkKind.ABSTRACTION, mod, score, reason)));
            }
        }
        for (KernelInventory.DriverRef d : drivers) {
            named(title, summary, d.name(), DRIVER_IN_TITLE, DRIVER_IN_SUMMARY)
                    .ifPresent(score -> keep(best, new Suggestion(LinkKind.DRIVER, d.name(), score,
                            "driver name \"" + d.name() + "\" in the " + (score == DRIVER_IN_TITLE ? "title" : "summary"))));
        }
        for (String mod : abstractions) {
            if (mod.length() < 3 || COMMON_WORDS.contains(mod)) {
                continue;
            }
            named(title, summary, mod, ABSTRACTION_IN_TITLE, ABSTRACTION_IN_SUMMARY)
                    .ifPresent(score -> keep(best, new Suggestion(LinkKind.ABSTRACTION, mod, score,
                            "module name \"" + mod + "\" in the " + (score == ABSTRACTION_IN_TITLE ? "title" : "summary"))));
        }
        List<Suggestion> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingInt(Suggestion::score).reversed()
                .thenComparing(s -> s.kind().ordinal())
                .thenComparing(Suggestion::target));
        return out;
    }

    /**
     * The release numbers the title and summary name, each as the scanned release whose range holds it: the release
     * itself when scanned, else the first scanned release after it, with the range it stands for ("6.18" → v7.2
     * when v6.12 and v7.2 are scanned: between v6.13 and v7.2). A number newer than every scanned release suggests
     * nothing.
     */
    static List<Suggestion> namedReleases(Article article, ReleaseGaps gaps) {
        List<Suggestion> out = new ArrayList<>();
        namedReleases(article.title(), "title", RELEASE_IN_TITLE, gaps, out);
        namedReleases(article.summary(), "summary", RELEASE_IN_SUMMARY, gaps, out);
        return out;
    }

    private static void namedReleases(String text, String where, int score, ReleaseGaps gaps, List<Suggestion> out) {
        if (text == null || text.isEmpty()) {
            return;
        }
        java.util.regex.Matcher m = RELEASE_NUMBER.matcher(text);
        while (m.find()) {
            String major = m.group(1) != null ? m.group(1) : m.group(3);
            String minor = m.group(1) != null ? m.group(2) : m.group(4);
            String named = "v" + major + "." + Integer.parseInt(minor);
            Optional<String> held = gaps.scannedHolding(named);
            if (held.isEmpty()) {
                continue;
            }
            String written = m.group().strip();
            String reason;
            if (held.get().equals(named)) {
                reason = "\"" + written + "\" in the " + where + " (a scanned release)";
            } else {
                reason = "\"" + written + "\" in the " + where + ": " + named + " is not scanned; " + held.get()
                        + " is the scanned release whose range holds it (" + gaps.firstSeenIn(held.get()).phrase() + ")";
            }
            out.add(new Suggestion(LinkKind.RELEASE, held.get(), score, reason));
        }
    }

    /** As {@link #releases(Instant, List, ReleaseGaps)}, with the numbering alone telling what is missing. */
    static List<Suggestion> releases(Instant at, List<KernelInventory.Release> all) {
        return releases(at, all, ReleaseGaps.of(all.stream().filter(r -> !r.rc()).map(KernelInventory.Release::tag)
                .toList()));
    }

    /**
     * The release current at {@code at}, and the release whose merge window {@code at} falls in. A scanned release
     * is called current only when the scanned release after it is the next one ({@code gaps}): across a gap, the
     * current release may be one that was not scanned, and the suggestion says so, ranked lower.
     */
    static List<Suggestion> releases(Instant at, List<KernelInventory.Release> all, ReleaseGaps gaps) {
        List<KernelInventory.Release> finals = all.stream().filter(r -> !r.rc() && r.date() != null).toList();
        List<Suggestion> out = new ArrayList<>();
        KernelInventory.Release current = null;
        int index = -1;
        for (int i = 0; i < finals.size(); i++) {
            if (!finals.get(i).date().isAfter(at)) {
                current = finals.get(i);
                index = i;
            }
        }
        if (current == null) {
            return out;
        }
        boolean newest = index + 1 == finals.size();
        boolean nextAdjacent = !newest && gaps.adjacent(current.tag(), finals.get(index + 1).tag());
        if (nextAdjacent) {
            out.add(new Suggestion(LinkKind.RELEASE, current.tag(), CURRENT_RELEASE,
                    "the current release when the article appeared"));
        } else if (newest) {
            out.add(new Suggestion(LinkKind.RELEASE, current.tag(), NEWEST_SCANNED_BEFORE,
                    "the newest scanned release when the article appeared; whether a later release was out by then is not known"));
        } else {
            String currentTag = current.tag();
            ReleaseGaps.Gap gap = gaps.gaps().stream().filter(g -> g.afterTag().equals(currentTag)).findFirst()
                    .orElse(null);
            out.add(new Suggestion(LinkKind.RELEASE, current.tag(), NEWEST_SCANNED_BEFORE,
                    "the newest scanned release before the article appeared; the current release then may be one "
                            + "not scanned (" + (gap == null ? "releases up to " + finals.get(index + 1).tag()
                            : gap.label()) + ")"));
        }
        if (nextAdjacent) {
            KernelInventory.Release next = finals.get(index + 1);
            Instant closes = all.stream().filter(r -> r.tag().equals(next.tag() + "-rc1") && r.date() != null)
                    .map(KernelInventory.Release::date).findFirst()
                    .orElse(current.date().plus(MERGE_WINDOW_LENGTH));
            if (at.isBefore(closes)) {
                out.add(new Suggestion(LinkKind.RELEASE, next.tag(), MERGE_WINDOW,
                        "published in the " + next.tag() + " merge window (opened with " + current.tag() + ")"));
            }
        }
        return out;
    }

    /** True when {@code next} is the release right after {@code tag}: v6.17 then v6.18, or v6.19 then v7.0. */
    static boolean successive(String tag, String next) {
        return ReleaseGaps.of(List.of(tag, next)).adjacent(tag, next);
    }

    /** {@code rust/kernel/cpufreq.rs} and {@code rust/kernel/cpufreq/...} are the module {@code cpufreq}. */
    static Optional<String> moduleOf(String path) {
        if (!path.startsWith("rust/kernel/")) {
            return Optional.empty();
        }
        String rest = path.substring("rust/kernel/".length());
        String first = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        return Optional.of(first.endsWith(".rs") ? first.substring(0, first.length() - 3) : first)
                .filter(s -> !s.isEmpty());
    }

    private static Optional<Integer> named(WordSearch title, WordSearch summary, String name, int inTitle,
                                           int inSummary) {
        if (Mentions.names(title, name)) {
            return Optional.of(inTitle);
        }
        return Mentions.names(summary, name) ? Optional.of(inSummary) : Optional.empty();
    }

    private static void keep(Map<String, Suggestion> best, Suggestion s) {
        best.merge(s.kind().key() + ":" + s.target(), s, (old, neu) -> neu.score() > old.score() ? neu : old);
    }
}
