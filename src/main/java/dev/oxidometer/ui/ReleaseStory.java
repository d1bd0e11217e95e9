package dev.oxidometer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.oxidometer.release.DriverChange;
import dev.oxidometer.release.ReleaseDiff;
import dev.oxidometer.release.TreeEvent;
import dev.oxidometer.release.TreeEvents;
import dev.oxidometer.ui.format.Format;

/**
 * The Release view's opening summary: what changed since the release before, counted from the diff itself (files,
 * drivers, modules of the kernel crate) and from the stored tree events (crates, minimum rustc), one line each.
 */
final class ReleaseStory {

    /** Names are listed up to this many; beyond, only their number. */
    static final int MAX_NAMES = 8;

    private ReleaseStory() {
    }

    /**
     * @param unchangedFiles the {@code .rs} files of the later release that the diff does not hold
     */
    static List<String> lines(ReleaseDiff diff, int unchangedFiles, List<TreeEvent> events) {
        List<String> lines = new ArrayList<>();
        lines.add(files(diff, unchangedFiles));
        lines.add(drivers(diff.drivers()));
        modules(diff).ifPresent(lines::add);
        List<String> other = events.stream().filter(e -> !isDriverEvent(e.kind())).map(ReleaseStory::event).toList();
        if (!other.isEmpty()) {
            lines.add("Events: " + String.join("; ", other) + ".");
        }
        return lines;
    }

    private static String files(ReleaseDiff diff, int unchanged) {
        long added = count(diff, ReleaseChanges.Kind.ADDED);
        long removed = count(diff, ReleaseChanges.Kind.REMOVED);
        long sameCounts = count(diff, ReleaseChanges.Kind.SAME_COUNTS);
        long changed = count(diff, ReleaseChanges.Kind.CHANGED) + sameCounts;
        if (added + removed + changed == 0) {
            return "Rust files: none added, removed or changed (" + Format.number(unchanged) + " unchanged).";
        }
        List<String> parts = new ArrayList<>();
        if (added > 0) {
            parts.add("+" + Format.number(added) + " added");
        }
        if (removed > 0) {
            parts.add("−" + Format.number(removed) + " removed");
        }
        if (changed > 0) {
            parts.add(Format.number(changed) + " changed" + (sameCounts == 0 ? ""
                    : " (" + Format.number(sameCounts) + " of them with the same line counts)"));
        }
        parts.add(Format.number(unchanged) + " unchanged");
        return "Rust files: " + String.join(", ", parts) + ".";
    }

    private static long count(ReleaseDiff diff, ReleaseChanges.Kind kind) {
        return diff.files().stream().filter(f -> ReleaseChanges.kind(f) == kind).count();
    }

    private static String drivers(List<DriverChange> drivers) {
        List<String> parts = new ArrayList<>();
        names(drivers, "landed").ifPresent(n -> parts.add("landed " + n));
        names(drivers, "left").ifPresent(n -> parts.add("left " + n));
        names(drivers, "moved").ifPresent(n -> parts.add("moved " + n));
        long resized = drivers.stream().filter(d -> d.change().equals("changed")).count();
        if (resized > 0) {
            parts.add(Format.number(resized) + " changed in size");
        }
        // drivers are compared by name, path, lines and files only (ReleaseDiffer): an edit that keeps those is not seen
        return parts.isEmpty() ? "Drivers: none landed, left, moved or changed in size."
                : "Drivers: " + String.join("; ", parts) + ".";
    }

    private static java.util.Optional<String> names(List<DriverChange> drivers, String change) {
        List<String> names = drivers.stream().filter(d -> d.change().equals(change)).map(DriverChange::name).toList();
        return names.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(list(names, "drivers"));
    }

    private static java.util.Optional<String> modules(ReleaseDiff diff) {
        List<String> parts = new ArrayList<>();
        if (!diff.abstractionsAdded().isEmpty()) {
            parts.add("added " + list(diff.abstractionsAdded(), "modules"));
        }
        if (!diff.abstractionsRemoved().isEmpty()) {
            parts.add("removed " + list(diff.abstractionsRemoved(), "modules"));
        }
        return parts.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of("Kernel crate modules: " + String.join("; ", parts) + ".");
    }

    /** "a, b, c", or "55 modules" when there are more than {@link #MAX_NAMES}. */
    private static String list(List<String> names, String what) {
        return names.size() > MAX_NAMES ? Format.number(names.size()) + " " + what : String.join(", ", names);
    }

    private static boolean isDriverEvent(String kind) {
        return kind.equals(TreeEvents.DRIVER_ADDED) || kind.equals(TreeEvents.DRIVER_REMOVED)
                || kind.equals(TreeEvents.DRIVER_MOVED);
    }

    private static String event(TreeEvent e) {
        return switch (e.kind()) {
            case TreeEvents.RUSTC_MIN_CHANGED -> "minimum rustc " + e.detail();
            case TreeEvents.FIRST_RUST -> "first Rust in the tree";
            case TreeEvents.FIRST_DRIVER -> "first Rust driver " + e.subject();
            default -> AdoptionEvents.kindLabel(e.kind()).toLowerCase(Locale.ROOT) + " " + e.subject();
        };
    }
}
