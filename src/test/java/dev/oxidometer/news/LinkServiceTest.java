package dev.oxidometer.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@NewsSlice
class LinkServiceTest {

    @Autowired
    ArticleService articles;
    @Autowired
    LinkService links;

    Article binderArticle() {
        return articles.create(new ArticleDraft("https://www.phoronix.com/news/Rust-Binder-For-Linux-6.18",
                "Linux 6.18 Expected To Land Google's Rust Binder Driver", null, Instant.parse("2025-09-30T12:00:00Z"),
                null, "Queued for the merge window.", List.of()), "ed");
    }

    @Test
    void a_new_article_has_its_suggestions_waiting_for_review() {
        Article a = binderArticle();

        assertThat(links.pending()).extracting(ArticleLink::articleId, ArticleLink::target)
                // "Linux 6.18" in the title is the release it is about: the date (v6.17 current) is not used
                .containsExactly(org.assertj.core.groups.Tuple.tuple(a.id(), "v6.18"),
                        org.assertj.core.groups.Tuple.tuple(a.id(), "rust_binder"));
        assertThat(links.pending()).allSatisfy(l -> {
            assertThat(l.origin()).isEqualTo("suggested");
            assertThat(l.createdBy()).isEqualTo(LinkService.SUGGESTER);
        });
    }

    @Test
    void accepting_and_rejecting_record_who_and_when_and_a_rejection_is_not_suggested_again() {
        Article a = binderArticle();
        List<ArticleLink> pending = links.pending();

        ArticleLink accepted = links.accept(pending.get(1).id(), "alice");
        ArticleLink rejected = links.reject(pending.get(0).id(), "bob");
        links.suggest(a.id());

        assertThat(accepted.status()).isEqualTo("accepted");
        assertThat(accepted.reviewedBy()).isEqualTo("alice");
        assertThat(accepted.reviewedAt()).isNotNull();
        assertThat(rejected.status()).isEqualTo("rejected");
        assertThat(links.pending()).isEmpty();   // the rejected v6.18 is not suggested again
        assertThat(links.articlesLinkedTo(LinkKind.DRIVER, "rust_binder")).extracting(Article::id).containsExactly(a.id());
        assertThat(articles.search(new ArticleFilter(null, null, null, true, null))).extracting(Article::id)
                .containsExactly(a.id());
    }

    @Test
    void an_editor_links_by_hand_only_to_targets_the_data_knows() {
        Article a = binderArticle();

        ArticleLink manual = links.add(a.id(), LinkKind.CATEGORY, "drivers", "alice");
        ArticleLink fromSuggestion = links.add(a.id(), LinkKind.RELEASE, "v6.18", "alice");

        assertThat(manual.origin()).isEqualTo("manual");
        assertThat(manual.createdBy()).isEqualTo("alice");
        assertThat(fromSuggestion.status()).isEqualTo("accepted");
        assertThat(fromSuggestion.reviewedBy()).isEqualTo("alice");
        assertThatThrownBy(() -> links.add(a.id(), LinkKind.DRIVER, "rnvme", "alice"))
                .isInstanceOfSatisfying(InvalidArticleException.class, e -> assertThat(e.fieldErrors().get("target"))
                        .isEqualTo("no driver \"rnvme\" in the scanned data"));
        assertThatThrownBy(() -> links.add(a.id(), LinkKind.CATEGORY, "drivers", "alice"))
                .hasMessageContaining("already linked");
    }

    @Test
    void removing_a_manual_link_deletes_it_and_removing_a_suggested_one_keeps_it_rejected() {
        Article a = binderArticle();
        ArticleLink manual = links.add(a.id(), LinkKind.ABSTRACTION, "sync", "alice");
        ArticleLink suggested = links.accept(links.pending().getFirst().id(), "alice");

        links.remove(manual.id(), "alice");
        links.remove(suggested.id(), "alice");

        assertThat(links.links(a.id())).extracting(ArticleLink::target, ArticleLink::status).doesNotContain(
                org.assertj.core.groups.Tuple.tuple("sync", "accepted"))
                .contains(org.assertj.core.groups.Tuple.tuple("v6.18", "rejected"));
    }

    @Test
    void the_claims_check_uses_the_seeded_alias_table() {
        Article a = articles.create(new ArticleDraft("https://example.org/nvme", "Rust NVMe and Binder", null,
                Instant.parse("2025-12-05T00:00:00Z"), null, null, List.of()), "ed");

        assertThat(links.claims(a.id())).extracting(Claim::subject, Claim::verdict).containsExactly(
                org.assertj.core.groups.Tuple.tuple("NVMe", Verdict.CONTRADICTED),
                org.assertj.core.groups.Tuple.tuple("Binder", Verdict.SUPPORTED));
    }

    @Test
    void aliases_are_editable() {
        Alias added = links.addAlias("Rust Binder", "drivers/android/binder/", "test");

        assertThat(added.path()).isEqualTo("drivers/android/binder");
        assertThat(links.aliases()).extracting(Alias::alias).contains("Binder", "NVMe", "Tyr", "Rust Binder");
        assertThatThrownBy(() -> links.addAlias("x", "../etc", null)).isInstanceOf(InvalidArticleException.class);
        assertThat(links.deleteAlias(added.id())).isTrue();
    }
}
