package dev.oxidometer.ui.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.AfterEach;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;

import dev.oxidometer.news.Article;
import dev.oxidometer.news.ArticleDraft;
import dev.oxidometer.news.ArticleService;
import dev.oxidometer.news.BundledCoverage;
import dev.oxidometer.news.ClaimsEngine;
import dev.oxidometer.news.FeedImporter;
import dev.oxidometer.news.KernelInventory;
import dev.oxidometer.news.LinkService;
import dev.oxidometer.news.NewsProperties;
import dev.oxidometer.news.NewsSettings;
import dev.oxidometer.news.NewsSlice;
import dev.oxidometer.system.ClaimsThrottle;
import dev.oxidometer.system.Editors;

/**
 * The view over the news services of a JDBC slice (fixture kernel), in a browserless Vaadin UI; each test runs in
 * a transaction that is rolled back.
 */
@NewsSlice
@Import(Editors.class)
@ViewPackages(packages = "dev.oxidometer.ui.news")   // the start route (Adoption, in MainLayout) needs Spring's views
class ArticlesViewTest extends BrowserlessTest {

    @Autowired
    ArticleService articles;
    @Autowired
    LinkService links;
    @Autowired
    FeedImporter importer;
    @Autowired
    NewsSettings settings;
    @Autowired
    KernelInventory kernel;
    @Autowired
    Editors access;
    @Autowired
    ClaimsEngine claims;

    Article hostile;

    @AfterEach
    void anonymous() {
        SecurityContextHolder.clearContext();
    }

    ArticlesView open() {
        ArticlesView view = new ArticlesView(articles, links, importer, settings, NewsProperties.defaults(), kernel,
                access, claims, new ClaimsThrottle());
        UI.getCurrent().add(view);
        return view;
    }

