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
 * Proposes links for an article, ranked: the release current at its publication date, the release whose merge
 * window it falls in, then components named through the alias table, drivers named by their module name, and
 * abstraction modules named in the text. Pure: everything comes from the article, the inventory and the aliases.
 */
final class LinkSuggester {

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

    static List<Suggestion> suggest(Article article, KernelInventory inventory, List<Alias> aliases) {
        Map<String, Suggestion> best = new LinkedHashMap<>();
        releases(article.publishedAt(), inventory.releases(), inventory.gaps()).forEach(s -> keep(best, s));
        List<KernelInventory.DriverRef> drivers = inventory.drivers();
        List<String> abstractions = inventory.abstractions();
        for (Mentions.Mention m : Mentions.of(article, aliases)) {
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
            named(article, d.name(), DRIVER_IN_TITLE, DRIVER_IN_SUMMARY)
                    .ifPresent(score -> keep(best, new Suggestion(LinkKind.DRIVER, d.name(), score,
                            "driver name \"" + d.name() + "\" in the " + (score == DRIVER_IN_TITLE ? "title" : "summary"))));
        }
        for (String mod : abstractions) {
            if (mod.length() < 3 || COMMON_WORDS.contains(mod)) {
                continue;
            }
            named(article, mod, ABSTRACTION_IN_TITLE, ABSTRACTION_IN_SUMMARY)
                    .ifPresent(score -> keep(best, new Suggestion(LinkKind.ABSTRACTION, mod, score,
                            "module name \"" + mod + "\" in the " + (score == ABSTRACTION_IN_TITLE ? "title" : "summary"))));
        }
        List<Suggestion> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingInt(Suggestion::score).reversed()
                .thenComparing(s -> s.kind().ordinal())
                .thenComparing(Suggestion::target));
        return out;
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

    private static Optional<Integer> named(Article a, String name, int inTitle, int inSummary) {
        if (Mentions.names(a.title(), name)) {
            return Optional.of(inTitle);
        }
        return Mentions.names(a.summary(), name) ? Optional.of(inSummary) : Optional.empty();
    }

    private static void keep(Map<String, Suggestion> best, Suggestion s) {
        best.merge(s.kind().key() + ":" + s.target(), s, (old, neu) -> neu.score() > old.score() ? neu : old);
    }
}
