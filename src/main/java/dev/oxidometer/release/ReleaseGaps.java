package dev.oxidometer.release;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import dev.oxidometer.scan.ReleaseTag;

/**
 * Which releases are missing between the scanned ones, so that a fact first seen in a release is stated as the
 * range it may have happened in ({@link ReleaseRange}), never as a landing it was not seen in.
 * <p>
 * A release is missing between two consecutive scanned releases when the kernel's numbering puts one between them
 * (after {@code vX.Y} comes {@code vX.(Y+1)} or {@code v(X+1).0}: {@code v6.19 → v7.0} and {@code v7.2 → v7.3}
 * are adjacent, {@code v6.1 → v6.12} is not; see {@link ReleaseTag#isFollowedBy}), or when the repository holds a
 * release tag between them that was not scanned ({@code --since}, {@code --tags}, release candidates left out). The
 * repository's tag list is known only where the repository was scanned; for a dataset without one (the bundled
 * dataset) the numbering alone decides.
 * <p>
 * Immutable; cheap to build from the timeline's tag names.
 */
public final class ReleaseGaps {

    /**
     * The releases missing between two consecutive scanned releases.
     *
     * @param afterTag      the scanned release before the gap
     * @param beforeTag     the scanned release after the gap
     * @param firstMissing  the lowest release that may be missing (the lowest the numbering allows), or {@code null}
     *                      when the tag names are no release numbers
     * @param lastMissing   the highest missing release when it is known ({@code v6.11} before {@code v6.12}), or
     *                      {@code null} when it is not ({@code v7.0} follows an unknown last {@code v6.x})
     * @param count         how many releases are missing when that is known, else {@code null}
     * @param unscannedTags release tags the repository holds in the gap, in version order (empty when it holds none
     *                      or its tag list is not known)
     */
    public record Gap(String afterTag, String beforeTag, String firstMissing, String lastMissing, Integer count,
                      List<String> unscannedTags) {

        public Gap {
            unscannedTags = List.copyOf(unscannedTags);
        }

        /** {@code v6.2–v6.11}, {@code v6.13} alone, {@code v6.20–(before v7.0)}, or the two scanned neighbours. */
        public String label() {
            if (firstMissing == null) {
                return "after " + afterTag + ", before " + beforeTag;
            }
            if (lastMissing == null) {
                return firstMissing + "–(before " + beforeTag + ")";
            }
            return firstMissing.equals(lastMissing) ? firstMissing : firstMissing + "–" + lastMissing;
        }
    }

    private final List<String> scanned;
    private final List<String> repositoryTags;
    private final boolean candidates;
    private final List<Gap> gaps;

    private ReleaseGaps(List<String> scanned, List<String> repositoryTags) {
        this.scanned = scanned;
        this.repositoryTags = repositoryTags;
        this.candidates = scanned.stream().map(ReleaseTag::parseName)
                .anyMatch(t -> t.isPresent() && t.get().isRc());
        List<Gap> found = new ArrayList<>();
        for (int i = 1; i < scanned.size(); i++) {
            gapBetween(scanned.get(i - 1), scanned.get(i)).ifPresent(found::add);
        }
        this.gaps = List.copyOf(found);
    }

    /**
     * @param timeline       the scanned releases of the timeline (final releases, or every tag when no final release
     *                       is stored), in any order
     * @param repositoryTags every release tag the repository held when it was scanned (release candidates included),
     *                       or empty when not known
     */
    public static ReleaseGaps of(Collection<String> timeline, Collection<String> repositoryTags) {
        return new ReleaseGaps(sorted(timeline), sorted(repositoryTags));
    }

    /** A timeline whose repository's tag list is not known: the numbering alone decides. */
    public static ReleaseGaps of(Collection<String> timeline) {
        return of(timeline, List.of());
    }

    private static List<String> sorted(Collection<String> tags) {
        TreeSet<String> set = new TreeSet<>(ReleaseTag::compareNames);
        set.addAll(tags);
        return List.copyOf(set);
    }

    /** The scanned releases of the timeline, in version order. */
    public List<String> scanned() {
        return scanned;
    }

    /** Whether the repository's own tag list is known (it was scanned here), rather than the numbering alone. */
    public boolean repositoryTagsKnown() {
        return !repositoryTags.isEmpty();
    }

    /** The gaps between consecutive scanned releases, oldest first; empty when none is missing. */
    public List<Gap> gaps() {
        return gaps;
    }

    /** The scanned release before {@code tag} on the timeline, or {@code null} for the first (or an unknown tag). */
    public String previous(String tag) {
        String before = null;
        for (String t : scanned) {
            if (ReleaseTag.compareNames(t, tag) >= 0) {
                break;
            }
            before = t;
        }
        return before;
    }

    /** The scanned release after {@code tag} on the timeline, or {@code null} for the newest. */
    public String next(String tag) {
        for (String t : scanned) {
            if (ReleaseTag.compareNames(t, tag) > 0) {
                return t;
            }
        }
        return null;
    }