    static void signIn(String user, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user,
                "x", List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    @BeforeEach
    void articles() {
        articles.create(new ArticleDraft("https://lwn.net/Articles/1050174/", "The state of the kernel Rust experiment",
                "LWN", Instant.parse("2025-12-13T12:00:00Z"), "Jonathan Corbet", "Maintainers Summit report.",
                List.of()), "ed");
        hostile = articles.create(new ArticleDraft("https://example.org/x", "<img src=x onerror=alert(1)> Binder",
                null, Instant.parse("2025-10-01T12:00:00Z"), null, "<script>alert(2)</script>", List.of()), "ed");
    }

    @Test
    void readers_see_the_articles_but_no_editing_and_no_editors_sections() {
        assertThat(links.pending()).as("suggestions are waiting").isNotEmpty();
        ArticlesView view = open();

        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(view.count.getText()).isEqualTo("2 articles");
        assertThat(find(Button.class).withText("New article").all()).isEmpty();
        // the review queue is the editors' section: readers do not get it, not even empty
        assertThat(find(SuggestionReview.class).all()).isEmpty();
        assertThat(view.getElement().getTextRecursively()).doesNotContain("Suggestions waiting for review");
        view.select(hostile);
        assertThat(find(Button.class, view.detail).all()).extracting(Button::getText)
                .doesNotContain("Accept", "Reject", "Remove", "Add link", "Edit", "Delete");
    }

    @Test
    void an_editor_with_nothing_to_review_is_told_so_instead_of_an_empty_grid() {
        signIn("alice", "EDITOR");
        links.pending().forEach(l -> links.reject(l.id(), "alice"));
        ArticlesView view = open();
        assertThat(view.suggestions.getColumns()).extracting(c -> c.getHeaderText())
                .containsExactly("Article", "Suggested link", "Why", "Review");
        assertThat(view.suggestions.isVisible()).isFalse();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).id("no-suggestions").isVisible()).isTrue();
    }

    @Test
    void accept_and_reject_in_the_detail_keep_it_open_and_move_on_to_the_next_suggestion() {
        signIn("alice", "EDITOR");
        ArticlesView view = open();
        List<dev.oxidometer.news.ArticleLink> pending = links.pending();
        long first = pending.getFirst().articleId();
        assertThat(pending).as("suggestions of two articles").anyMatch(l -> l.articleId() != first);
        long ofFirst = pending.stream().filter(l -> l.articleId() == first).count();
        view.select(articles.find(first).orElseThrow());

        for (int i = 0; i < ofFirst; i++) {
            assertThat(view.shownArticle()).hasValue(first);
            test(find(Button.class, view.detail).withText(i % 2 == 0 ? "Accept" : "Reject").first()).click();
        }

        long next = links.pending().getFirst().articleId();
        assertThat(next).isNotEqualTo(first);
        assertThat(view.shownArticle()).as("the detail moved to the next article with a suggestion").hasValue(next);
        assertThat(view.grid.asSingleSelect().getValue().id()).isEqualTo(next);
        assertThat(links.links(first)).filteredOn(dev.oxidometer.news.ArticleLink::accepted).isNotEmpty();
    }

    @Test
    void dates_are_entered_and_shown_as_iso_days() {
        signIn("alice", "EDITOR");
        ArticlesView view = open();
        assertThat(view.from.getI18n().getDateFormats()).containsExactly("yyyy-MM-dd");
        assertThat(view.to.getI18n().getDateFormats()).containsExactly("yyyy-MM-dd");
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("2025-12-13");

        test(find(Button.class).withText("New article").single()).click();
        ArticleForm form = find(ArticleForm.class).single();
        assertThat(form.publishedAt.getI18n().getDateFormats()).containsExactly("yyyy-MM-dd");
        test(form.url).setValue("https://lwn.net/Articles/1000000/");
        test(form.title).setValue("A day only");
        form.publishedAt.setValue(java.time.LocalDate.parse("2026-10-30"));
        test(form.save).click();
        Article saved = articles.findByUrl("https://lwn.net/Articles/1000000/").orElseThrow();
        assertThat(saved.publishedAt()).as("a day is stored at noon UTC, as the bundled coverage does")
                .isEqualTo(Instant.parse("2026-10-30T12:00:00Z"));
    }

    @Test
    void editing_an_article_keeps_its_instant_while_its_day_is_unchanged() {
        Instant evening = Instant.parse("2025-10-01T21:30:00Z");
        assertThat(ArticleForm.instant(java.time.LocalDate.parse("2025-10-01"), evening)).isEqualTo(evening);
        assertThat(ArticleForm.instant(java.time.LocalDate.parse("2025-10-02"), evening))
                .isEqualTo(Instant.parse("2025-10-02T12:00:00Z"));
        assertThat(ArticleForm.instant(null, evening)).isNull();
    }

    @Test
    void a_bundled_article_says_so_with_how_it_was_verified_and_whose_summary_it_is() {
        Article bundled = articles.create(new ArticleDraft("https://www.phoronix.com/news/Linux-6.8-Rust-PHY-Driver",
                "The First Rust-Written Network PHY Driver Set To Land In Linux 6.8", "Phoronix",
                Instant.parse("2023-12-17T12:00:00Z"), null, "Our summary.", List.of()), BundledCoverage.CREATED_BY);
        ArticlesView view = open();

        assertThat(view.count.getText()).isEqualTo("3 articles · 1 from the bundled coverage");
        view.select(bundled);
        assertThat(view.detail.getElement().getTextRecursively()).contains(
                "From the bundled coverage: the summary is oxidometer's, not the article's.",
                "Verified to exist from a stored public copy https://www.phoronix.com/news/Linux-6.8-Rust-PHY-Driver",
                "17 December 2023");
        view.select(hostile);
        assertThat(view.detail.getElement().getTextRecursively()).doesNotContain("bundled coverage");
    }

    @Test
    void titles_and_summaries_are_text_and_the_link_opens_apart_without_referrer() {
        ArticlesView view = open();

        test(view.grid).select(1);   // newest first: the hostile one is second

        H2 title = find(H2.class, view.detail).single();
        assertThat(title.getText()).isEqualTo("<img src=x onerror=alert(1)> Binder");
        assertThat(title.getElement().getChildCount()).isOne();
        assertThat(title.getElement().getChild(0).isTextNode()).isTrue();
        assertThat(view.detail.getElement().getOuterHTML()).doesNotContain("<script>").doesNotContain("<img");
        Anchor open = find(Anchor.class, view.detail).withText("open article").single();
        assertThat(open.getHref()).isEqualTo("https://example.org/x");
        assertThat(open.getElement().getAttribute("target")).isEqualTo("_blank");
        assertThat(open.getElement().getAttribute("rel")).isEqualTo("noopener noreferrer");
        assertThat(view.detail.getElement().getTextRecursively())
                .contains("supported presence: Binder",
                        "Rust code under drivers/android/binder first seen in v6.18 (landed in v6.18; 2 Rust files there).");
    }

    @Test
    void the_filters_narrow_the_grid() {
        ArticlesView view = open();

        test(view.search).setValue("experiment");
        assertThat(test(view.grid).size()).isEqualTo(1);
        test(view.search).setValue("");
        test(view.source).selectItem("example.org");
        assertThat(test(view.grid).size()).isEqualTo(1);
        test(view.source).selectItem(null);
        view.from.setValue(java.time.LocalDate.of(2025, 12, 1));
        assertThat(test(view.grid).size()).isEqualTo(1);
        view.from.clear();
        view.linked.setValue(ArticlesView.LINKED);
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void the_filters_are_read_from_the_address_and_written_back_to_it() {
        ArticlesView view = open();
        view.filters().read(com.vaadin.flow.router.QueryParameters.fromString(
                "q=experiment&source=LWN&from=2025-12-01&to=nonsense&linked=unlinked&article=7"));
        assertThat(view.search.getValue()).isEqualTo("experiment");
        assertThat(view.source.getValue()).isEqualTo("LWN");
        assertThat(view.from.getValue()).isEqualTo(java.time.LocalDate.of(2025, 12, 1));
        assertThat(view.to.getValue()).as("a malformed date is ignored").isNull();
        assertThat(view.linked.getValue()).isEqualTo(ArticlesView.UNLINKED);
        assertThat(test(view.grid).size()).isEqualTo(1);

        assertThat(view.filters().addTo(com.vaadin.flow.router.QueryParameters.fromString("article=7&q=old"))
                .getParameters()).isEqualTo(com.vaadin.flow.router.QueryParameters.fromString(
                "article=7&q=experiment&source=LWN&from=2025-12-01&linked=unlinked").getParameters());
    }

    @Test
    void an_editor_gets_field_errors_then_saves_and_reviews_a_suggestion() {
        signIn("alice", "EDITOR");
        ArticlesView view = open();
        test(find(Button.class).withText("New article").single()).click();
        ArticleForm form = find(ArticleForm.class).single();

        test(form.url).setValue("javascript:alert(1)");
        test(form.save).click();
        assertThat(form.url.isInvalid()).isTrue();
        assertThat(form.url.getErrorMessage()).contains("only http and https");
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.publishedAt.isInvalid()).isTrue();

        test(form.url).setValue("https://www.phoronix.com/news/Rust-Binder-For-Linux-6.18");
        test(form.title).setValue("Linux 6.18 Expected To Land Google's Rust Binder Driver");
        form.publishedAt.setValue(java.time.LocalDate.of(2025, 9, 30));
        test(form.save).click();

        assertThat(test(view.grid).size()).isEqualTo(3);
        assertThat(articles.findByUrl("https://www.phoronix.com/news/Rust-Binder-For-Linux-6.18"))
                .get().extracting(Article::createdBy).isEqualTo("alice");
        int pending = test(view.suggestions).size();
        var review = test(view.suggestions).getCellComponent(0, 3);
        Button accept = (Button) review.getChildren().filter(c -> c instanceof Button b && b.getText().equals("Accept"))
                .findFirst().orElseThrow();
        test(accept).click();
        assertThat(test(view.suggestions).size()).isEqualTo(pending - 1);
    }
}
