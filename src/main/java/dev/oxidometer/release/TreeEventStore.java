package dev.oxidometer.release;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.oxidometer.scan.Driver;
import dev.oxidometer.scan.ReleaseTag;

/**
 * Keeps the {@code release_event} rows of a repository in step with its stored releases: when a release is stored,
 * its events (against the scanned release before it on the timeline) and those of the release after it are worked
 * out again from the stored rows ({@link TreeEvents}). Runs inside the caller's transaction.
 */
final class TreeEventStore {

    private record Head(long id, String tag, boolean rc) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    TreeEventStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** After {@code tag} was stored (or replaced): its events and the next timeline release's. */
    void refreshAround(long repositoryId, String tag) {
        List<Head> timeline = timeline(repositoryId);
        // a release that is not on the timeline (a release candidate once a final release is stored) has none
        jdbc.sql("DELETE FROM release_event WHERE release_id IN (SELECT id FROM release_tag WHERE repository_id = ?)"
                        + (timeline.isEmpty() ? "" : " AND release_id NOT IN ("
                        + String.join(", ", timeline.stream().map(h -> Long.toString(h.id())).toList()) + ")"))
                .param(repositoryId).update();
        Set<Integer> targets = new LinkedHashSet<>();
        for (int i = 0; i < timeline.size(); i++) {
            if (timeline.get(i).tag().equals(tag)) {
                targets.add(i);
                if (i + 1 < timeline.size()) {
                    targets.add(i + 1);
                }
            }
        }
        for (int i : targets) {
            refresh(i == 0 ? null : timeline.get(i - 1), timeline.get(i));
        }
    }

    /** Every event of a repository, worked out again. */
    void refreshAll(long repositoryId) {
        List<Head> timeline = timeline(repositoryId);
        jdbc.sql("DELETE FROM release_event WHERE release_id IN (SELECT id FROM release_tag WHERE repository_id = ?)")
                .param(repositoryId).update();
        TreeEvents.Snapshot before = null;
        for (Head head : timeline) {
            TreeEvents.Snapshot now = snapshot(head);
            if (before != null) {
                insert(head.id(), before.tag(), TreeEvents.between(before, now));
            }
            before = now;
        }
    }

    private void refresh(Head before, Head release) {
        jdbc.sql("DELETE FROM release_event WHERE release_id = ?").param(release.id()).update();
        if (before != null) {
            insert(release.id(), before.tag(), TreeEvents.between(snapshot(before), snapshot(release)));
        }
    }

    private void insert(long releaseId, String afterTag, List<TreeEvents.Change> changes) {
        List<Object[]> rows = new ArrayList<>(changes.size());
        int ord = 0;
        for (TreeEvents.Change c : changes) {
            rows.add(new Object[] {releaseId, ord++, afterTag, c.kind(), Sql.fit(c.subject(), 1000),
                    Sql.fit(c.detail(), 2000)});
        }
        template.batchUpdate("INSERT INTO release_event (release_id, ord, after_tag, kind, subject, detail)"
                + " VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    /** The final releases, or every stored tag when no final release is stored; in version order. */
    private List<Head> timeline(long repositoryId) {
        List<Head> all = new ArrayList<>(jdbc.sql("SELECT id, tag, rc FROM release_tag WHERE repository_id = ?")
                .param(repositoryId).query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
                .list());
        all.sort((a, b) -> ReleaseTag.compareNames(a.tag(), b.tag()));
        List<Head> finals = all.stream().filter(h -> !h.rc()).toList();
        return finals.isEmpty() ? all : finals;
    }

    private TreeEvents.Snapshot snapshot(Head head) {
        Long rustFiles = jdbc.sql("SELECT int_value FROM metric_value WHERE release_id = ? AND metric_key = 'rust.files'")
                .param(head.id()).query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("SELECT COUNT(*) FROM rust_file WHERE release_id = ?").param(head.id())
                        .query(Long.class).single());
        String rustc = jdbc.sql("SELECT text_value FROM metric_value WHERE release_id = ? AND metric_key = 'rustc.min'")
                .param(head.id()).query(String.class).optional().orElse(null);
        List<Driver> drivers = jdbc.sql("SELECT name, path, kind, files, lines FROM driver_release WHERE release_id = ?")
                .param(head.id())
                .query((rs, n) -> new Driver(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getLong(5), null, List.of()))
                .list();
        List<TreeEvents.CrateFile> files = jdbc.sql(
                        "SELECT path, category, lines FROM rust_file WHERE release_id = ? AND path LIKE 'rust/%'")
                .param(head.id())
                .query((rs, n) -> new TreeEvents.CrateFile(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
        return new TreeEvents.Snapshot(head.tag(), rustFiles == null ? 0 : rustFiles, rustc, drivers, files);
    }
}
