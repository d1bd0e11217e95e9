package dev.oxidometer.api;

import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import dev.oxidometer.news.Alias;
import dev.oxidometer.news.Article;
import dev.oxidometer.news.ArticleDraft;
import dev.oxidometer.news.ArticleFilter;
import dev.oxidometer.news.ArticleLink;
import dev.oxidometer.news.ArticleService;
import dev.oxidometer.news.ClaimCheck;
import dev.oxidometer.news.Dates;
import dev.oxidometer.news.FeedImporter;
import dev.oxidometer.news.FeedSource;
import dev.oxidometer.news.FeedSourceService;
import dev.oxidometer.news.ImportReport;
import dev.oxidometer.news.InvalidArticleException;
import dev.oxidometer.news.LinkKind;
import dev.oxidometer.news.LinkService;
import dev.oxidometer.news.NewsProperties;
import dev.oxidometer.news.NewsSettings;

/**
 * The news API under {@code /api/articles} and {@code /api/news}. Reads are public; every write needs the EDITOR
 * role (system/SecurityConfig). Errors are problem details ({@link ApiErrors}); an invalid article adds
 * {@code fieldErrors}: field name to message.
 */
@RestController
@RequestMapping("/api")
class NewsController {

    /** What a client sends to create or change an article; {@code publishedAt} as in {@link Dates}. */
    record ArticleRequest(String url, String title, String source, String publishedAt, String author, String summary,
                          List<String> tags) {
    }

    record LinkRequest(String kind, String target) {
    }

    record UrlRequest(String url) {
    }

    record AliasRequest(String alias, String path, String note) {
    }

    record FeedSourceRequest(String name, String url, boolean refreshEnabled) {
    }

    record FilterRequest(String filter) {
    }

    /** One article with everything the detail view shows. */
    record ArticleDetail(Article article, List<ArticleLink> links, List<ClaimCheck> claims) {
    }

    private final ArticleService articles;
    private final LinkService links;
    private final FeedImporter importer;
    private final FeedSourceService feeds;
    private final NewsSettings settings;
    private final NewsProperties properties;

    NewsController(ArticleService articles, LinkService links, FeedImporter importer, FeedSourceService feeds,
                      NewsSettings settings, NewsProperties properties) {
        this.articles = articles;
        this.links = links;
        this.importer = importer;
        this.feeds = feeds;
        this.settings = settings;
        this.properties = properties;
    }

    @GetMapping("/articles")
    List<Article> list(@RequestParam(required = false) String source, @RequestParam(required = false) String from,
                       @RequestParam(required = false) String to, @RequestParam(required = false) Boolean linked,
                       @RequestParam(required = false) String q) {
        Instant f = from == null || from.isBlank() ? null : Dates.parse(from, false);
        Instant t = to == null || to.isBlank() ? null : Dates.parse(to, true);
        return articles.search(new ArticleFilter(source, f, t, linked, q));
    }

    @GetMapping("/articles/{id}")
    ArticleDetail get(@PathVariable long id) {
        Article a = articles.find(id).orElseThrow(() -> new NoSuchElementException("no article " + id));
        return new ArticleDetail(a, links.links(id), links.claims(id));
    }

    @PostMapping("/articles")
    @ResponseStatus(HttpStatus.CREATED)
    Article create(@RequestBody ArticleRequest request, Principal user) {
        return articles.create(draft(request), user.getName());
    }

    @PutMapping("/articles/{id}")
    Article update(@PathVariable long id, @RequestBody ArticleRequest request) {
        return articles.update(id, draft(request));
    }

    @DeleteMapping("/articles/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        return articles.delete(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @PostMapping("/articles/import")
    ImportReport importUrl(@RequestBody UrlRequest request, Principal user) {
        return importer.importUrl(request.url(), user.getName());
    }

    @PostMapping("/articles/import/upload")
    ImportReport importUpload(@RequestPart("file") MultipartFile file, Principal user) throws IOException {
        if (file.getSize() > properties.maxFeedBytes()) {
            return ImportReport.failed("the feed is larger than " + properties.maxFeedBytes() / (1024 * 1024)
                    + " MB, the limit");
        }
        return importer.importBytes(file.getBytes(), user.getName());
    }

    @GetMapping("/articles/suggestions")
    List<ArticleLink> suggestions() {
        return links.pending();
    }

    @PostMapping("/articles/links/{linkId}/accept")
    ArticleLink accept(@PathVariable long linkId, Principal user) {
        return links.accept(linkId, user.getName());
    }

    @PostMapping("/articles/links/{linkId}/reject")
    ArticleLink reject(@PathVariable long linkId, Principal user) {
        return links.reject(linkId, user.getName());
    }

    @PostMapping("/articles/{id}/links")
    @ResponseStatus(HttpStatus.CREATED)
    ArticleLink addLink(@PathVariable long id, @RequestBody LinkRequest request, Principal user) {
        return links.add(id, LinkKind.fromKey(request.kind()), request.target(), user.getName());
    }

    @DeleteMapping("/articles/links/{linkId}")
    ResponseEntity<Void> removeLink(@PathVariable long linkId, Principal user) {
        links.remove(linkId, user.getName());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/articles/linked")
    List<Article> linkedTo(@RequestParam String kind, @RequestParam String target) {
        return links.articlesLinkedTo(LinkKind.fromKey(kind), target);
    }

    @GetMapping("/news/aliases")
    List<Alias> aliases() {
        return links.aliases();
    }

    @PostMapping("/news/aliases")
    @ResponseStatus(HttpStatus.CREATED)
    Alias addAlias(@RequestBody AliasRequest request) {
        return links.addAlias(request.alias(), request.path(), request.note());
    }

    @DeleteMapping("/news/aliases/{id}")
    ResponseEntity<Void> deleteAlias(@PathVariable long id) {
        return links.deleteAlias(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @GetMapping("/news/keyword-filter")
    FilterRequest keywordFilter() {
        return new FilterRequest(settings.keywordFilter().format());
    }

    @PutMapping("/news/keyword-filter")
    FilterRequest setKeywordFilter(@RequestBody FilterRequest request) {
        return new FilterRequest(settings.setKeywordFilter(request.filter()).format());
    }

    @GetMapping("/news/feeds")
    List<FeedSource> feedSources() {
        return feeds.sources();
    }

    @PostMapping("/news/feeds")
    @ResponseStatus(HttpStatus.CREATED)
    FeedSource saveFeed(@RequestBody FeedSourceRequest request) {
        return feeds.save(request.name(), request.url(), request.refreshEnabled());
    }

    @DeleteMapping("/news/feeds/{id}")
    ResponseEntity<Void> deleteFeed(@PathVariable long id) {
        return feeds.delete(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @PostMapping("/news/feeds/{id}/refresh")
    ImportReport refreshFeed(@PathVariable long id, Principal user) {
        return feeds.refresh(id, user.getName());
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

    @ExceptionHandler(InvalidArticleException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidArticleException e) {
        ResponseEntity<ProblemDetail> response = ApiErrors.problem(HttpStatus.BAD_REQUEST, e.getMessage());
        response.getBody().setProperty("fieldErrors", e.fieldErrors());
        return response;
    }
}
