package dev.oxidometer.release;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.oxidometer.scan.ReleaseTag;

/**
 * The stored release history of the default repository ({@link DefaultRepository}), read-only.
 *
 * <p>Driver and abstraction histories run over the <em>release timeline</em>: the final releases ({@code vX.Y}),
 * or every stored tag when no final release is stored, so that a driver that only shows up in a release candidate
 * does not count as landed before its release.
 */
@Service
@Transactional(readOnly = true)
public class ReleaseCatalog {

    /** A stored release row without its metrics. */
    private record Row(long id, String tag, String commit, Instant date, boolean rc, String rulesVersion,
                       String note) {
    }

    private record DriverRow(long releaseId, String name, String path, int files, long lines, String kind,
                             Long code) {
    }

    private static final Comparator<Row> VERSION_ORDER = (a, b) -> ReleaseTag.compareNames(a.tag(), b.tag());

    private final JdbcClient jdbc;
    private final DefaultRepository defaultRepository;
    private final ScanRunStore scanRuns;
    private final ReleaseDiffer differ;

    public ReleaseCatalog(JdbcClient jdbc, DefaultRepository defaultRepository, ScanRunStore scanRuns) {
        this.jdbc = jdbc;
        this.defaultRepository = defaultRepository;
        this.scanRuns = scanRuns;
        this.differ = new ReleaseDiffer(jdbc);
    }

    /**
     * Which releases are missing between the scanned releases of the timeline, from the kernel's numbering and the
     * repository's own tag list (when it was scanned here): the source of every range ({@link ReleaseRange}) that
     * a first-seen or last-seen fact is stated with. Empty timeline when nothing is stored.
     */
    public ReleaseGaps gaps() {
        return defaultRepository.get().map(repo -> gaps(repo.id())).orElseGet(() -> ReleaseGaps.of(List.of()));
    }

    ReleaseGaps gaps(long repositoryId) {
        List<String> timeline = timeline(repositoryId).stream().map(Row::tag).toList();
        List<String> repositoryTags = jdbc.sql("SELECT tag FROM repository_tag WHERE repository_id = ?")
                .param(repositoryId).query(String.class).list();
        return ReleaseGaps.of(timeline, repositoryTags);
    }

    /** Releases in version order, each with its metrics. */
    public List<ReleaseSummary> releases(boolean includeRc) {
        return defaultRepository.get().map(repo -> {
            List<Row> rows = rows(repo.id(), includeRc);
            Map<Long, Map<String, Object>> metrics = metrics(repo.id(), null);
            return rows.stream().map(row -> summary(row, metrics.get(row.id()))).toList();
        }).orElse(List.of());
    }

    public Optional<ReleaseSummary> release(String tag) {
        return row(tag).map(row -> summary(row, metrics(null, row.id()).get(row.id())));
    }

    /** The first line of the release's tag annotation (which tree it is), or empty. */
    public Optional<String> note(String tag) {
        return row(tag).map(Row::note).filter(n -> !n.isBlank());
    }

    /** Tag to note for every stored release that has one, for tooltips. */
    public Map<String, String> notes() {
        return defaultRepository.get().map(repo -> {
            Map<String, String> notes = new HashMap<>();
            for (Row row : rows(repo.id(), true)) {
                if (row.note() != null && !row.note().isBlank()) {
                    notes.put(row.tag(), row.note());
                }
            }
            return notes;
        }).orElse(Map.of());
    }

    /** The release before {@code tag} in version order, among final releases or also release candidates. */
    public Optional<ReleaseSummary> previous(String tag, boolean includeRc) {
        return defaultRepository.get().flatMap(repo -> {
            Row before = null;
            for (Row row : rows(repo.id(), includeRc)) {
                if (ReleaseTag.compareNames(row.tag(), tag) >= 0) {
                    break;
                }
                before = row;
            }
            return Optional.ofNullable(before).map(Row::tag);
        }).flatMap(this::release);
    }

