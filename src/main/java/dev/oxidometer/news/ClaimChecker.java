package dev.oxidometer.news;

import dev.oxidometer.release.ReleaseGaps;
import dev.oxidometer.release.ReleaseRange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks what an article names through the alias table against the scanned releases: since which release the
 * component's Rust code is in the tree, or that no scanned release has any. Runs over the final releases (the
 * release candidates too when no final release is stored), oldest first.
 */
final class ClaimChecker {

    private ClaimChecker() {
    }

    static List<ClaimCheck> check(Article article, KernelInventory inventory, List<Alias> aliases) {
        List<KernelInventory.Release> timeline = inventory.releases().stream().filter(r -> !r.rc()).toList();
        if (timeline.isEmpty()) {
            timeline = inventory.releases();
        }
        Map<String, List<String>> pathsByTag = new HashMap<>();
        List<ClaimCheck> out = new ArrayList<>();
        ReleaseGaps gaps = inventory.gaps();
        for (Mentions.Mention m : Mentions.of(article, aliases)) {
            for (String path : m.paths()) {
                out.add(check(m.alias(), path, timeline, tag -> pathsByTag.computeIfAbsent(tag, inventory::rustPaths),
                        gaps));
            }
        }
        return out;
    }

    /**
     * "in tree since v6.18" when the release before it is scanned too; "in tree since a release between v6.13
     * and v7.2 (releases in between not scanned)"; "in tree since v5.10 or earlier" for the first scanned release.
     */
    static String since(ReleaseRange range) {
        if (range.exact()) {
            return "in tree since " + range.tag();
        }
        if (range.openBefore()) {
            return "in tree since " + range.tag() + " or earlier (the first scanned release)";
        }
        return "in tree since a release " + range.phrase();
    }

    private static ClaimCheck check(String alias, String path, List<KernelInventory.Release> timeline,
                                    java.util.function.Function<String, List<String>> rustPaths, ReleaseGaps gaps) {
        if (timeline.isEmpty()) {
            return new ClaimCheck(alias, path, false, null, null, null, false, List.of(),
                    alias + ": no scanned releases to check against");
        }
        KernelInventory.Release since = null;
        KernelInventory.Release last = null;
        List<String> firstFiles = List.of();
        for (KernelInventory.Release r : timeline) {
            List<String> files = rustPaths.apply(r.tag()).stream().filter(p -> Alias.covers(path, p)).toList();
            if (!files.isEmpty()) {
                if (since == null) {
                    since = r;
                    firstFiles = files;
                }
                last = r;
            }
        }
        String range = timeline.size() == 1 ? timeline.getFirst().tag()
                : timeline.getFirst().tag() + " to " + timeline.getLast().tag();
        if (since == null) {
            return new ClaimCheck(alias, path, false, null, null, null, false, List.of(),
                    alias + ": no Rust code under " + path + " in any scanned release (" + timeline.size()
                            + " scanned, " + range + ")");
        }
        boolean inNewest = last == timeline.getLast();
        ReleaseRange landed = gaps.firstSeenIn(since.tag());
        String lastTag = last.tag();
        String message = alias + ": " + since(landed) + " (" + path + ", " + firstFiles.size() + " Rust file"
                + (firstFiles.size() == 1 ? "" : "s") + " there)"
                + (inNewest ? "" : "; last seen in " + lastTag + gaps.goneAfter(lastTag)
                        .map(r -> ", " + r.describe("removed")).orElse(""));
        return new ClaimCheck(alias, path, true, since.tag(), since.date(), last.tag(), inNewest, firstFiles, message,
                landed.afterTag(), landed.exact());
    }
}
