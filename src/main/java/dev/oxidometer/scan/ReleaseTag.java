package dev.oxidometer.scan;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A release tag such as {@code v6.12} or {@code v6.13-rc1}, peeled to its commit, ordered by version numbers:
 * {@code v6.2-rc1 < v6.2-rc7 < v6.2 < v6.19 < v7.0}.
 *
 * @param rc   the release-candidate number, 0 for a release
 * @param note the first line of an annotated tag's message (for a corpus tree, which Debian package it is), or
 *             {@code null}
 */
public record ReleaseTag(String name, int major, int minor, int rc, String commit, Instant date, String note)
        implements Comparable<ReleaseTag> {

    private static final Pattern RELEASE = Pattern.compile("^v(\\d+)\\.(\\d+)$");
    private static final Pattern CANDIDATE = Pattern.compile("^v(\\d+)\\.(\\d+)-rc(\\d+)$");

    public static final Comparator<ReleaseTag> VERSION_ORDER = Comparator
            .comparingInt(ReleaseTag::major)
            .thenComparingInt(ReleaseTag::minor)
            // a release candidate comes before its release: rc 0 (the release) sorts last
            .thenComparingInt(t -> t.rc() == 0 ? Integer.MAX_VALUE : t.rc());

    /** The version part of a tag name, or empty when the name is neither a release nor a release candidate. */
    public static Optional<ReleaseTag> parse(String name, String commit, Instant date) {
        Matcher m = RELEASE.matcher(name);
        if (m.matches()) {
            return Optional.of(new ReleaseTag(name, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 0,
                    commit, date, null));
        }
        m = CANDIDATE.matcher(name);
        if (m.matches()) {
            return Optional.of(new ReleaseTag(name, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), commit, date, null));
        }
        return Optional.empty();
    }

    /** Orders tag names by version; names that are not release tags sort after all release tags, by name. */
    public static int compareNames(String a, String b) {
        Optional<ReleaseTag> ta = parse(a, null, null);
        Optional<ReleaseTag> tb = parse(b, null, null);
        if (ta.isPresent() && tb.isPresent()) {
            return VERSION_ORDER.compare(ta.get(), tb.get());
        }
        if (ta.isPresent() != tb.isPresent()) {
            return ta.isPresent() ? -1 : 1;
        }
        return a.compareTo(b);
    }

    /** This tag with the first line of its annotation ({@code null} or blank: none). */
    public ReleaseTag withNote(String message) {
        String line = message == null || message.isBlank() ? null : message.strip();
        return new ReleaseTag(name, major, minor, rc, commit, date, line);
    }

    public boolean isRc() {
        return rc != 0;
    }

    /**
     * The kernel's numbering rule: whether {@code next} can be the release right after this one, so that no
     * release lies between them. After {@code vX.Y} comes {@code vX.(Y+1)} or {@code v(X+1).0}; on a timeline with
     * release candidates, after {@code vX.Y-rcN} comes {@code vX.Y-rc(N+1)} or {@code vX.Y}, and after {@code vX.Y}
     * comes {@code vX.(Y+1)-rc1} or {@code v(X+1).0-rc1}.
     *
     * @param candidates whether the timeline holds release candidates
     */
    public boolean isFollowedBy(ReleaseTag next, boolean candidates) {
        if (isRc()) {
            return next.major == major && next.minor == minor && (next.rc == rc + 1 || next.rc == 0);
        }
        boolean nextNumber = (next.major == major && next.minor == minor + 1)
                || (next.major == major + 1 && next.minor == 0);
        return nextNumber && next.rc == (candidates ? 1 : 0);
    }

    /**
     * The lowest version that can come right after this one ({@link #isFollowedBy}): {@code v6.2} after
     * {@code v6.1}, also when the next release turns out to be {@code v7.0}, since every later release sorts at or
     * above it.
     */
    public String lowestSuccessor(boolean candidates) {
        if (isRc()) {
            return "v" + major + "." + minor + "-rc" + (rc + 1);
        }
        return "v" + major + "." + (minor + 1) + (candidates ? "-rc1" : "");
    }

    /**
     * The release right before this one when the numbering tells it ({@code v6.11} before {@code v6.12},
     * {@code v6.12-rc1} before {@code v6.12-rc2}), or empty when it does not ({@code v7.0} follows an unknown last
     * {@code v6.x}).
     */
    public Optional<String> knownPredecessor(boolean candidates) {
        if (isRc()) {
            if (rc > 1) {
                return Optional.of("v" + major + "." + minor + "-rc" + (rc - 1));
            }
            return minor > 0 ? Optional.of("v" + major + "." + (minor - 1)) : Optional.empty();
        }
        if (candidates) {
            return Optional.empty();   // the last release candidate of this release: its number is not known
        }
        return minor > 0 ? Optional.of("v" + major + "." + (minor - 1)) : Optional.empty();
    }

    /** The version part of a tag name alone, for names without a commit; empty when it is no release tag. */
    public static Optional<ReleaseTag> parseName(String name) {
        return name == null ? Optional.empty() : parse(name, null, null);
    }

    @Override
    public int compareTo(ReleaseTag other) {
        return VERSION_ORDER.compare(this, other);
    }
}
