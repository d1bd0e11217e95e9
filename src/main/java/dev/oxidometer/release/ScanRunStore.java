package dev.oxidometer.release;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code scan_run} table: every scan and dataset load, with its outcome. */
@Repository
public class ScanRunStore {

    /** A stored scan run. */
    public record ScanRun(long id, long repositoryId, String repository, ScanKind kind, String rulesVersion,
                          Instant started, Instant finished, ScanStatus status, int tagCount, int tagsDone,
                          String errorText, Instant sourceScannedAt, Progress progress) {

        /** A run as first stored, without progress. */
        public ScanRun(long id, long repositoryId, String repository, ScanKind kind, String rulesVersion,
                       Instant started, Instant finished, ScanStatus status, int tagCount, int tagsDone,
                       String errorText, Instant sourceScannedAt) {
            this(id, repositoryId, repository, kind, rulesVersion, started, finished, status, tagCount, tagsDone,
                    errorText, sourceScannedAt, Progress.NONE);
        }
    }

    /**
     * Where a running scan stands, as its instance last stored it (every instance reads it from here).
     *
     * @param tagIndex the 1-based index of the tag being counted among the scan's tags
     * @param at       when the scan last stored its progress; null before it did
     */
    public record Progress(String currentTag, int tagIndex, int filesDone, int filesTotal, Instant at) {
        static final Progress NONE = new Progress(null, 0, 0, 0, null);
    }

    private static final RowMapper<ScanRun> RUN = (rs, n) -> new ScanRun(rs.getLong("id"),
            rs.getLong("repository_id"), rs.getString("repository_name"), ScanKind.fromKey(rs.getString("kind")),
            rs.getString("rules_version"), Sql.instant(rs, "started_at"), Sql.instant(rs, "finished_at"),
            ScanStatus.fromKey(rs.getString("status")), rs.getInt("tag_count"), rs.getInt("tags_done"), rs.getString("error_text"),
            Sql.instant(rs, "source_scanned_at"), new Progress(rs.getString("current_tag"), rs.getInt("tag_index"),
            rs.getInt("files_done"), rs.getInt("files_total"), Sql.instant(rs, "progress_at")));

    private static final String SELECT = "SELECT s.*, r.name AS repository_name FROM scan_run s "
            + "JOIN repository r ON r.id = s.repository_id ";

    private final JdbcClient jdbc;