    /**
     * The scanned release whose range holds the release {@code release} (a tag name such as {@code v6.8}, scanned
     * or not): {@code release} itself when it is scanned, else the first scanned release after it ({@code v6.8} →
     * {@code v6.12} when {@code v6.1} and {@code v6.12} are scanned, with {@link #firstSeenIn} its range); empty
     * when {@code release} is newer than every scanned release or is no release number.
     */
    public Optional<String> scannedHolding(String release) {
        if (ReleaseTag.parseName(release).isEmpty()) {
            return Optional.empty();
        }
        return scanned.stream().filter(t -> ReleaseTag.compareNames(t, release) >= 0).findFirst();
    }

    /**
     * The range of something first seen in the scanned release {@code tag}: it happened in {@code tag}, or in a
     * release not scanned since the scanned release before it.
     */
    public ReleaseRange firstSeenIn(String tag) {
        return between(previous(tag), tag);
    }

    /**
     * The range of something last seen in the scanned release {@code lastTag} and gone from the next scanned one;
     * empty when {@code lastTag} is the newest scanned release (it is not gone).
     */
    public Optional<ReleaseRange> goneAfter(String lastTag) {
        String gone = next(lastTag);
        return gone == null ? Optional.empty() : Optional.of(between(lastTag, gone));
    }

    /** The range of something that happened after {@code afterTag} (or {@code null}), at or before {@code tag}. */
    public ReleaseRange between(String afterTag, String tag) {
        if (afterTag == null) {
            return new ReleaseRange(tag, null, false, null);
        }
        boolean exact = adjacent(afterTag, tag);
        String lowest = exact ? tag
                : ReleaseTag.parseName(afterTag).map(t -> t.lowestSuccessor(candidates)).orElse(null);
        return new ReleaseRange(tag, afterTag, exact, lowest);
    }

    /** Whether no release is missing between {@code a} and the later {@code b}. */
    public boolean adjacent(String a, String b) {
        Optional<ReleaseTag> ta = ReleaseTag.parseName(a);
        Optional<ReleaseTag> tb = ReleaseTag.parseName(b);
        if (ta.isEmpty() || tb.isEmpty() || !ta.get().isFollowedBy(tb.get(), candidates)) {
            return false;
        }
        return unscannedBetween(a, b).isEmpty();
    }

    private List<String> unscannedBetween(String a, String b) {
        List<String> between = new ArrayList<>();
        for (String t : repositoryTags) {
            if (ReleaseTag.compareNames(t, a) > 0 && ReleaseTag.compareNames(t, b) < 0 && !scanned.contains(t)
                    && onTimeline(t)) {
                between.add(t);
            }
        }
        return between;
    }

    /** A release candidate is on the timeline only when the timeline holds release candidates. */
    private boolean onTimeline(String tag) {
        Optional<ReleaseTag> t = ReleaseTag.parseName(tag);
        return t.isPresent() && (candidates || !t.get().isRc());
    }

    private Optional<Gap> gapBetween(String a, String b) {
        if (adjacent(a, b)) {
            return Optional.empty();
        }
        List<String> unscanned = unscannedBetween(a, b);
        Optional<ReleaseTag> ta = ReleaseTag.parseName(a);
        Optional<ReleaseTag> tb = ReleaseTag.parseName(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return Optional.of(new Gap(a, b, null, null, null, unscanned));
        }
        boolean byNumbering = !ta.get().isFollowedBy(tb.get(), candidates);
        String first;
        String last;
        Integer count = null;
        if (byNumbering) {
            first = ta.get().lowestSuccessor(candidates);
            last = tb.get().knownPredecessor(candidates).orElse(unscanned.isEmpty() ? null : unscanned.getLast());
            if (!candidates && ta.get().major() == tb.get().major()) {
                count = tb.get().minor() - ta.get().minor() - 1;
            }
            if (count != null && unscanned.size() > count) {
                count = unscanned.size();
            }
        } else {
            // the numbering allows no release between them, but the repository holds some
            first = unscanned.getFirst();
            last = unscanned.getLast();
            count = unscanned.size();
        }
        return Optional.of(new Gap(a, b, first, last, count, unscanned));
    }

    /**
     * One sentence for a coverage line: "Scanned: v5.10, v6.1, v6.12. Not scanned: v5.11–v6.0, v6.2–v6.11 (10
     * releases)." or "Scanned: v7.2, v7.3; no release is missing between them."
     */
    public String coverage() {
        if (scanned.isEmpty()) {
            return "No release is scanned.";
        }
        StringBuilder out = new StringBuilder("Scanned: ").append(String.join(", ", scanned)).append('.');
        if (scanned.size() == 1) {
            return out.append(" Earlier releases are not scanned.").toString();
        }
        if (gaps.isEmpty()) {
            return out.append(" No release is missing between ").append(scanned.getFirst()).append(" and ")
                    .append(scanned.getLast()).append('.').toString();
        }
        out.append(" Not scanned: ");
        List<String> parts = new ArrayList<>();
        for (Gap gap : gaps) {
            parts.add(gap.label() + (gap.count() != null && gap.count() > 1 ? " (" + gap.count() + " releases)" : ""));
        }
        return out.append(String.join(", ", parts)).append('.').toString();
    }
}
