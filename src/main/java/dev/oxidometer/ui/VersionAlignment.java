package dev.oxidometer.ui;

import dev.oxidometer.release.ReleaseSummary;
import dev.oxidometer.release.TreeNote;
import dev.oxidometer.scan.ReleaseTag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Several trees' final releases side by side, by kernel version (major.minor): at 6.12 stands each tree's release
 * of 6.12, whatever the tree calls its tag. The version is read from the tag name ({@code v6.12}); a tag that names
 * no version (a distribution's own tag, imported) is placed by its note ("Linux 6.12.117 ..."), else left out and
 * said so. Release candidates are left out: they come before their version and would stand at it falsely.
 *
 * @param trees    the tree names, in the order asked for
 * @param versions the versions any tree has, oldest first
 * @param leftOut  what could not be placed, one sentence each
 */
record VersionAlignment(List<String> trees, List<Version> versions, List<String> leftOut) {

    private static final Pattern NOTE_VERSION = Pattern.compile("\\bLinux (\\d+)\\.(\\d+)\\b");

    /** A tree's release at a version; {@code label} says which tree it is when the note says it is not upstream. */
    record Cell(String tree, ReleaseSummary release, Optional<String> label) {
    }

    /** One version and each tree's release there (a tree without one is absent from {@code cells}). */
    record Version(String name, int major, int minor, Map<String, Cell> cells) {
        Optional<Cell> cell(String tree) {
            return Optional.ofNullable(cells.get(tree));
        }
    }

    /**
     * @param releases each tree's stored releases, in version order (as {@link dev.oxidometer.release.ReleaseCatalog}
     *                 reads them); the map's order is the trees' order
     * @param notes    each tree's tag notes (tag to note)
     */
    static VersionAlignment of(Map<String, List<ReleaseSummary>> releases, Map<String, Map<String, String>> notes) {
        TreeMap<int[], Map<String, Cell>> byVersion = new TreeMap<>(
                Comparator.<int[]>comparingInt(v -> v[0]).thenComparingInt(v -> v[1]));
        List<String> leftOut = new ArrayList<>();
        for (Map.Entry<String, List<ReleaseSummary>> tree : releases.entrySet()) {
            Map<String, String> treeNotes = notes.getOrDefault(tree.getKey(), Map.of());
            for (ReleaseSummary release : tree.getValue()) {
                String note = treeNotes.get(release.tag());
                Optional<int[]> version = version(release, note);
                if (version.isEmpty()) {
                    leftOut.add(tree.getKey() + ": " + release.tag() + (release.rc()
                            ? " (a release candidate)" : " (neither its tag nor its note names a kernel version)"));
                    continue;
                }
                Map<String, Cell> cells = byVersion.computeIfAbsent(version.get(), v -> new LinkedHashMap<>());
                Cell earlier = cells.put(tree.getKey(), new Cell(tree.getKey(), release,
                        TreeNote.label(release.tag(), note)));
                if (earlier != null) {
                    leftOut.add(tree.getKey() + ": " + earlier.release().tag() + " (also at "
                            + version.get()[0] + "." + version.get()[1] + "; the later " + release.tag()
                            + " is shown)");
                }
            }
        }
        List<Version> versions = new ArrayList<>();
        byVersion.forEach((v, cells) -> versions.add(new Version(v[0] + "." + v[1], v[0], v[1], cells)));
        return new VersionAlignment(List.copyOf(releases.keySet()), List.copyOf(versions), List.copyOf(leftOut));
    }

    /** The version a final release stands at: its tag's, else its note's; empty for an rc or a name without one. */
    static Optional<int[]> version(ReleaseSummary release, String note) {
        Optional<ReleaseTag> tag = ReleaseTag.parseName(release.tag());
        if (tag.isPresent()) {
            return tag.get().isRc() ? Optional.empty() : Optional.of(new int[] {tag.get().major(), tag.get().minor()});
        }
        if (release.rc() || note == null) {
            return Optional.empty();
        }
        Matcher m = NOTE_VERSION.matcher(note);
        return m.find() ? Optional.of(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))})
                : Optional.empty();
    }

    /** The lines of a version's axis label: the version, then each tree's tag there ("—": none). */
    List<String> axisLabel(Version version) {
        List<String> lines = new ArrayList<>();
        lines.add(version.name());
        for (String tree : trees) {
            lines.add(tree + ": " + version.cell(tree).map(c -> c.release().tag()).orElse("—"));
        }
        return lines;
    }
}
