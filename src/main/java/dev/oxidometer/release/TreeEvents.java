package dev.oxidometer.release;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.oxidometer.scan.Driver;

/**
 * Works out the {@link TreeEvent}s between two consecutive scanned releases from what is stored of them, so that a
 * scanned, a bundled and an imported history all get them the same way. Pure: two snapshots in, changes out.
 */
public final class TreeEvents {

    public static final String CRATE_ADDED = "crate-added";
    public static final String CRATE_REMOVED = "crate-removed";
    public static final String DRIVER_ADDED = "driver-added";
    public static final String DRIVER_REMOVED = "driver-removed";
    public static final String DRIVER_MOVED = "driver-moved";
    public static final String RUSTC_MIN_CHANGED = "rustc-min-changed";
    public static final String FIRST_RUST = "first-rust";
    public static final String FIRST_DRIVER = "first-driver";

    /** One stored release as the events need it. */
    public record Snapshot(String tag, long rustFiles, String rustcMin, List<Driver> drivers, List<CrateFile> files) {
    }

    /** A {@code .rs} file under {@code rust/}, with its category key and lines. */
    public record CrateFile(String path, String category, long lines) {
    }

    /** An event without its release range, as computed. */
    public record Change(String kind, String subject, String detail) {
    }

    /** A top-level crate under {@code rust/}: its category (the one most of its lines have) and size. */
    record Crate(String name, String category, int files, long lines) {
        String describe() {
            return category + ", " + files + (files == 1 ? " file, " : " files, ")
                    + String.format(Locale.ROOT, "%,d", lines) + " lines";
        }
    }

    private TreeEvents() {
    }

    /** What changed from {@code before} (the scanned release before on the timeline) to {@code after}. */
    public static List<Change> between(Snapshot before, Snapshot after) {
        List<Change> changes = new ArrayList<>();
        if (before.rustFiles() == 0 && after.rustFiles() > 0) {
            changes.add(new Change(FIRST_RUST, "Rust", after.rustFiles() + (after.rustFiles() == 1 ? " .rs file"
                    : " .rs files") + " in the tree; none in " + before.tag()));
        }
        long modulesBefore = before.drivers().stream().filter(d -> !d.isLibrary()).count();
        List<Driver> modulesAfter = after.drivers().stream().filter(d -> !d.isLibrary()).toList();
        if (modulesBefore == 0 && !modulesAfter.isEmpty()) {
            changes.add(new Change(FIRST_DRIVER, modulesAfter.getFirst().name(), String.join(", ",
                    modulesAfter.stream().map(d -> d.name() + " (" + d.path() + ")").toList())));
        }

        Map<String, Crate> cratesBefore = crates(before.files());
        Map<String, Crate> cratesAfter = crates(after.files());
        for (String name : new TreeSet<>(cratesAfter.keySet())) {
            if (!cratesBefore.containsKey(name)) {
                changes.add(new Change(CRATE_ADDED, name, cratesAfter.get(name).describe()));
            }
        }
        for (String name : new TreeSet<>(cratesBefore.keySet())) {
            if (!cratesAfter.containsKey(name)) {
                changes.add(new Change(CRATE_REMOVED, name, cratesBefore.get(name).describe() + " in "
                        + before.tag()));
            }
        }

        Map<String, Driver> driversBefore = byName(before.drivers());
        Map<String, Driver> driversAfter = byName(after.drivers());
        for (Map.Entry<String, Driver> d : driversAfter.entrySet()) {
            Driver old = driversBefore.get(d.getKey());
            if (old == null) {
                changes.add(new Change(DRIVER_ADDED, d.getKey(), describe(d.getValue())));
            } else if (!old.path().equals(d.getValue().path())) {
                changes.add(new Change(DRIVER_MOVED, d.getKey(), old.path() + " → " + d.getValue().path()));
            }
        }
        for (Map.Entry<String, Driver> d : driversBefore.entrySet()) {
            if (!driversAfter.containsKey(d.getKey())) {
                changes.add(new Change(DRIVER_REMOVED, d.getKey(), describe(d.getValue()) + " in " + before.tag()));
            }
        }

        if (before.rustcMin() != null && after.rustcMin() != null
                && !Objects.equals(before.rustcMin(), after.rustcMin())) {
            changes.add(new Change(RUSTC_MIN_CHANGED, "rustc", before.rustcMin() + " → " + after.rustcMin()));
        }
        return changes;
    }

    private static String describe(Driver d) {
        String size = d.files() + (d.files() == 1 ? " file, " : " files, ")
                + String.format(Locale.ROOT, "%,d", d.lines()) + " lines";
        return d.kind() + " " + d.path() + ", " + size;
    }

    /** By name; of two files declaring the same name, the first by path, as the catalog keeps it. */
    private static Map<String, Driver> byName(List<Driver> drivers) {
        Map<String, Driver> byName = new TreeMap<>();
        drivers.stream().sorted(java.util.Comparator.comparing(Driver::path))
                .forEach(d -> byName.putIfAbsent(d.name(), d));
        return byName;
    }

    /**
     * The top-level crates under {@code rust/}: a directory directly under it holding {@code .rs} files
     * ({@code rust/syn}), or a {@code .rs} file directly in it ({@code rust/ffi.rs}).
     */
    static Map<String, Crate> crates(List<CrateFile> files) {
        Map<String, List<CrateFile>> grouped = new TreeMap<>();
        for (CrateFile file : files) {
            String name = crateOf(file.path());
            if (name != null) {
                grouped.computeIfAbsent(name, k -> new ArrayList<>()).add(file);
            }
        }
        Map<String, Crate> crates = new TreeMap<>();
        grouped.forEach((name, list) -> {
            Map<String, Long> linesByCategory = new HashMap<>();
            long lines = 0;
            for (CrateFile f : list) {
                linesByCategory.merge(f.category(), f.lines(), Long::sum);
                lines += f.lines();
            }
            String category = linesByCategory.entrySet().stream()
                    .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).orElseThrow();
            crates.put(name, new Crate(name, category, list.size(), lines));
        });
        return crates;
    }

    /** {@code rust/syn} for {@code rust/syn/lib.rs}, {@code rust/ffi.rs} for itself; {@code null} outside rust/. */
    static String crateOf(String path) {
        if (!path.startsWith("rust/") || !path.endsWith(".rs")) {
            return null;
        }
        int slash = path.indexOf('/', "rust/".length());
        return slash < 0 ? path : path.substring(0, slash);
    }
}
