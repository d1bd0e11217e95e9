package dev.oxidometer.news;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.oxidometer.release.ExportContributor;
import tools.jackson.databind.JsonNode;

/**
 * The {@code news} section of {@code /api/export.json}: articles (with tags), their links and suggestions (by
 * article URL, since ids are local), the alias table, the keyword filter and saved feed sources. Importing a
 * {@code news} section replaces all news data with it; an invalid entry rejects the whole import.
 */
@Component
class NewsExport implements ExportContributor {

    record ArticleEntry(String url, String title, String source, Instant publishedAt, String author, String summary,
                        List<String> tags, String createdBy, Instant createdAt) {
    }

    record LinkEntry(String articleUrl, String kind, String target, String origin, String status, String reason,
                     int score, String createdBy, Instant createdAt, String reviewedBy, Instant reviewedAt) {
    }

    record AliasEntry(String alias, String path, String note) {
    }

    record FeedEntry(String name, String url, boolean refreshEnabled) {
    }

    private final ArticleStore articles;
    private final LinkStore links;
    private final AliasStore aliases;
    private final NewsSettings settings;
    private final FeedSourceService feeds;
    private final JdbcClient jdbc;

    NewsExport(ArticleStore articles, LinkStore links, AliasStore aliases, NewsSettings settings,
               FeedSourceService feeds, JdbcClient jdbc) {
        this.articles = articles;
        this.links = links;
        this.aliases = aliases;
        this.settings = settings;
        this.feeds = feeds;
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "news";
    }

    @Override
    public int order() {
        return 200;   // after the release data that links refer to
    }

    @Override
    public Object exportSection() {
        List<Article> all = articles.search(ArticleFilter.ALL).reversed();
        Map<Long, String> urls = new HashMap<>();
        all.forEach(a -> urls.put(a.id(), a.url()));
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("articles", all.stream().map(a -> new ArticleEntry(a.url(), a.title(), a.source(), a.publishedAt(),
                a.author(), a.summary(), a.tags(), a.createdBy(), a.createdAt())).toList());
        section.put("links", links.all().stream().map(l -> new LinkEntry(urls.get(l.articleId()), l.kind().key(),
                l.target(), l.origin(), l.status(), l.reason(), l.score(), l.createdBy(), l.createdAt(),
                l.reviewedBy(), l.reviewedAt())).toList());
        section.put("aliases", aliases.all().stream().map(a -> new AliasEntry(a.alias(), a.path(), a.note())).toList());
        section.put("keywordFilter", settings.keywordFilter().format());
        section.put("feedSources", feeds.sources().stream()
                .map(f -> new FeedEntry(f.name(), f.url(), f.refreshEnabled())).toList());
        return section;
    }

    @Override
    public void importSection(JsonNode section) {
        if (!section.isObject()) {
            throw new IllegalArgumentException("news: expected an object with articles, links and aliases");
        }
        jdbc.sql("delete from news_article").update();   // links and tags go with their articles
        jdbc.sql("delete from news_feed_source").update();
        Map<String, Long> ids = new HashMap<>();
        int n = 0;
        for (JsonNode a : section.path("articles").values()) {
            n++;
            ArticleDraft draft;
            try {
                draft = new ArticleDraft(text(a, "url"), text(a, "title"), text(a, "source"), instant(a, "publishedAt"),
                        text(a, "author"), text(a, "summary"), strings(a.path("tags"))).validate();
            } catch (InvalidArticleException | IllegalArgumentException e) {
                throw new IllegalArgumentException("news: article " + n + ": " + e.getMessage());
            }
            if (ids.containsKey(draft.url())) {
                throw new IllegalArgumentException("news: article " + n + ": the URL " + draft.url() + " appears twice");
            }
            String by = text(a, "createdBy");
            Instant at = instant(a, "createdAt");
            ids.put(draft.url(), articles.insert(draft, by == null ? "import" : by, at == null ? Instant.now() : at));
        }
        n = 0;
        for (JsonNode l : section.path("links").values()) {
            n++;
            Long articleId = ids.get(canonical(text(l, "articleUrl")));
            String status = text(l, "status");
            String origin = text(l, "origin");
            String target = text(l, "target");
            if (articleId == null || target == null || !List.of("pending", "accepted", "rejected").contains(status)
                    || !List.of("suggested", "manual").contains(origin)) {
                throw new IllegalArgumentException("news: link " + n + " names no imported article, or has no target,"
                        + " or an unknown status/origin");
            }
            LinkKind kind;
            try {
                kind = LinkKind.fromKey(text(l, "kind"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("news: link " + n + ": " + e.getMessage());
            }
            Instant createdAt = instant(l, "createdAt");
            if (links.find(articleId, kind, target).isPresent()) {
                throw new IllegalArgumentException("news: link " + n + " repeats " + kind.key() + " " + target);
            }
            links.restore(articleId, kind, target, origin, status, text(l, "reason"), l.path("score").asInt(0),
                    text(l, "createdBy") == null ? "import" : text(l, "createdBy"),
                    createdAt == null ? Instant.now() : createdAt, text(l, "reviewedBy"), instant(l, "reviewedAt"));
        }
        if (section.has("aliases")) {
            List<Alias> restored = new ArrayList<>();
            for (JsonNode a : section.path("aliases").values()) {
                if (text(a, "alias") == null || text(a, "path") == null) {
                    throw new IllegalArgumentException("news: an alias needs both alias and path");
                }
                restored.add(new Alias(0, text(a, "alias"), text(a, "path"), text(a, "note")));
            }
            aliases.replaceAll(restored);
        }
        if (section.has("keywordFilter")) {
            settings.setKeywordFilter(section.path("keywordFilter").asString(""));
        }
        for (JsonNode f : section.path("feedSources").values()) {
            try {
                feeds.save(text(f, "name"), text(f, "url"), f.path("refreshEnabled").asBoolean(false));
            } catch (InvalidArticleException e) {
                throw new IllegalArgumentException("news: feed source " + text(f, "url") + ": " + e.getMessage());
            }
        }
    }

    private static String canonical(String url) {
        try {
            return CanonicalUrl.of(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static Instant instant(JsonNode node, String field) {
        String t = text(node, field);
        return t == null || t.isBlank() ? null : Dates.parse(t, false);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.values().forEach(v -> out.add(v.asString()));
        return out;
    }
}
