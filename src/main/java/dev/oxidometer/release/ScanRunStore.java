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
                          String errorText, Instant sourceScannedAt) {
    }

    private static final RowMapper<ScanRun> RUN = (rs, n) -> new ScanRun(rs.getLong("id"),
            rs.getLong("repository_id"), rs.getString("repository_name"), ScanKind.fromKey(rs.getString("kind")),
            rs.getString("rules_version"), Sql.instant(rs, "started_at"), Sql.instant(rs, "finished_at"),
            ScanStatus.fromKey(rs.getString("status")), rs.getInt("tag_count"), rs.getInt("tags_done"), rs.getString("error_text"),
            Sql.instant(rs, "source_scanned_at"));

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

    public void finish(long id, boolean succeeded, String errorText) {
        jdbc.sql("UPDATE scan_run SET status = ?, error_text = ?, finished_at = ? WHERE id = ?")
                .params(ScanStatus.of(succeeded).key(), Sql.fit(errorText, 8000), Sql.ts(Instant.now()), id)
                .update();
    }

    /** Runs left "running" by a process that stopped; called at startup, before any new scan. */
    public int failInterrupted() {
        return jdbc.sql("UPDATE scan_run SET status = ?, finished_at = ?, error_text = ? WHERE status = ?")
                .params(ScanStatus.FAILED.key(), Sql.ts(Instant.now()), "Interrupted: oxidometer stopped during this scan. The releases "
                        + "completed before are stored; the next scan continues with the rest.", ScanStatus.RUNNING.key())
                .update();
    }

    public Optional<ScanRun> find(long id) {
        return jdbc.sql(SELECT + "WHERE s.id = ?").param(id).query(RUN).optional();
    }

    /** The newest scans (not dataset loads), newest first. */
    public List<ScanRun> recentScans(int limit) {
        return jdbc.sql(SELECT + "WHERE s.kind = ? ORDER BY s.id DESC FETCH FIRST " + Math.max(0, limit) + " ROWS ONLY")
                .param(ScanKind.SCAN.key()).query(RUN).list();
    }

    /** The newest successful scan or load of a repository: where its stored data came from. */
    public Optional<ScanRun> latestSucceeded(long repositoryId) {
        return jdbc.sql(SELECT + "WHERE s.repository_id = ? AND s.status = ? ORDER BY s.id DESC "
                + "FETCH FIRST 1 ROWS ONLY").params(repositoryId, ScanStatus.SUCCEEDED.key()).query(RUN).optional();
    }
}
