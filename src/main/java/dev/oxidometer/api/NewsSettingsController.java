package dev.oxidometer.api;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.oxidometer.news.Alias;
import dev.oxidometer.news.LinkService;
import dev.oxidometer.news.NewsSettings;

/**
 * The settings that shape suggestions and imports: the alias table ({@code /api/news/aliases}) and the keyword
 * filter ({@code /api/news/keyword-filter}). Reads are public; every write needs the EDITOR role.
 */
@RestController
@RequestMapping("/api/news")
class NewsSettingsController {

    record AliasRequest(String alias, String path, String note) {
    }

    record FilterRequest(String filter) {
    }

    private final LinkService links;
    private final NewsSettings settings;

    NewsSettingsController(LinkService links, NewsSettings settings) {
        this.links = links;
        this.settings = settings;
    }

    @GetMapping("/aliases")
    List<Alias> aliases() {
        return links.aliases();
    }

    @PostMapping("/aliases")
    @ResponseStatus(HttpStatus.CREATED)
    Alias addAlias(@RequestBody AliasRequest request) {
        return links.addAlias(request.alias(), request.path(), request.note());
    }

    @DeleteMapping("/aliases/{id}")
    ResponseEntity<Void> deleteAlias(@PathVariable long id) {
        return links.deleteAlias(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @GetMapping("/keyword-filter")
    FilterRequest keywordFilter() {
        return new FilterRequest(settings.keywordFilter().format());
    }

    @PutMapping("/keyword-filter")
    FilterRequest setKeywordFilter(@RequestBody FilterRequest request) {
        return new FilterRequest(settings.setKeywordFilter(request.filter()).format());
    }
}
