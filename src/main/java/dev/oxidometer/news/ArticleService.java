package dev.oxidometer.news;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing and finding articles; every write validates first, so nothing invalid is stored. A new or
 * changed article gets its link suggestions at once, so they wait for review.
 */
@Service
public class ArticleService {

    private final ArticleStore articles;
    private final LinkService links;
    private final Clock clock;

    @Autowired
    public ArticleService(ArticleStore articles, LinkService links) {
        this(articles, links, Clock.systemUTC());
    }

    ArticleService(ArticleStore articles, LinkService links, Clock clock) {
        this.articles = articles;
        this.links = links;
        this.clock = clock;
    }

    /** @throws InvalidArticleException with field errors, including a URL that another article already has */
    @Transactional
    public Article create(ArticleDraft draft, String user) {
        ArticleDraft valid = draft.validate();
        articles.findByUrl(valid.url()).ifPresent(existing -> {
            throw duplicate(existing);
        });
        long id = articles.insert(valid, user, clock.instant());
        links.suggest(id);
        return articles.find(id).orElseThrow();
    }

    /** @throws NoSuchElementException for an unknown id */
    @Transactional
    public Article update(long id, ArticleDraft draft) {
        articles.find(id).orElseThrow(() -> new NoSuchElementException("no article " + id));
        ArticleDraft valid = draft.validate();
        articles.findByUrl(valid.url()).filter(other -> other.id() != id).ifPresent(other -> {
            throw duplicate(other);
        });
        articles.update(id, valid);
        links.suggest(id);
        return articles.find(id).orElseThrow();
    }

    @Transactional
    public boolean delete(long id) {
        return articles.delete(id);
    }

    public Optional<Article> find(long id) {
        return articles.find(id);
    }

    public Optional<Article> findByUrl(String url) {
        return articles.findByUrl(CanonicalUrl.of(url));
    }

    public List<Article> search(ArticleFilter filter) {
        return articles.search(filter);
    }

    public List<String> sources() {
        return articles.sources();
    }

    private static InvalidArticleException duplicate(Article existing) {
        return new InvalidArticleException(Map.of("url",
                "an article with this URL already exists: \"" + existing.title() + "\" (#" + existing.id() + ")"));
    }
}
