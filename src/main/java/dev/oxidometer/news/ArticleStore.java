package dev.oxidometer.news;

import static dev.oxidometer.release.Sql.instant;
import static dev.oxidometer.release.Sql.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Articles and their tags in {@code news_article} / {@code news_article_tag}. */
@Repository
public class ArticleStore {

    private static final String COLUMNS = "a.id, a.url, a.title, a.source, a.published_at, a.author, a.summary, "
            + "a.created_by, a.created_at";

    /** Rows per statement batch and per {@code in (...)} list of a bulk import. */
    static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public ArticleStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Whether no article is stored. */
    public boolean isEmpty() {
        return jdbc.sql("select count(*) from news_article").query(Long.class).single() == 0;
    }

    /** The ids of the articles that have one of these canonical URLs, by URL. */
    public Map<String, Long> idsByUrl(Collection<String> canonicalUrls) {
        Map<String, Long> ids = new LinkedHashMap<>();
        List<String> all = List.copyOf(canonicalUrls);
        for (int from = 0; from < all.size(); from += CHUNK) {
            jdbc.sql("select id, url from news_article where url in (:urls)")
                    .param("urls", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .query(rs -> {
                        ids.put(rs.getString(2), rs.getLong(1));
                    });
        }
        return ids;
    }

    /**
     * Stores validated drafts whose URLs are not taken (and differ from each other) in statement batches, tags
     * included: a feed of thousands of entries is a few round trips, not thousands.
     *
     * @return the new ids by URL
     */
    public Map<String, Long> insertAll(List<ArticleDraft> drafts, String createdBy, Instant createdAt) {
        if (drafts.isEmpty()) {
            return Map.of();
        }
        OffsetDateTime at = ts(createdAt);
        batch.batchUpdate("insert into news_article (url, title, source, published_at, author, summary, created_by,"
                        + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                drafts.stream().map(d -> new Object[] {d.url(), d.title(), d.source(), ts(d.publishedAt()),
                        d.author(), d.summary(), createdBy, at}).toList());
        Map<String, Long> ids = idsByUrl(drafts.stream().map(ArticleDraft::url).toList());
        List<Object[]> tags = new ArrayList<>();
        for (ArticleDraft d : drafts) {
            for (String tag : d.tags()) {
                tags.add(new Object[] {ids.get(d.url()), tag});
            }
        }
        for (int from = 0; from < tags.size(); from += CHUNK) {
            batch.batchUpdate("insert into news_article_tag (article_id, tag) values (?, ?)",
                    tags.subList(from, Math.min(tags.size(), from + CHUNK)));
        }
        return ids;
    }

    /** Stores a validated draft; the caller has checked the URL is not taken. */
    public long insert(ArticleDraft d, String createdBy, Instant createdAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into news_article (url, title, source, published_at, author, summary, created_by, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.url(), d.title(), d.source(), ts(d.publishedAt()), d.author(), d.summary(), createdBy,
                        ts(createdAt))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        writeTags(id, d.tags());
        return id;
    }

    public void update(long id, ArticleDraft d) {
        jdbc.sql("update news_article set url = ?, title = ?, source = ?, published_at = ?, author = ?, summary = ?"
                        + " where id = ?")
                .params(d.url(), d.title(), d.source(), ts(d.publishedAt()), d.author(), d.summary(), id)
                .update();
        jdbc.sql("delete from news_article_tag where article_id = ?").param(id).update();
        writeTags(id, d.tags());
    }

    public boolean delete(long id) {
        return jdbc.sql("delete from news_article where id = ?").param(id).update() > 0;
    }

    public Optional<Article> find(long id) {
        return withTags(jdbc.sql("select " + COLUMNS + " from news_article a where a.id = ?").param(id)
                .query(ArticleStore::row).list()).stream().findFirst();
    }

    public Optional<Article> findByUrl(String canonicalUrl) {
        return withTags(jdbc.sql("select " + COLUMNS + " from news_article a where a.url = ?").param(canonicalUrl)
                .query(ArticleStore::row).list()).stream().findFirst();
    }

    /** Newest first. */
    public List<Article> search(ArticleFilter f) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from news_article a where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (f.source() != null && !f.source().isBlank()) {
            sql.append(" and lower(a.source) = ?");
            params.add(f.source().strip().toLowerCase(Locale.ROOT));
        }
        if (f.from() != null) {
            sql.append(" and a.published_at >= ?");
            params.add(ts(f.from()));
        }
        if (f.to() != null) {
            sql.append(" and a.published_at <= ?");
            params.add(ts(f.to()));
        }
        if (f.linked() != null) {
            sql.append(f.linked() ? " and exists" : " and not exists")
                    .append(" (select 1 from news_link l where l.article_id = a.id and l.status = 'accepted')");
        }
        if (f.text() != null && !f.text().isBlank()) {
            sql.append(" and (lower(a.title) like ? escape '\\' or lower(coalesce(a.summary, '')) like ? escape '\\'"
                    + " or lower(a.source) like ? escape '\\' or lower(coalesce(a.author, '')) like ? escape '\\')");
            String like = "%" + f.text().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.addAll(List.of(like, like, like, like));
        }
        sql.append(" order by a.published_at desc, a.id desc");
        return withTags(jdbc.sql(sql.toString()).params(params).query(ArticleStore::row).list());
    }

    public List<String> sources() {
        return jdbc.sql("select distinct source from news_article order by source").query(String.class).list();
    }

    private void writeTags(long id, Collection<String> tags) {
        for (String tag : tags) {
            jdbc.sql("insert into news_article_tag (article_id, tag) values (?, ?)").params(id, tag).update();
        }
    }

    private List<Article> withTags(List<Article> articles) {
        if (articles.isEmpty()) {
            return articles;
        }
        Map<Long, List<String>> tags = new LinkedHashMap<>();
        jdbc.sql("select article_id, tag from news_article_tag where article_id in (:ids) order by tag")
                .param("ids", articles.stream().map(Article::id).toList()).query(rs -> {
            tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        return articles.stream().map(a -> new Article(a.id(), a.url(), a.title(), a.source(), a.publishedAt(),
                a.author(), a.summary(), List.copyOf(tags.getOrDefault(a.id(), List.of())), a.createdBy(),
                a.createdAt())).toList();
    }

    private static Article row(ResultSet rs, int n) throws SQLException {
        return new Article(rs.getLong("id"), rs.getString("url"), rs.getString("title"), rs.getString("source"),
                instant(rs, "published_at"), rs.getString("author"), rs.getString("summary"), List.of(),
                rs.getString("created_by"), instant(rs, "created_at"));
    }
}
