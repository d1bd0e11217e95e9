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

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FeedSourceService.class);

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
                        rs.getString("last_result"), rs.getString("last_error"),
                        Sql.instant(rs, "last_error_at")))
                .list();
    }

    /** @throws InvalidArticleException (field errors {@code name}, {@code url}) for a bad or already saved URL */
    public FeedSource save(String name, String url, boolean refreshEnabled) {
        String canonical;
        if (url != null && url.length() > ArticleDraft.MAX_URL) {
            throw new InvalidArticleException(Map.of("url", "url is longer than " + ArticleDraft.MAX_URL + " characters"));
        }
        try {
            canonical = CanonicalUrl.of(url);
        } catch (IllegalArgumentException e) {
            throw new InvalidArticleException(Map.of("url", e.getMessage()));
        }
        if (canonical.length() > ArticleDraft.MAX_URL) {
            throw new InvalidArticleException(Map.of("url", "url is longer than " + ArticleDraft.MAX_URL + " characters"));
        }
        String cleanName = ArticleDraft.text(name);
        if (cleanName != null && cleanName.length() > ArticleDraft.MAX_SHORT) {
            throw new InvalidArticleException(Map.of("name", "name is longer than " + ArticleDraft.MAX_SHORT
                    + " characters"));
        }
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
        ImportReport report;
        try {
            report = importer.importUrl(source.url(), user);
        } catch (RuntimeException e) {
            // a bug or a database problem while importing this source: recorded on it, and the caller goes on
            log.warn("Refreshing feed source {} ({}) failed", source.name(), source.url(), e);
            report = ImportReport.failed(ImportReport.Failure.FETCH, "unexpected error: " + e);
        }
        String result = cut(report.summary());
        var now = Sql.ts(clock.instant());
        if (report.ok()) {
            jdbc.sql("update news_feed_source set last_fetched_at = ?, last_result = ? where id = ?")
                    .params(now, result, id).update();
        } else {
            jdbc.sql("update news_feed_source set last_fetched_at = ?, last_result = ?, last_error = ?,"
                    + " last_error_at = ? where id = ?").params(now, result, cut(report.error()), now, id).update();
        }
        return report;
    }

    private static String cut(String s) {
        return s.length() > 1000 ? s.substring(0, 1000) : s;
    }

    /** The scheduled run: every source that opted in, one after the other; one failing source stops no other. */
    public void refreshEnabledSources() {
        for (FeedSource s : sources()) {
            if (!s.refreshEnabled()) {
                continue;
            }
            try {
                ImportReport report = refresh(s.id(), "feed:" + s.name());
                if (!report.ok()) {
                    log.warn("Feed source {} ({}): {}", s.name(), s.url(), report.error());
                }
            } catch (RuntimeException e) {
                log.warn("Feed source {} ({}) could not be refreshed", s.name(), s.url(), e);
            }
        }
    }
}