    /** The release after {@code tag} in version order, among final releases or also release candidates. */
    public Optional<ReleaseSummary> next(String tag, boolean includeRc) {
        return defaultRepository.get().flatMap(repo -> rows(repo.id(), includeRc).stream()
                .filter(row -> ReleaseTag.compareNames(row.tag(), tag) > 0).findFirst().map(Row::tag))
                .flatMap(this::release);
    }

    public ReleaseDiff diff(String fromTag, String toTag) {
        Row from = row(fromTag).orElseThrow(() -> unknownTag(fromTag));
        Row to = row(toTag).orElseThrow(() -> unknownTag(toTag));
        return differ.diff(fromTag, from.id(), toTag, to.id());
    }

    /** The {@code .rs} files of a release by path; empty for an unknown tag. */
    public List<RustFileRow> files(String tag) {
        return row(tag).map(row -> jdbc.sql(
                        "SELECT path, category, blob_id, lines, code FROM rust_file WHERE release_id = ? ORDER BY path")
                .param(row.id())
                .query((rs, n) -> new RustFileRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5)))
                .list()).orElse(List.of());
    }

    /** Every driver of the release timeline, in order of landing. */
    public List<DriverSummary> drivers() {
        return defaultRepository.get().map(repo -> {
            List<Row> timeline = timeline(repo.id());
            ReleaseGaps gaps = gaps(repo.id());
            Map<String, Map<Long, DriverRow>> byName = driverRows(repo.id(), null);
            List<DriverSummary> drivers = new ArrayList<>();
            byName.forEach((name, rows) -> summarize(name, rows, timeline, gaps).ifPresent(drivers::add));
            drivers.sort(Comparator.comparing(DriverSummary::landedTag, ReleaseTag::compareNames)
                    .thenComparing(DriverSummary::name));
            return drivers;
        }).orElse(List.of());
    }

    public Optional<DriverSummary> driver(String name) {
        return defaultRepository.get().flatMap(repo -> {
            Map<Long, DriverRow> rows = driverRows(repo.id(), name).getOrDefault(name, Map.of());
            return summarize(name, rows, timeline(repo.id()), gaps(repo.id()));
        });
    }

    /** The releases of the timeline that hold the driver, oldest first. */
    public List<DriverRelease> driverHistory(String name) {
        return defaultRepository.get().map(repo -> {
            Map<Long, DriverRow> rows = driverRows(repo.id(), name).getOrDefault(name, Map.of());
            return timeline(repo.id()).stream().filter(r -> rows.containsKey(r.id())).map(r -> {
                DriverRow d = rows.get(r.id());
                return new DriverRelease(r.tag(), r.date(), d.path(), d.files(), d.lines());
            }).toList();
        }).orElse(List.of());
    }

    /** The kernel crate's modules, in order of first appearance on the release timeline. */
    public List<AbstractionModule> abstractions() {
        return defaultRepository.get().map(repo -> {
            List<Row> timeline = timeline(repo.id());
            if (timeline.isEmpty()) {
                return List.<AbstractionModule>of();
            }
            Map<Long, Set<String>> byRelease = new HashMap<>();
            jdbc.sql("SELECT a.release_id, a.name FROM abstraction_module a JOIN release_tag t ON t.id = a.release_id"
                            + " WHERE t.repository_id = ?")
                    .param(repo.id())
                    .query(rs -> {
                        byRelease.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                    });
            Set<String> newest = byRelease.getOrDefault(timeline.getLast().id(), Set.of());
            ReleaseGaps gaps = gaps(repo.id());
            Map<String, AbstractionModule> first = new LinkedHashMap<>();
            for (Row row : timeline) {
                ReleaseRange range = gaps.firstSeenIn(row.tag());
                for (String name : new TreeSet<>(byRelease.getOrDefault(row.id(), Set.of()))) {
                    first.putIfAbsent(name, new AbstractionModule(name, row.tag(), row.date(), newest.contains(name),
                            range.afterTag(), range.exact()));
                }
            }
            return List.copyOf(first.values());
        }).orElse(List.of());
    }

    /**
     * The tree events of every release of the timeline, in version order (then in the order they were found), each
     * with its range: what changed since the scanned release before.
     */
    public List<TreeEvent> events() {
        return defaultRepository.get().map(repo -> events(repo.id(), null)).orElse(List.of());
    }

    /** The tree events of one release (empty for the first scanned release or an unknown tag). */
    public List<TreeEvent> events(String tag) {
        return defaultRepository.get().map(repo -> events(repo.id(), tag)).orElse(List.of());
    }

    private List<TreeEvent> events(long repositoryId, String tag) {
        ReleaseGaps gaps = gaps(repositoryId);
        record Stored(String tag, int ord, String afterTag, String kind, String subject, String detail) {
        }
        List<Stored> rows = new ArrayList<>(jdbc.sql("""
                        SELECT t.tag, e.ord, e.after_tag, e.kind, e.subject, e.detail FROM release_event e
                        JOIN release_tag t ON t.id = e.release_id WHERE t.repository_id = :repo"""
                        + (tag == null ? "" : " AND t.tag = :tag"))
                .param("repo", repositoryId)
                .params(tag == null ? Map.of() : Map.of("tag", tag))
                .query((rs, n) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list());
        rows.sort(Comparator.comparing(Stored::tag, ReleaseTag::compareNames).thenComparingInt(Stored::ord));
        return rows.stream().map(r -> new TreeEvent(r.tag(), r.afterTag(), gaps.between(r.afterTag(), r.tag()).exact(),
                r.kind(), r.subject(), r.detail())).toList();
    }

    /** Every stored metric key, in the scanner's published order. */
    public List<String> metricKeys() {
        return defaultRepository.get().map(repo -> jdbc.sql("""
                        SELECT m.metric_key FROM metric_value m JOIN release_tag t ON t.id = m.release_id
                        WHERE t.repository_id = ? GROUP BY m.metric_key ORDER BY MIN(m.ord), m.metric_key""")
                .param(repo.id()).query(String.class).list()).orElse(List.of());
    }

    /** Where the default repository's data came from; empty when nothing is stored. */
    public Optional<DataSource> dataSource() {
        return defaultRepository.get().map(repo -> {
            List<Row> rows = rows(repo.id(), true);
            Optional<ScanRunStore.ScanRun> run = scanRuns.latestSucceeded(repo.id());
            String rulesVersion = run.map(ScanRunStore.ScanRun::rulesVersion)
                    .orElseGet(() -> rows.isEmpty() ? null : rows.getLast().rulesVersion());
            Instant scannedAt = run.map(r -> r.sourceScannedAt() != null ? r.sourceScannedAt() : r.finished())
                    .orElse(null);
            List<String> trees = rows.stream()
                    .map(r -> r.note() == null || r.note().isBlank() ? r.tag() : r.tag() + ": " + r.note())
                    .toList();
            boolean bundled = run.map(r -> r.kind() == ScanKind.BUNDLED).orElse(false);
            return new DataSource(repo.name(), rulesVersion, scannedAt, trees, bundled);
        });
    }

    private static NoSuchElementException unknownTag(String tag) {
        return new NoSuchElementException("No release " + tag + " is stored");
    }

    private Optional<Row> row(String tag) {
        return defaultRepository.get().flatMap(repo -> jdbc.sql(
                        "SELECT * FROM release_tag WHERE repository_id = ? AND tag = ?")
                .params(repo.id(), tag).query((rs, n) -> row(rs)).optional());
    }

    private List<Row> rows(long repositoryId, boolean includeRc) {
        List<Row> rows = new ArrayList<>(jdbc.sql("SELECT * FROM release_tag WHERE repository_id = ?"
                        + (includeRc ? "" : " AND rc = FALSE"))
                .param(repositoryId).query((rs, n) -> row(rs)).list());
        rows.sort(VERSION_ORDER);
        return rows;
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getString("tag"), rs.getString("commit_id"),
                Sql.instant(rs, "released_at"), rs.getBoolean("rc"), rs.getString("rules_version"),
                rs.getString("note"));
    }

    private List<Row> timeline(long repositoryId) {
        List<Row> releases = rows(repositoryId, false);
        return releases.isEmpty() ? rows(repositoryId, true) : releases;
    }

    /** Metrics by release id, for a whole repository or one release. */
    private Map<Long, Map<String, Object>> metrics(Long repositoryId, Long releaseId) {
        String where = repositoryId != null
                ? "JOIN release_tag t ON t.id = m.release_id WHERE t.repository_id = ?"
                : "WHERE m.release_id = ?";
        Map<Long, Map<String, Object>> metrics = new HashMap<>();
        jdbc.sql("SELECT m.release_id, m.metric_key, m.int_value, m.real_value, m.text_value FROM metric_value m "
                        + where + " ORDER BY m.release_id, m.ord")
                .param(repositoryId != null ? repositoryId : releaseId)
                .query(rs -> {
                    metrics.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2),
                            ReleaseStore.metricValue(rs, 3));
                });
        return metrics;
    }

    private static ReleaseSummary summary(Row row, Map<String, Object> metrics) {
        return new ReleaseSummary(row.tag(), row.commit(), row.date(), row.rc(), row.rulesVersion(),
                metrics == null ? Map.of() : Collections.unmodifiableMap(metrics));
    }

    /** Driver rows by name, then by release id; all drivers of a repository, or one name. */
    private Map<String, Map<Long, DriverRow>> driverRows(long repositoryId, String name) {
        Map<String, Map<Long, DriverRow>> byName = new TreeMap<>();
        jdbc.sql("SELECT d.release_id, d.name, d.path, d.files, d.lines, d.kind, d.code FROM driver_release d "
                        + "JOIN release_tag t ON t.id = d.release_id WHERE t.repository_id = :repo"
                        + (name == null ? "" : " AND d.name = :name") + " ORDER BY d.path")
                .param("repo", repositoryId)
                .params(name == null ? Map.of() : Map.of("name", name))
                .query(rs -> {
                    DriverRow row = new DriverRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getLong(5), rs.getString(6), Sql.nullableLong(rs, 7));
                    // Two files declaring the same module name in one release: keep the first by path, so that
                    // the result does not depend on row order.
                    byName.computeIfAbsent(row.name(), k -> new HashMap<>()).putIfAbsent(row.releaseId(), row);
                });
        return byName;
    }

    private static Optional<DriverSummary> summarize(String name, Map<Long, DriverRow> rows, List<Row> timeline,
                                                     ReleaseGaps gaps) {
        Row landed = null;
        Row last = null;
        List<Long> trend = new ArrayList<>(timeline.size());
        for (Row release : timeline) {
            DriverRow d = rows.get(release.id());
            trend.add(d == null ? 0L : d.lines());
            if (d != null) {
                landed = landed == null ? release : landed;
                last = release;
            }
        }
        if (last == null) {
            return Optional.empty();
        }
        DriverRow newest = rows.get(last.id());
        ReleaseRange landing = gaps.firstSeenIn(landed.tag());
        Optional<ReleaseRange> removal = gaps.goneAfter(last.tag());
        return Optional.of(new DriverSummary(name, newest.path(), subsystem(newest.path()), landed.tag(),
                landed.date(), last.tag(), newest.files(), newest.lines(), List.copyOf(trend), newest.kind(),
                landing.afterTag(), landing.exact(), removal.map(ReleaseRange::tag).orElse(null),
                removal.map(ReleaseRange::afterTag).orElse(null), removal.map(ReleaseRange::exact).orElse(false),
                newest.code()));
    }

    /** {@code drivers/net/phy/ax88796b_rust.rs} belongs to {@code net}. */
    static String subsystem(String path) {
        String[] parts = path.split("/");
        return parts.length > 2 && parts[0].equals("drivers") ? parts[1] : parts[0];
    }
}
