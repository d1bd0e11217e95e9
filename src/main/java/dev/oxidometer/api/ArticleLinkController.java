package dev.oxidometer.api;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.oxidometer.news.Article;
import dev.oxidometer.news.ArticleLink;
import dev.oxidometer.news.LinkKind;
import dev.oxidometer.news.LinkService;

/**
 * Links between articles and the data, and the suggestions waiting for review: {@code /api/articles/{id}/links},
 * {@code /api/articles/links/...}, {@code /api/articles/suggestions}, {@code /api/articles/linked}. Reads are
 * public; every write needs the EDITOR role.
 */
@RestController
@RequestMapping("/api/articles")
class ArticleLinkController {

    record LinkRequest(String kind, String target) {
    }

    private final LinkService links;

    ArticleLinkController(LinkService links) {
        this.links = links;
    }

    @GetMapping("/suggestions")
    List<ArticleLink> suggestions() {
        return links.pending();
    }

    @PostMapping("/links/{linkId}/accept")
    ArticleLink accept(@PathVariable long linkId, Principal user) {
        return links.accept(linkId, user.getName());
    }

    @PostMapping("/links/{linkId}/reject")
    ArticleLink reject(@PathVariable long linkId, Principal user) {
        return links.reject(linkId, user.getName());
    }

    @PostMapping("/{id}/links")
    @ResponseStatus(HttpStatus.CREATED)
    ArticleLink addLink(@PathVariable long id, @RequestBody LinkRequest request, Principal user) {
        return links.add(id, LinkKind.fromKey(request.kind()), request.target(), user.getName());
    }

    @DeleteMapping("/links/{linkId}")
    ResponseEntity<Void> removeLink(@PathVariable long linkId, Principal user) {
        links.remove(linkId, user.getName());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/linked")
    List<Article> linkedTo(@RequestParam String kind, @RequestParam String target) {
        return links.articlesLinkedTo(LinkKind.fromKey(kind), target);
    }
}
