package dev.oxidometer.news;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.oxidometer.scan.Category;

/**
 * Links between articles and the data: suggestions (made once per target, then reviewed), links made by hand,
 * and the claims check.
 */
@Service
public class LinkService {

    /** Link targets, alias paths and alias notes: the columns' width. */
    static final int MAX_TARGET = 300;


    /** Who made a suggestion. */
    public static final String SUGGESTER = "oxidometer";

    private final ArticleStore articles;
    private final LinkStore links;
    private final AliasStore aliases;
    private final KernelInventory inventory;
    private final Clock clock;

    @Autowired
    public LinkService(ArticleStore articles, LinkStore links, AliasStore aliases,
                       KernelInventory inventory) {
        this(articles, links, aliases, inventory, Clock.systemUTC());
    }

    LinkService(ArticleStore articles, LinkStore links, AliasStore aliases, KernelInventory inventory,
                Clock clock) {
        this.articles = articles;
        this.links = links;
        this.aliases = aliases;
        this.inventory = inventory;
        this.clock = clock;
    }

    /**
     * Stores the suggestions not made before for this article, as pending. A target already linked, pending or
     * rejected is left alone, so a rejected suggestion does not come back.
     */
    @Transactional
    public List<Suggestion> suggest(long articleId) {
        Article article = article(articleId);
        List<Suggestion> added = new ArrayList<>();
        for (Suggestion s : LinkSuggester.suggest(article, inventory, aliases.all())) {
            if (links.find(articleId, s.kind(), s.target()).isEmpty()) {
                links.insert(articleId, s.kind(), s.target(), ArticleLink.SUGGESTED, ArticleLink.PENDING, s.reason(),
                        s.score(), SUGGESTER, clock.instant());
                added.add(s);
            }
        }
        return added;
    }

    /** Suggestions for articles just stored (they have no links yet): the aliases read once, inserts batched. */
    @Transactional
    public int suggestForNew(List<Article> fresh) {
        List<Alias> known = aliases.all();
        KernelInventory once = InventorySnapshot.of(inventory);
        List<Object[]> rows = new ArrayList<>();
        for (Article article : fresh) {
            java.util.Set<String> targets = new java.util.HashSet<>();
            for (Suggestion s : LinkSuggester.suggest(article, once, known)) {
                if (targets.add(s.kind().key() + "\u0000" + s.target())) {
                    rows.add(new Object[] {article.id(), s.kind(), s.target(), s.reason(), s.score()});
                }
            }
        }
        links.insertSuggestions(rows, SUGGESTER, clock.instant());
        return rows.size();
    }

    /** Suggestions for every article (after a rescan brought new releases or drivers). */
    @Transactional
    public int suggestAll() {
        return articles.search(ArticleFilter.ALL).stream().mapToInt(a -> suggest(a.id()).size()).sum();
    }

    public List<ArticleLink> links(long articleId) {
        return links.ofArticle(articleId);
    }

    public List<ArticleLink> pending() {
        return links.pending();
    }

    /** Articles with an accepted link to this release, driver, module or category, newest first. */
    public List<Article> articlesLinkedTo(LinkKind kind, String target) {
        return links.accepted(kind, target).stream().map(l -> articles.find(l.articleId())).flatMap(java.util.Optional::stream)
                .sorted(java.util.Comparator.comparing(Article::publishedAt).reversed()).toList();
    }

    /** Article id to the release tags it is linked to (accepted links only), for chart markers. */
    public Map<Long, List<String>> acceptedReleaseLinks() {
        return links.acceptedReleases();
    }

    @Transactional
    public ArticleLink accept(long linkId, String user) {
        return review(linkId, ArticleLink.ACCEPTED, user);
    }

    @Transactional
    public ArticleLink reject(long linkId, String user) {
        return review(linkId, ArticleLink.REJECTED, user);
    }

    /**
     * Links by hand; an earlier suggestion for the same target (pending or rejected) becomes this accepted link.
     *
     * @throws InvalidArticleException (field {@code target}) for a target the data does not know
     */
    @Transactional
    public ArticleLink add(long articleId, LinkKind kind, String target, String user) {
        article(articleId);
        String t = target == null ? "" : target.strip();
        if (t.length() > MAX_TARGET) {
            throw new InvalidArticleException(Map.of("target", "target is longer than " + MAX_TARGET + " characters"));
        }
        checkTarget(kind, t);
        var existing = links.find(articleId, kind, t);
        if (existing.isPresent()) {
            if (existing.get().accepted()) {
                throw new InvalidArticleException(Map.of("target", "already linked to " + kind.key() + " " + t));
            }
            links.review(existing.get().id(), ArticleLink.ACCEPTED, ArticleLink.MANUAL, user, clock.instant());
        } else {
            links.insert(articleId, kind, t, ArticleLink.MANUAL, ArticleLink.ACCEPTED, null, 0, user, clock.instant());
        }
        return links.find(articleId, kind, t).orElseThrow();
    }

    /**
     * Removes a link. A suggested link is kept as rejected rather than deleted, so the suggester does not offer it
     * again; a link made by hand is deleted.
     */
    @Transactional
    public void remove(long linkId, String user) {
        ArticleLink link = links.find(linkId).orElseThrow(() -> new NoSuchElementException("no link " + linkId));
        if (ArticleLink.SUGGESTED.equals(link.origin())) {
            links.review(linkId, ArticleLink.REJECTED, link.origin(), user, clock.instant());
        } else {
            links.delete(linkId);
        }
    }

    /** The claims check of a stored article ({@link ClaimsEngine}): its title and summary, at its date. */
    public List<Claim> claims(long articleId) {
        return ClaimsEngine.check(article(articleId), inventory, aliases.all());
    }

    public List<Alias> aliases() {
        return aliases.all();
    }

    @Transactional
    public Alias addAlias(String alias, String path, String note) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (alias != null && alias.strip().length() > 100) {
            errors.put("alias", "alias is longer than 100 characters");
        }
        if (path != null && path.strip().length() > MAX_TARGET) {
            errors.put("path", "path is longer than " + MAX_TARGET + " characters");
        }
        if (note != null && note.strip().length() > MAX_TARGET) {
            errors.put("note", "note is longer than " + MAX_TARGET + " characters");
        }
        if (!errors.isEmpty()) {
            throw new InvalidArticleException(errors);
        }
        return aliases.add(alias, path, note);
    }

    @Transactional
    public boolean deleteAlias(long id) {
        return aliases.delete(id);
    }

    private ArticleLink review(long linkId, String status, String user) {
        ArticleLink link = links.find(linkId).orElseThrow(() -> new NoSuchElementException("no link " + linkId));
        links.review(linkId, status, link.origin(), user, clock.instant());
        return links.find(linkId).orElseThrow();
    }

    private Article article(long id) {
        return articles.find(id).orElseThrow(() -> new NoSuchElementException("no article " + id));
    }

    private void checkTarget(LinkKind kind, String target) {
        boolean known = switch (kind) {
            case RELEASE -> inventory.releases().stream().anyMatch(r -> r.tag().equals(target));
            case DRIVER -> inventory.drivers().stream().anyMatch(d -> d.name().equals(target));
            case ABSTRACTION -> inventory.abstractions().contains(target);
            case CATEGORY -> Arrays.stream(Category.values()).anyMatch(c -> c.key().equals(target));
        };
        if (!known) {
            throw new InvalidArticleException(Map.of("target", target.isEmpty() ? "a target is required"
                    : "no " + kind.key() + " \"" + target + "\" in the scanned data"));
        }
    }
}
