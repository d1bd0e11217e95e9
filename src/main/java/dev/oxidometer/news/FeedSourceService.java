package dev.oxidometer.news;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import dev.oxidometer.release.Sql;

/** Saved feed sources and their refresh, by hand or by {@link FeedRefreshScheduler}. */
@Service
public class FeedSourceService {

    private final JdbcClient jdbc;
    private final FeedImporter importer;
    private final Clock clock;

    @Autowired
    public FeedSourceService(JdbcClient jdbc, FeedImporter importer) {
        this(jdbc, importer, Clock.systemUTC());
    }

    FeedSourceService(JdbcClient jdbc, FeedImporter importer, Clock clock) {
        this.jdbc = jdbc;
        this.importer = importer;
        this.clock = clock;
    }

    public List<FeedSource> sources() {
        return jdbc.sql("select * from news_feed_source order by name")
                .query((rs, n) -> new FeedSource(rs.getLong("id"), rs.getString("name"), rs.getString("url"),
                        rs.getBoolean("refresh_enabled"), Sql.instant(rs, "last_fetched_at"),
                        rs.getString("last_result")))
                .list();
    }

    /** @throws InvalidArticleException (field errors {@code name}, {@code url}) for a bad or already saved URL */
    public FeedSource save(String name, String url, boolean refreshEnabled) {
        String canonical;
        try {
            canonical = CanonicalUrl.of(url);
        } catch (IllegalArgumentException e) {
            throw new InvalidArticleException(Map.of("url", e.getMessage()));
        }
        String cleanName = ArticleDraft.text(name);
        if (cleanName == null) {
            cleanName = CanonicalUrl.siteName(canonical);
        }
        if (sources().stream().anyMatch(s -> s.url().equals(canonical))) {
            throw new InvalidArticleException(Map.of("url", "this feed is already saved"));
        }
        jdbc.sql("insert into news_feed_source (name, url, refresh_enabled) values (?, ?, ?)")
                .params(cleanName, canonical, refreshEnabled).update();
        return sources().stream().filter(s -> s.url().equals(canonical)).findFirst().orElseThrow();
    }

    public void setRefreshEnabled(long id, boolean enabled) {
        if (jdbc.sql("update news_feed_source set refresh_enabled = ? where id = ?").params(enabled, id).update() == 0) {
            throw new NoSuchElementException("no feed source " + id);
        }
    }

    public boolean delete(long id) {
        return jdbc.sql("delete from news_feed_source where id = ?").param(id).update() > 0;
    }

    /** Imports the source's feed now and records the outcome on the source. */
    public ImportReport refresh(long id, String user) {
        FeedSource source = sources().stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no feed source " + id));
        ImportReport report = importer.importUrl(source.url(), user);
        String result = report.summary();
        jdbc.sql("update news_feed_source set last_fetched_at = ?, last_result = ? where id = ?")
                .params(Sql.ts(clock.instant()),
                        result.length() > 1000 ? result.substring(0, 1000) : result, id)
                .update();
        return report;
    }

    /** The scheduled run: every source that opted in, one after the other; one failing source stops no other. */
    public void refreshEnabledSources() {
        for (FeedSource s : sources()) {
            if (s.refreshEnabled()) {
                refresh(s.id(), "feed:" + s.name());
            }
        }
    }
}
