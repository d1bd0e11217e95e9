package dev.oxidometer.release;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.oxidometer.scan.BlobFacts;
import dev.oxidometer.scan.Category;
import dev.oxidometer.scan.Driver;
import dev.oxidometer.scan.LineCounts;
import dev.oxidometer.scan.ReleaseScan;
import dev.oxidometer.scan.ReleaseTag;
import dev.oxidometer.scan.RustFile;

/**
 * Writes scanned releases. Each {@link #save} is one transaction, so that a process killed during a scan leaves
 * only whole releases behind; saving a tag that is stored already replaces it with all its rows.
 */
@Repository
public class ReleaseStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TreeEventStore events;

    public ReleaseStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
        this.events = new TreeEventStore(jdbc, template);
    }

    /** Stores one release with everything in it, replacing an earlier version of the same tag. */
    @Transactional
    public long save(long repositoryId, ReleaseScan scan, String rulesVersion, Long scanRunId) {
        jdbc.sql("DELETE FROM release_tag WHERE repository_id = ? AND tag = ?").params(repositoryId, scan.tag())
                .update();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO release_tag (repository_id, tag, commit_id, released_at, rc, rules_version, note,
                                                 scan_run_id, stored_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(repositoryId, scan.tag(), scan.commit(), Sql.ts(scan.date()), scan.rc(), rulesVersion,
                        Sql.fit(scan.note(), 1000), scanRunId, Sql.ts(Instant.now()))
                .update(keys, "id");
        long releaseId = keys.getKey().longValue();
        insertMetrics(releaseId, scan.metrics());
        insertFiles(releaseId, scan.files());
        insertDrivers(releaseId, scan.drivers());
        insertAbstractions(releaseId, scan.abstractions());
        // the tree events of this release and of the one after it now compare other releases
        events.refreshAround(repositoryId, scan.tag());
        return releaseId;
    }

    /** Tag to the rules version it is stored under, for one repository. */
    public Map<String, String> storedRulesVersions(long repositoryId) {
        Map<String, String> versions = new HashMap<>();
        jdbc.sql("SELECT tag, rules_version FROM release_tag WHERE repository_id = ?").param(repositoryId)
                .query(rs -> {
                    versions.put(rs.getString("tag"), rs.getString("rules_version"));
                });
        return versions;
    }

    public boolean hasAnyRelease() {
        return jdbc.sql("SELECT COUNT(*) FROM release_tag").query(Long.class).single() > 0;
    }

    /** Removes every release of a repository (an import replaces what it holds). */
    @Transactional
    public void deleteReleases(long repositoryId) {
        jdbc.sql("DELETE FROM release_tag WHERE repository_id = ?").param(repositoryId).update();
    }

    /** Every stored release of a repository with all its rows, in version order: the inverse of {@link #save}. */
    @Transactional(readOnly = true)
    public List<ReleaseScan> load(long repositoryId) {
        record Head(long id, String tag, String commit, Instant date, boolean rc, String note) {
        }
        List<Head> heads = new ArrayList<>(jdbc.sql("SELECT id, tag, commit_id, released_at, rc, note FROM release_tag"
                        + " WHERE repository_id = ?").param(repositoryId)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Sql.instant(rs, "released_at"), rs.getBoolean(5), rs.getString(6)))
                .list());
        heads.sort((a, b) -> ReleaseTag.compareNames(a.tag(), b.tag()));
        String join = " JOIN release_tag t ON t.id = x.release_id WHERE t.repository_id = ?";
        Map<Long, Map<String, Object>> metrics = new HashMap<>();
        jdbc.sql("SELECT x.release_id, x.metric_key, x.int_value, x.real_value, x.text_value FROM metric_value x"
                        + join + " ORDER BY x.release_id, x.ord").param(repositoryId)
                .query(rs -> {
                    metrics.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2),
                            metricValue(rs, 3));
                });
        Map<Long, List<RustFile>> files = new HashMap<>();
        // doc_comments is NULL in rows stored before it was (V104): the blob-count cache may still hold them
        jdbc.sql("SELECT x.release_id, x.path, x.category, x.blob_id, x.lines, x.code, x.comments, x.blanks,"
                        + " x.doc_comments, c.extras FROM rust_file x" + join.replace(" WHERE ",
                        " LEFT JOIN blob_counts c ON x.doc_comments IS NULL AND c.rules_version = t.rules_version"
                        + " AND c.blob_id = x.blob_id AND c.kind = 'RUST' WHERE ")
                        + " ORDER BY x.release_id, x.path").param(repositoryId)
                .query(rs -> {
                    LineCounts counts = new LineCounts(rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                            rs.getLong(9));
                    if (rs.wasNull() && rs.getString(10) != null) {
                        counts = BlobFacts.decode(counts, rs.getString(10)).counts();
                    }
                    files.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new RustFile(rs.getString(2),
                            Category.fromKey(rs.getString(3)), rs.getString(4), counts));
                });
        Map<Long, Map<String, List<String>>> sources = new HashMap<>();
        jdbc.sql("SELECT x.release_id, x.driver_path, x.path FROM driver_file x" + join
                        + " ORDER BY x.release_id, x.driver_path, x.path").param(repositoryId)
                .query(rs -> {
                    sources.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
                });
        Map<Long, List<Driver>> drivers = new HashMap<>();
        jdbc.sql("SELECT x.release_id, x.name, x.path, x.kind, x.files, x.lines, x.code FROM driver_release x" + join
                        + " ORDER BY x.release_id, x.path").param(repositoryId)
                .query(rs -> {
                    long release = rs.getLong(1);
                    String path = rs.getString(3);
                    drivers.computeIfAbsent(release, k -> new ArrayList<>()).add(new Driver(rs.getString(2), path,
                            rs.getString(4), rs.getInt(5), rs.getLong(6), Sql.nullableLong(rs, 7),
                            rootFirst(path, sources.getOrDefault(release, Map.of()).getOrDefault(path, List.of()))));
                });
        Map<Long, List<String>> abstractions = new HashMap<>();
        jdbc.sql("SELECT x.release_id, x.name FROM abstraction_module x" + join + " ORDER BY x.release_id, x.name")
                .param(repositoryId)
                .query(rs -> {
                    abstractions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return heads.stream().map(h -> new ReleaseScan(h.tag(), h.commit(), h.date(), h.rc(), h.note(),
                metrics.getOrDefault(h.id(), new LinkedHashMap<>()), drivers.getOrDefault(h.id(), List.of()),
                abstractions.getOrDefault(h.id(), List.of()), files.getOrDefault(h.id(), List.of())))
                .toList();
    }

    /** A metric value from its three columns, starting at {@code first}: a whole number, a fraction or a text. */
    static Object metricValue(ResultSet rs, int first) throws SQLException {
        long whole = rs.getLong(first);
        if (!rs.wasNull()) {
            return whole;
        }
        double real = rs.getDouble(first + 1);
        return rs.wasNull() ? rs.getString(first + 2) : (Object) real;
    }

    private void insertMetrics(long releaseId, Map<String, Object> metrics) {
        List<Object[]> rows = new ArrayList<>(metrics.size());
        int ord = 0;
        for (Map.Entry<String, Object> metric : metrics.entrySet()) {
            Object value = metric.getValue();
            Long whole = null;
            Double real = null;
            String text = null;
            switch (value) {
                case null -> { }
                case Integer i -> whole = i.longValue();
                case Long l -> whole = l;
                case Short s -> whole = s.longValue();
                case BigInteger b -> whole = b.longValueExact();
                case Number n -> real = n.doubleValue();
                case Boolean b -> text = b.toString();
                default -> text = value.toString();
            }
            rows.add(new Object[] {releaseId, metric.getKey(), ord++, whole, real, text});
        }
        template.batchUpdate("INSERT INTO metric_value (release_id, metric_key, ord, int_value, real_value, text_value)"
                + " VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    private void insertFiles(long releaseId, List<RustFile> files) {
        List<Object[]> rows = new ArrayList<>(files.size());
        for (RustFile file : files) {
            rows.add(new Object[] {releaseId, file.path(), file.category().key(), file.blobId(),
                    file.counts().lines(), file.counts().code(), file.counts().comments(), file.counts().blanks(),
                    file.counts().docComments()});
        }
        template.batchUpdate("INSERT INTO rust_file (release_id, path, category, blob_id, lines, code, comments, blanks,"
                + " doc_comments) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private void insertDrivers(long releaseId, List<Driver> drivers) {
        List<Object[]> rows = new ArrayList<>(drivers.size());
        List<Object[]> files = new ArrayList<>();
        for (Driver driver : drivers) {
            rows.add(new Object[] {releaseId, driver.name(), driver.path(), driver.kind(), driver.files(),
                    driver.lines(), driver.code()});
            for (String source : new LinkedHashSet<>(driver.sources())) {
                files.add(new Object[] {releaseId, driver.path(), source});
            }
        }
        template.batchUpdate("INSERT INTO driver_release (release_id, name, path, kind, files, lines, code)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
        template.batchUpdate("INSERT INTO driver_file (release_id, driver_path, path) VALUES (?, ?, ?)", files);
    }

    /** A driver's files as stored (by path), with its root file first as the scanner lists them. */
    static List<String> rootFirst(String root, List<String> files) {
        if (!files.contains(root)) {
            return files;
        }
        List<String> ordered = new ArrayList<>(files.size());
        ordered.add(root);
        files.stream().filter(f -> !f.equals(root)).forEach(ordered::add);
        return ordered;
    }

    private void insertAbstractions(long releaseId, List<String> abstractions) {
        List<Object[]> rows = new ArrayList<>();
        for (String name : new LinkedHashSet<>(abstractions)) {
            rows.add(new Object[] {releaseId, name});
        }
        template.batchUpdate("INSERT INTO abstraction_module (release_id, name) VALUES (?, ?)", rows);
    }
}
