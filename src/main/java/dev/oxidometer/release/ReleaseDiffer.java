package dev.oxidometer.release;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What changed in Rust between two stored releases: {@code .rs} files, drivers and modules of the kernel crate.
 * Files and drivers are compared the same way (by path, by name), through {@link #changes}.
 */
final class ReleaseDiffer {

    private record Driver(String path, int files, long lines) {
    }

    /** The change of one key between two snapshots; {@code before} or {@code after} may be null, never both. */
    private interface Change<V, C> {
        /** The change, or null when nothing changed. */
        C of(String key, V before, V after);
    }

    private final JdbcClient jdbc;

    ReleaseDiffer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ReleaseDiff diff(String fromTag, long fromId, String toTag, long toId) {
        Set<String> before = abstractions(fromId);
        Set<String> after = abstractions(toId);
        return new ReleaseDiff(fromTag, toTag, fileChanges(fromId, toId), driverChanges(fromId, toId),
                difference(after, before), difference(before, after));
    }

    private List<FileChange> fileChanges(long fromId, long toId) {
        return changes(filesByPath(fromId), filesByPath(toId), (path, b, a) -> {
            if (b == null) {
                return new FileChange(a.path(), a.category(), "added", 0, a.lines(), 0, a.code());
            } else if (a == null) {
                return new FileChange(b.path(), b.category(), "removed", b.lines(), 0, b.code(), 0);
            } else if (!a.blobId().equals(b.blobId()) || a.lines() != b.lines() || a.code() != b.code()) {
                return new FileChange(a.path(), a.category(), "changed", b.lines(), a.lines(), b.code(), a.code());
            }
            return null;
        });
    }

    private List<DriverChange> driverChanges(long fromId, long toId) {
        return changes(driversByName(fromId), driversByName(toId), (name, b, a) -> {
            if (b == null) {
                return new DriverChange(name, "landed", null, a.path(), 0, a.lines());
            } else if (a == null) {
                return new DriverChange(name, "left", b.path(), null, b.lines(), 0);
            } else if (!a.path().equals(b.path())) {
                return new DriverChange(name, "moved", b.path(), a.path(), b.lines(), a.lines());
            } else if (a.lines() != b.lines() || a.files() != b.files()) {
                return new DriverChange(name, "changed", b.path(), a.path(), b.lines(), a.lines());
            }
            return null;
        });
    }

    /** The changes between two keyed snapshots, in key order. */
    private static <V, C> List<C> changes(Map<String, V> before, Map<String, V> after, Change<V, C> change) {
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<C> changes = new ArrayList<>();
        for (String key : keys) {
            C c = change.of(key, before.get(key), after.get(key));
            if (c != null) {
                changes.add(c);
            }
        }
        return changes;
    }

    private Map<String, RustFileRow> filesByPath(long releaseId) {
        Map<String, RustFileRow> files = new HashMap<>();
        jdbc.sql("SELECT path, category, blob_id, lines, code FROM rust_file WHERE release_id = ?").param(releaseId)
                .query(rs -> {
                    files.put(rs.getString(1), new RustFileRow(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getLong(4), rs.getLong(5)));
                });
        return files;
    }

    /** A release's drivers by name; two files declaring the same module: the first by path. */
    private Map<String, Driver> driversByName(long releaseId) {
        Map<String, Driver> drivers = new HashMap<>();
        jdbc.sql("SELECT name, path, files, lines FROM driver_release WHERE release_id = ? ORDER BY path")
                .param(releaseId)
                .query(rs -> {
                    drivers.putIfAbsent(rs.getString(1), new Driver(rs.getString(2), rs.getInt(3), rs.getLong(4)));
                });
        return drivers;
    }

    private Set<String> abstractions(long releaseId) {
        return new TreeSet<>(jdbc.sql("SELECT name FROM abstraction_module WHERE release_id = ?").param(releaseId)
                .query(String.class).list());
    }

    private static List<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return List.copyOf(result);
    }
}
