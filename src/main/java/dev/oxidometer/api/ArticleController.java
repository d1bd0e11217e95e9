package dev.oxidometer.api;

import java.security.Principal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.oxidometer.news.Article;
import dev.oxidometer.news.ArticleDraft;
import dev.oxidometer.news.ArticleFilter;
import dev.oxidometer.news.ArticleLink;
import dev.oxidometer.news.ArticleService;
import dev.oxidometer.news.Dates;
import dev.oxidometer.news.InvalidArticleException;
import dev.oxidometer.news.LinkService;

/**
 * Articles: {@code /api/articles} and {@code /api/articles/{id}}. Reads are public; every write needs the EDITOR
 * role (system/SecurityConfig). An invalid article is a problem detail with {@code fieldErrors}
 * ({@link NewsErrors}).
 */
@RestController
@RequestMapping("/api/articles")
class ArticleController {

    /** What a client sends to create or change an article; {@code publishedAt} as in {@link Dates}. */
    record ArticleRequest(String url, String title, String source, String publishedAt, String author, String summary,
                          List<String> tags) {
    }

    /** One article with everything the detail view shows. */
    record ArticleDetail(Article article, List<ArticleLink> links, List<ClaimsController.ClaimJson> claims) {
    }

    private final ArticleService articles;
    private final LinkService links;

    ArticleController(ArticleService articles, LinkService links) {
        this.articles = articles;
        this.links = links;
    }

    @GetMapping
    List<Article> list(@RequestParam(required = false) String source, @RequestParam(required = false) String from,
                       @RequestParam(required = false) String to, @RequestParam(required = false) Boolean linked,
                       @RequestParam(required = false) String q) {
        Instant f = from == null || from.isBlank() ? null : Dates.parse(from, false);
        Instant t = to == null || to.isBlank() ? null : Dates.parse(to, true);
        return articles.search(new ArticleFilter(source, f, t, linked, q));
    }

    @GetMapping("/{id}")
    ArticleDetail get(@PathVariable long id) {
        Article a = articles.find(id).orElseThrow(() -> new NoSuchElementException("no article " + id));
        return new ArticleDetail(a, links.links(id), ClaimsController.json(links.claims(id)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Article create(@RequestBody ArticleRequest request, Principal user) {
        return articles.create(draft(request), user.getName());
    }

    @PutMapping("/{id}")
    Article update(@PathVariable long id, @RequestBody ArticleRequest request) {
        return articles.update(id, draft(request));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        return articles.delete(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    private static ArticleDraft draft(ArticleRequest r) {
        Instant published = null;
        Map<String, String> errors = new LinkedHashMap<>();
        if (r.publishedAt() != null && !r.publishedAt().isBlank()) {
            try {
                published = Dates.parse(r.publishedAt(), false);
            } catch (IllegalArgumentException e) {
                errors.put("publishedAt", e.getMessage());
            }
        }
        ArticleDraft draft = new ArticleDraft(r.url(), r.title(), r.source(), published, r.author(), r.summary(), r.tags());
        if (!errors.isEmpty()) {
            try {
                draft.validate();
            } catch (InvalidArticleException e) {
                e.fieldErrors().forEach(errors::putIfAbsent);
            }
            throw new InvalidArticleException(errors);
        }
        return draft;
    }
}
