package dev.oxidometer.release;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.oxidometer.scan.ReleaseTag;

/**
 * What a release's tag note (the first line of the annotated tag) says about the tree that was counted: an upstream
 * release tag says just "Linux 6.12"; anything else (the bundled corpus's "Linux 6.1 (Debian linux-source-6.1
 * 6.1.192-2, Linux 6.1.192)") is another tree under that tag name, and every view of it must say so.
 */
public final class TreeNote {

    private static final Pattern POINT_RELEASE = Pattern.compile("\\bLinux (\\d+\\.\\d+\\.\\d+)\\b");

    private TreeNote() {
    }

    /** Whether the note says the tree is something else than the upstream release {@code tag}. */
    public static boolean notUpstream(String tag, String note) {
        if (note == null || note.isBlank()) {
            return false;   // a lightweight tag: nothing says what the tree is
        }
        return ReleaseTag.parseName(tag).map(t -> !note.strip().equals("Linux " + t.major() + "." + t.minor()
                        + (t.isRc() ? "-rc" + t.rc() : "")))
                .orElse(true);
    }

    /**
     * A sentence for a release view or a tooltip, or empty for an upstream tree: "Not the upstream v6.1 release:
     * the tree counted is Linux 6.1.192 (tag note: Linux 6.1 (Debian linux-source-6.1 6.1.192-2, Linux 6.1.192))."
     */
    public static Optional<String> sentence(String tag, String note) {
        if (!notUpstream(tag, note)) {
            return Optional.empty();
        }
        Matcher point = POINT_RELEASE.matcher(note);
        String tree = point.find() ? "Linux " + point.group(1) + " (tag note: " + note.strip() + ")" : note.strip();
        return Optional.of("Not the upstream " + tag + " release: the tree counted is " + tree + ".");
    }

    /** A short label: "Linux 6.1.192, not upstream", or empty. */
    public static Optional<String> label(String tag, String note) {
        if (!notUpstream(tag, note)) {
            return Optional.empty();
        }
        Matcher point = POINT_RELEASE.matcher(note);
        return Optional.of((point.find() ? "Linux " + point.group(1) : note.strip()) + ", not upstream " + tag);
    }
}