    public ScanRunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long start(long repositoryId, ScanKind kind, String rulesVersion, Instant sourceScannedAt) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO scan_run (repository_id, kind, rules_version, started_at, status, source_scanned_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(repositoryId, kind.key(), rulesVersion, Sql.ts(Instant.now()), ScanStatus.RUNNING.key(),
                        Sql.ts(sourceScannedAt))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void progress(long id, int tagCount, int tagsDone) {
        jdbc.sql("UPDATE scan_run SET tag_count = ?, tags_done = ? WHERE id = ?").params(tagCount, tagsDone, id)
                .update();
    }

    /** Stores where a running scan stands, for every instance to read. */
    public void progress(long id, int tagCount, int tagsDone, Progress progress) {
        jdbc.sql("UPDATE scan_run SET tag_count = ?, tags_done = ?, current_tag = ?, tag_index = ?, files_done = ?,"
                        + " files_total = ?, progress_at = ? WHERE id = ?")
                .params(tagCount, tagsDone, progress.currentTag(), progress.tagIndex(), progress.filesDone(),
                        progress.filesTotal(), Sql.ts(Instant.now()), id)
                .update();
    }

    public void finish(long id, boolean succeeded, String errorText) {
        jdbc.sql("UPDATE scan_run SET status = ?, error_text = ?, finished_at = ?, current_tag = NULL, progress_at = ?"
                        + " WHERE id = ?")
                .params(ScanStatus.of(succeeded).key(), Sql.fit(errorText, 8000), Sql.ts(Instant.now()),
                        Sql.ts(Instant.now()), id)
                .update();
    }

    /**
     * Scans left "running" with no job to finish them (a process of a version without durable jobs stopped
     * during them, or their job was removed): closed as failed. Scans whose job exists are left alone: an instance
     * runs them or takes them over.
     *
     * @param jobScans the ids of the scans that have a job
     */
    public int failInterrupted(java.util.Collection<Long> jobScans) {
        String keep = jobScans.isEmpty() ? "" : " AND id NOT IN (:keep)";
        var statement = jdbc.sql("UPDATE scan_run SET status = :failed, finished_at = :now, error_text = :text"
                        + " WHERE status = :running" + keep)
                .param("failed", ScanStatus.FAILED.key()).param("now", Sql.ts(Instant.now()))
                .param("text", "Interrupted: oxidometer stopped during this scan. The releases completed before are"
                        + " stored; the next scan continues with the rest.")
                .param("running", ScanStatus.RUNNING.key());
        return (jobScans.isEmpty() ? statement : statement.param("keep", jobScans)).update();
    }

    /** Scans that are running, or whose progress moved at or after {@code since}, oldest first. */
    public List<ScanRun> activeOrChangedSince(Instant since) {
        return jdbc.sql(SELECT + "WHERE s.kind = ? AND (s.status = ? OR s.progress_at >= ? OR s.finished_at >= ?)"
                        + " ORDER BY s.id")
                .params(ScanKind.SCAN.key(), ScanStatus.RUNNING.key(), Sql.ts(since), Sql.ts(since))
                .query(RUN).list();
    }

    public Optional<ScanRun> find(long id) {
        return jdbc.sql(SELECT + "WHERE s.id = ?").param(id).query(RUN).optional();
    }

    /** The newest scans (not dataset loads), newest first. */
    public List<ScanRun> recentScans(int limit) {
        return jdbc.sql(SELECT + "WHERE s.kind = ? ORDER BY s.id DESC FETCH FIRST " + Math.max(0, limit) + " ROWS ONLY")
                .param(ScanKind.SCAN.key()).query(RUN).list();
    }

    /**
     * Every repository that holds releases, with its newest successful scan, load or import: where each stored
     * history came from, in the order the repositories were added.
     */
    public List<StoredSource> sources() {
        record Holder(long id, String name) {
        }
        List<Holder> holders = jdbc.sql("SELECT r.id, r.name FROM repository r WHERE EXISTS "
                        + "(SELECT 1 FROM release_tag t WHERE t.repository_id = r.id) ORDER BY r.id")
                .query((rs, n) -> new Holder(rs.getLong(1), rs.getString(2))).list();
        List<StoredSource> sources = new java.util.ArrayList<>();
        for (Holder h : holders) {
            List<String> tags = new java.util.ArrayList<>(jdbc.sql(
                    "SELECT tag FROM release_tag WHERE repository_id = ?").param(h.id()).query(String.class).list());
            tags.sort(dev.oxidometer.scan.ReleaseTag::compareNames);
            String storedRules = jdbc.sql("SELECT rules_version FROM release_tag WHERE repository_id = ? AND tag = ?")
                    .params(h.id(), tags.getLast()).query(String.class).optional().orElse(null);
            Optional<ScanRun> run = latestSucceeded(h.id());
            sources.add(new StoredSource(h.name(), run.map(ScanRun::kind).orElse(null),
                    run.map(ScanRun::rulesVersion).orElse(storedRules), run.map(ScanRun::finished).orElse(null),
                    run.map(r -> r.kind() == ScanKind.SCAN ? r.finished() : r.sourceScannedAt()).orElse(null),
                    tags.size(), tags.getFirst(), tags.getLast()));
        }
        return sources;
    }

    /** The newest successful scan or load of a repository: where its stored data came from. */
    public Optional<ScanRun> latestSucceeded(long repositoryId) {
        return jdbc.sql(SELECT + "WHERE s.repository_id = ? AND s.status = ? ORDER BY s.id DESC "
                + "FETCH FIRST 1 ROWS ONLY").params(repositoryId, ScanStatus.SUCCEEDED.key()).query(RUN).optional();
    }
}
