package dev.oxidometer.api;

import java.io.IOException;
import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import dev.oxidometer.news.FeedImporter;
import dev.oxidometer.news.FeedSource;
import dev.oxidometer.news.FeedSourceService;
import dev.oxidometer.news.ImportReport;
import dev.oxidometer.news.NewsProperties;

/**
 * Feeds: a one-off import of a feed by URL or upload ({@code /api/articles/import}) and the saved feed sources
 * ({@code /api/news/feeds}). Reads are public; every write needs the EDITOR role.
 */
@RestController
@RequestMapping("/api")
class FeedController {

    record UrlRequest(String url) {
    }

    record FeedSourceRequest(String name, String url, boolean refreshEnabled) {
    }

    private final FeedImporter importer;
    private final FeedSourceService feeds;
    private final NewsProperties properties;

    FeedController(FeedImporter importer, FeedSourceService feeds, NewsProperties properties) {
        this.importer = importer;
        this.feeds = feeds;
        this.properties = properties;
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
}
