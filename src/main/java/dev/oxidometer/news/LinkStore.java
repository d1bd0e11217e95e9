package dev.oxidometer.news;

import static dev.oxidometer.release.Sql.instant;
import static dev.oxidometer.release.Sql.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Links and suggestions in {@code news_link}: one row per (article, kind, target). */
@Repository
public class LinkStore {

    private static final String SELECT = "select id, article_id, kind, target, origin, status, reason, score, created_by,"
            + " created_at, reviewed_by, reviewed_at from news_link";

    private final JdbcClient jdbc;

    public LinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long articleId, LinkKind kind, String target, String origin, String status, String reason,
                       int score, String by, Instant at) {
        jdbc.sql("insert into news_link (article_id, kind, target, origin, status, reason, score, created_by, created_at,"
                        + " reviewed_by, reviewed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(articleId, kind.key(), target, origin, status, reason, score, by, ts(at),
                        ArticleLink.PENDING.equals(status) ? null : by, ArticleLink.PENDING.equals(status) ? null : ts(at))
                .update();
    }

    /** Stores a link exactly as exported, review fields included. */
    public void restore(long articleId, LinkKind kind, String target, String origin, String status, String reason,
                        int score, String createdBy, Instant createdAt, String reviewedBy, Instant reviewedAt) {
        jdbc.sql("insert into news_link (article_id, kind, target, origin, status, reason, score, created_by, created_at,"
                        + " reviewed_by, reviewed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(articleId, kind.key(), target, origin, status, reason, score, createdBy, ts(createdAt),
                        reviewedBy, ts(reviewedAt))
                .update();
    }

    public Optional<ArticleLink> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(LinkStore::row).optional();
    }

    public Optional<ArticleLink> find(long articleId, LinkKind kind, String target) {
        return jdbc.sql(SELECT + " where article_id = ? and kind = ? and target = ?")
                .params(articleId, kind.key(), target).query(LinkStore::row).optional();
    }

    /** Ranked: accepted first, then pending by score, rejected last. */
    public List<ArticleLink> ofArticle(long articleId) {
        return jdbc.sql(SELECT + " where article_id = ? order by case status when 'accepted' then 0 when 'pending' then 1"
                        + " else 2 end, score desc, kind, target")
                .param(articleId).query(LinkStore::row).list();
    }

    public List<ArticleLink> pending() {
        return jdbc.sql(SELECT + " where status = 'pending' order by article_id desc, score desc, kind, target")
                .query(LinkStore::row).list();
    }

    public List<ArticleLink> accepted(LinkKind kind, String target) {
        return jdbc.sql(SELECT + " where status = 'accepted' and kind = ? and target = ? order by article_id")
                .params(kind.key(), target).query(LinkStore::row).list();
    }

    /** Article id to the tags of its accepted release links. */
    public java.util.Map<Long, List<String>> acceptedReleases() {
        java.util.Map<Long, List<String>> out = new java.util.HashMap<>();
        jdbc.sql("select article_id, target from news_link where status = 'accepted' and kind = 'release'")
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getString(2));
                });
        return out;
    }

    public List<ArticleLink> all() {
        return jdbc.sql(SELECT + " order by article_id, id").query(LinkStore::row).list();
    }

    public void review(long id, String status, String origin, String by, Instant at) {
        jdbc.sql("update news_link set status = ?, origin = ?, reviewed_by = ?, reviewed_at = ? where id = ?")
                .params(status, origin, by, ts(at), id).update();
    }

    public boolean delete(long id) {
        return jdbc.sql("delete from news_link where id = ?").param(id).update() > 0;
    }

    private static ArticleLink row(ResultSet rs, int n) throws SQLException {
        return new ArticleLink(rs.getLong("id"), rs.getLong("article_id"), LinkKind.fromKey(rs.getString("kind")),
                rs.getString("target"), rs.getString("origin"), rs.getString("status"), rs.getString("reason"),
                rs.getInt("score"), rs.getString("created_by"), instant(rs, "created_at"), rs.getString("reviewed_by"),
                instant(rs, "reviewed_at"));
    }
}
