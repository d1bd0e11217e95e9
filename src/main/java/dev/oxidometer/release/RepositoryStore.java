package dev.oxidometer.release;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code repository} table: kernel repositories and where each came from. */
@Repository
public class RepositoryStore {

    /** Where a repository row came from. */
    public enum Origin {
        CONFIGURED, ADDED, BUNDLED, IMPORTED;

        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final RowMapper<Repo> REPO = (rs, n) -> new Repo(rs.getLong("id"), rs.getString("name"),
            rs.getString("path"), rs.getBoolean("include_rc"));

    private final JdbcClient jdbc;

    public RepositoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Repo insert(String name, String path, boolean includeRc, Origin origin) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO repository (name, path, include_rc, origin, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(name, path, includeRc, origin.column(), Sql.ts(Instant.now()))
                .update(keys, "id");
        return new Repo(keys.getKey().longValue(), name, path, includeRc);
    }

    public void update(long id, String path, boolean includeRc, Origin origin) {
        jdbc.sql("UPDATE repository SET path = ?, include_rc = ?, origin = ? WHERE id = ?")
                .params(path, includeRc, origin.column(), id).update();
    }

    public List<Repo> all() {
        return jdbc.sql("SELECT * FROM repository ORDER BY id").query(REPO).list();
    }

    /** The repositories that hold at least one stored release, in the order they were added. */
    public List<Repo> withReleases() {
        return jdbc.sql("""
                SELECT * FROM repository r WHERE EXISTS (SELECT 1 FROM release_tag t WHERE t.repository_id = r.id)
                ORDER BY r.id""").query(REPO).list();
    }

    public Optional<Repo> byId(long id) {
        return jdbc.sql("SELECT * FROM repository WHERE id = ?").param(id).query(REPO).optional();
    }

    public Optional<Repo> byName(String name) {
        return jdbc.sql("SELECT * FROM repository WHERE name = ?").param(name).query(REPO).optional();
    }

    public Optional<Repo> byPath(String path) {
        return jdbc.sql("SELECT * FROM repository WHERE path = ? ORDER BY id").param(path).query(REPO).stream()
                .findFirst();
    }

    public List<Repo> byOrigin(Origin... origins) {
        List<String> names = java.util.Arrays.stream(origins).map(Origin::column).toList();
        return jdbc.sql("SELECT * FROM repository WHERE origin IN (:origins) ORDER BY id")
                .param("origins", names).query(REPO).list();
    }

    public Optional<Origin> origin(long id) {
        return jdbc.sql("SELECT origin FROM repository WHERE id = ?").param(id).query(String.class).optional()
                .map(o -> Origin.valueOf(o.toUpperCase(java.util.Locale.ROOT)));
    }

    /**
     * Replaces the list of release tags the repository holds (scanned or not), as read at a scan: it tells which
     * releases are missing between two scanned ones ({@link ReleaseGaps}).
     */
    @org.springframework.transaction.annotation.Transactional
    public void replaceTags(long id, java.util.Collection<String> tags) {
        jdbc.sql("DELETE FROM repository_tag WHERE repository_id = ?").param(id).update();
        for (String tag : new java.util.TreeSet<>(tags)) {
            jdbc.sql("INSERT INTO repository_tag (repository_id, tag) VALUES (?, ?)").params(id, tag).update();
        }
    }

    /** The release tags the repository held at its latest scan; empty when it was never scanned here. */
    public List<String> tags(long id) {
        return jdbc.sql("SELECT tag FROM repository_tag WHERE repository_id = ?").param(id).query(String.class)
                .list();
    }

    /** A name not yet taken, derived from {@code wanted}: {@code linux}, {@code linux (2)}, ... */
    public String freeName(String wanted) {
        String name = wanted;
        for (int i = 2; byName(name).isPresent(); i++) {
            name = wanted + " (" + i + ")";
        }
        return name;
    }
}
