package dev.oxidometer.news;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a feed into articles: invalid entries are reported with their reason, entries {@link FeedRelevance} rejects
 * are reported as filtered out, entries whose canonical URL is already stored (or repeated in the feed) are
 * duplicates, the rest are added in one transaction. A feed that cannot be fetched or read adds nothing.
 */
@Service
public class FeedImporter {

    private final ArticleService articles;
    private final NewsSettings settings;
    private final FeedFetcher fetcher;
    private final AliasStore aliases;
    private final KernelInventory inventory;

    public FeedImporter(ArticleService articles, NewsSettings settings, FeedFetcher fetcher, AliasStore aliases,
                        KernelInventory inventory) {
        this.articles = articles;
        this.settings = settings;
        this.fetcher = fetcher;
        this.aliases = aliases;
        this.inventory = inventory;
    }

    /** The keyword filter plus the tracked components: the alias table and the scanned drivers' module names. */
    FeedRelevance relevance() {
        List<String> names = new ArrayList<>();
        aliases.all().forEach(a -> names.add(a.alias()));
        inventory.drivers().forEach(d -> names.add(d.name()));
        return FeedRelevance.of(settings.keywordFilter(), names);
    }

    @Transactional
    public ImportReport importBytes(byte[] feed, String user) {
        ParsedFeed parsed;
        try {
            parsed = FeedParser.parse(feed);
        } catch (FeedException e) {
            return ImportReport.failed(e.getMessage());
        }
        return importEntries(parsed, relevance(), user);
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

    /**
     * Validates and filters every entry, then stores the new ones in one batch: one query finds the URLs already
     * stored, one batch inserts the rest (tags and link suggestions batched too). An invalid entry is reported and
     * skipped; it fails nothing else.
     */
    private ImportReport importEntries(ParsedFeed feed, FeedRelevance filter, String user) {
        List<ImportReport.Item> duplicates = new ArrayList<>();
        List<ImportReport.Item> filtered = new ArrayList<>();
        List<ImportReport.Invalid> invalid = new ArrayList<>();
        java.util.LinkedHashMap<String, ArticleDraft> candidates = new java.util.LinkedHashMap<>();
        for (FeedEntry e : feed.entries()) {
            ArticleDraft draft;
            try {
                draft = new ArticleDraft(e.link(), e.title(), null, e.published(), e.author(), e.summary(),
                        e.categories()).validate();
            } catch (InvalidArticleException ex) {
                invalid.add(new ImportReport.Invalid(e.title(), e.link(), ex.getMessage()));
                continue;
            }
            if (!filter.keeps(e.searchableText())) {
                filtered.add(new ImportReport.Item(draft.title(), draft.url(), null));
                continue;
            }
            if (candidates.putIfAbsent(draft.url(), draft) != null) {
                duplicates.add(new ImportReport.Item(draft.title(), draft.url(), null));
            }
        }
        java.util.Map<String, Long> existing = articles.existingIds(candidates.keySet());
        List<ArticleDraft> fresh = new ArrayList<>();
        for (ArticleDraft d : candidates.values()) {
            if (existing.containsKey(d.url())) {
                duplicates.add(new ImportReport.Item(d.title(), d.url(), existing.get(d.url())));
            } else {
                fresh.add(d);
            }
        }
        java.util.Map<String, Long> ids = articles.createAll(fresh, user);
        List<ImportReport.Item> added = fresh.stream()
                .map(d -> new ImportReport.Item(d.title(), d.url(), ids.get(d.url()))).toList();
        // a repeat inside the feed points at the article its first copy became
        List<ImportReport.Item> dups = duplicates.stream().map(i -> i.articleId() != null ? i
                : new ImportReport.Item(i.title(), i.url(), ids.getOrDefault(i.url(), existing.get(i.url())))).toList();
        return new ImportReport(feed.title(), added, dups, filtered, invalid, null, null);
    }
}
