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
 * @param rc the release-candidate number, 0 for a release
 */
public record ReleaseTag(String name, int major, int minor, int rc, String commit, Instant date)
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
                    commit, date));
        }
        m = CANDIDATE.matcher(name);
        if (m.matches()) {
            return Optional.of(new ReleaseTag(name, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), commit, date));
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

    public boolean isRc() {
        return rc != 0;
    }

    @Override
    public int compareTo(ReleaseTag other) {
        return VERSION_ORDER.compare(this, other);
    }
}
