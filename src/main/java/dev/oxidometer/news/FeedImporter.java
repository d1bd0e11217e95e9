package dev.oxidometer.news;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a feed into articles: invalid entries are reported with their reason, entries the keyword filter rejects
 * are reported as filtered out, entries whose canonical URL is already stored (or repeated in the feed) are
 * duplicates, the rest are added in one transaction. A feed that cannot be fetched or read adds nothing.
 */
@Service
public class FeedImporter {

    private final ArticleService articles;
    private final NewsSettings settings;
    private final FeedFetcher fetcher;

    public FeedImporter(ArticleService articles, NewsSettings settings, FeedFetcher fetcher) {
        this.articles = articles;
        this.settings = settings;
        this.fetcher = fetcher;
    }

    @Transactional
    public ImportReport importBytes(byte[] feed, String user) {
        ParsedFeed parsed;
        try {
            parsed = FeedParser.parse(feed);
        } catch (FeedException e) {
            return ImportReport.failed(e.getMessage());
        }
        return importEntries(parsed, settings.keywordFilter(), user);
    }

    /** Fetching happens outside any transaction: no connection is held while waiting for a remote server. */
    public ImportReport importUrl(String url, String user) {
        byte[] feed;
        try {
            feed = fetcher.fetch(url);
        } catch (FeedException e) {
            return ImportReport.failed(e.refused() ? ImportReport.Failure.REFUSED : ImportReport.Failure.FETCH,
                    e.getMessage());
        }
        return importBytes(feed, user);
    }

    private ImportReport importEntries(ParsedFeed feed, KeywordFilter filter, String user) {
        List<ImportReport.Item> added = new ArrayList<>();
        List<ImportReport.Item> duplicates = new ArrayList<>();
        List<ImportReport.Item> filtered = new ArrayList<>();
        List<ImportReport.Invalid> invalid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (FeedEntry e : feed.entries()) {
            ArticleDraft draft;
            try {
                draft = new ArticleDraft(e.link(), e.title(), null, e.published(), e.author(), e.summary(),
                        e.categories()).validate();
            } catch (InvalidArticleException ex) {
                invalid.add(new ImportReport.Invalid(e.title(), e.link(), ex.getMessage()));
                continue;
            }
            if (!filter.matches(e.searchableText())) {
                filtered.add(new ImportReport.Item(draft.title(), draft.url(), null));
                continue;
            }
            Optional<Article> existing = articles.findByUrl(draft.url());
            if (existing.isPresent() || !seen.add(draft.url())) {
                duplicates.add(new ImportReport.Item(draft.title(), draft.url(), existing.map(Article::id).orElse(null)));
                continue;
            }
            Article a = articles.create(draft, user);
            added.add(new ImportReport.Item(a.title(), a.url(), a.id()));
        }
        return new ImportReport(feed.title(), added, duplicates, filtered, invalid, null, null);
    }
}
