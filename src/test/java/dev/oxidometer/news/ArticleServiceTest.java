package dev.oxidometer.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@NewsSlice
class ArticleServiceTest {

    static final Instant OCT_2025 = Instant.parse("2025-10-01T12:00:00Z");

    @Autowired
    ArticleService service;

    static ArticleDraft draft(String url, String title) {
        return new ArticleDraft(url, title, null, OCT_2025, null, "A summary.", List.of("Rust", "rust", " binder "));
    }

    @Test
    void an_article_is_stored_with_its_canonical_url_derived_source_and_tags() {
        Article a = service.create(draft("HTTPS://LWN.net/Articles/1/?utm_source=rss#top", "Binder in Rust"), "ed");

        assertThat(a.url()).isEqualTo("https://lwn.net/Articles/1");
        assertThat(a.source()).isEqualTo("lwn.net");
        assertThat(a.tags()).containsExactly("binder", "rust");
        assertThat(a.createdBy()).isEqualTo("ed");
        assertThat(service.find(a.id())).contains(a);
    }

    @Test
    void the_same_article_under_a_tracking_url_is_a_duplicate() {
        service.create(draft("https://lwn.net/Articles/2", "First"), "ed");

        assertThatThrownBy(() -> service.create(draft("https://LWN.NET/Articles/2/?utm_medium=feed", "Again"), "ed"))
                .isInstanceOfSatisfying(InvalidArticleException.class,
                        e -> assertThat(e.fieldErrors().get("url")).contains("already exists").contains("First"));
    }

    @Test
    void missing_url_title_and_date_are_reported_together_per_field() {
        assertThatThrownBy(() -> service.create(new ArticleDraft(" ", "", null, null, null, null, null), "ed"))
                .isInstanceOfSatisfying(InvalidArticleException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("url", "title", "publishedAt"));
        assertThat(service.search(ArticleFilter.ALL)).isEmpty();
    }

    @Test
    void a_javascript_url_is_refused_at_entry() {
        assertThatThrownBy(() -> service.create(draft("javascript:alert(1)", "x"), "ed"))
                .isInstanceOfSatisfying(InvalidArticleException.class,
                        e -> assertThat(e.fieldErrors().get("url")).contains("only http and https"));
    }

    @Test
    void search_filters_by_source_dates_and_text() {
        service.create(new ArticleDraft("https://lwn.net/a", "Rust Binder merged", null, OCT_2025, null, null, null), "ed");
        service.create(new ArticleDraft("https://www.phoronix.com/b", "Nova progress", "Phoronix",
                Instant.parse("2025-12-01T00:00:00Z"), null, "GPU driver 100% in Rust", null), "ed");

        assertThat(service.search(new ArticleFilter("phoronix", null, null, null, null)))
                .extracting(Article::title).containsExactly("Nova progress");
        assertThat(service.search(new ArticleFilter(null, Instant.parse("2025-11-01T00:00:00Z"), null, null, null)))
                .extracting(Article::title).containsExactly("Nova progress");
        assertThat(service.search(new ArticleFilter(null, null, null, null, "BINDER")))
                .extracting(Article::title).containsExactly("Rust Binder merged");
        assertThat(service.search(new ArticleFilter(null, null, null, null, "100%")))
                .extracting(Article::title).containsExactly("Nova progress");
        assertThat(service.search(new ArticleFilter(null, null, null, false, null))).hasSize(2);
        assertThat(service.sources()).containsExactly("Phoronix", "lwn.net");
    }

    @Test
    void an_update_keeps_the_id_and_replaces_the_tags() {
        Article a = service.create(draft("https://lwn.net/Articles/3", "Old"), "ed");
        Article b = service.update(a.id(), new ArticleDraft("https://lwn.net/Articles/3", "New", "LWN", OCT_2025,
                "Jonathan Corbet", null, List.of("stats")));

        assertThat(b.id()).isEqualTo(a.id());
        assertThat(b.title()).isEqualTo("New");
        assertThat(b.tags()).containsExactly("stats");
        assertThat(service.delete(a.id())).isTrue();
        assertThat(service.find(a.id())).isEmpty();
    }
}
