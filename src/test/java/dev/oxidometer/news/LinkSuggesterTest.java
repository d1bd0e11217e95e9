package dev.oxidometer.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class LinkSuggesterTest {

    static final List<Alias> ALIASES = List.of(
            new Alias(1, "Binder", "drivers/android/binder", null),
            new Alias(2, "Nova", "drivers/gpu/nova-core", null),
            new Alias(3, "Nova", "drivers/gpu/drm/nova", null),
            new Alias(4, "NVMe", "drivers/nvme", null),
            new Alias(5, "cpufreq", "drivers/cpufreq", null),
            new Alias(6, "cpufreq", "rust/kernel/cpufreq.rs", null),
            new Alias(7, "null block", "drivers/block/rnull", null));

    static Article article(String title, String summary, String date) {
        return new Article(1, "https://example.org/a", title, "example.org", Instant.parse(date), null, summary,
                List.of(), "ed", Instant.parse(date));
    }

    static List<Suggestion> suggest(Article a) {
        return LinkSuggester.suggest(a, FixtureKernel.around618(), ALIASES);
    }

    @Test
    void a_release_number_in_the_title_outranks_the_date_which_is_then_not_used() {
        List<Suggestion> s = suggest(article("Linux 6.18 Expected To Land Google's Rust Binder Driver",
                "Rust Binder was queued for the next merge window.", "2025-10-01T12:00:00Z"));

        assertThat(s).extracting(Suggestion::kind, Suggestion::target, Suggestion::score).containsExactly(
                tuple(LinkKind.RELEASE, "v6.18", 110),
                tuple(LinkKind.DRIVER, "rust_binder", 80));
        assertThat(s.getFirst().reason()).isEqualTo("\"Linux 6.18\" in the title (a scanned release)");
    }

    /** v6.1, v6.12 and v7.2 scanned: the releases between them are not. */
    static FixtureKernel sparse() {
        return new FixtureKernel()
                .release("v6.1", "2022-12-11", "rust/kernel/lib.rs")
                .release("v6.12", "2024-11-17", "rust/kernel/lib.rs", "drivers/gpu/drm/drm_panic_qr.rs")
                .release("v7.2", "2026-10-28", "rust/kernel/lib.rs", "drivers/gpu/drm/drm_panic_qr.rs",
                        "drivers/gpu/nova-core/nova_core.rs", "drivers/gpu/drm/nova/nova.rs")
                .driver("drm_panic_qr", "drivers/gpu/drm/drm_panic_qr.rs")
                .driver("nova-core", "drivers/gpu/nova-core/nova_core.rs")
                .driver("nova-drm", "drivers/gpu/drm/nova/nova.rs");
    }

    static final List<Alias> SEEDED = List.of(
            new Alias(1, "Nova", "drivers/gpu/nova-core", null),
            new Alias(2, "Nova", "drivers/gpu/drm/nova", null),
            new Alias(3, "QR", "drivers/gpu/drm/drm_panic_qr.rs", null));

    @Test
    void a_release_number_that_was_not_scanned_suggests_the_scanned_release_whose_range_holds_it() {
        List<Suggestion> s = LinkSuggester.suggest(article("Nova merged for 6.18", "The Nova GPU driver.",
                "2025-10-01T00:00:00Z"), sparse(), SEEDED);

        assertThat(s).extracting(Suggestion::kind, Suggestion::target, Suggestion::score).containsExactly(
                tuple(LinkKind.RELEASE, "v7.2", 110),
                tuple(LinkKind.DRIVER, "nova-core", 80),
                tuple(LinkKind.DRIVER, "nova-drm", 80));
        assertThat(s.getFirst().reason()).isEqualTo("\"for 6.18\" in the title: v6.18 is not scanned; v7.2 is the"
                + " scanned release whose range holds it (between v6.13 and v7.2 (releases in between not scanned))");

        List<Suggestion> qr = LinkSuggester.suggest(article("Rust in the 6.2 kernel, and Linux 6.12 to display a"
                + " QR code on panic", null, "2024-07-03T00:00:00Z"), sparse(), SEEDED);
        assertThat(qr).extracting(Suggestion::target, Suggestion::score).containsExactly(
                tuple("v6.12", 110), tuple("drm_panic_qr", 80));
        assertThat(qr.getFirst().reason()).startsWith("\"in the 6.2\" in the title: v6.2 is not scanned; v6.12 is");
    }

    @Test
    void without_a_release_number_the_newest_release_at_the_date_is_suggested_with_the_range_after_it() {
        List<Suggestion> s = LinkSuggester.suggest(article("Rust progress", "Rust 1.78 is required now.",
                "2025-10-01T00:00:00Z"), sparse(), SEEDED);

        assertThat(s).extracting(Suggestion::target, Suggestion::score).containsExactly(tuple("v6.12", 45));
        assertThat(s.getFirst().reason()).contains("v6.13–v7.1");
        assertThat(LinkSuggester.suggest(article("What Linux 9.9 will bring", null, "2025-10-01T00:00:00Z"),
                sparse(), SEEDED)).extracting(Suggestion::target).containsExactly("v6.12");
    }

    @Test
    void an_article_in_the_merge_window_gets_the_current_release_then_the_coming_one_then_the_named_driver() {
        List<Suggestion> s = suggest(article("Google's Rust Binder Driver expected to land",
                "Rust Binder was queued for the next merge window.", "2025-10-01T12:00:00Z"));

        assertThat(s).extracting(Suggestion::kind, Suggestion::target, Suggestion::score).containsExactly(
                tuple(LinkKind.RELEASE, "v6.17", 100),
                tuple(LinkKind.RELEASE, "v6.18", 95),
                tuple(LinkKind.DRIVER, "rust_binder", 80));
        assertThat(s.get(1).reason()).isEqualTo("published in the v6.18 merge window (opened with v6.17)");
        assertThat(s.get(2).reason()).isEqualTo("\"Binder\" in the title (drivers/android/binder)");
    }

    @Test
    void the_merge_window_closes_at_rc1_and_later_articles_get_only_the_current_release() {
        assertThat(suggest(article("Rust news", null, "2025-10-12T21:00:00Z")))
                .extracting(Suggestion::target).containsExactly("v6.17");
        assertThat(suggest(article("Rust news", null, "2025-12-01T00:00:00Z")))
                .extracting(Suggestion::target).containsExactly("v6.18");
    }

    @Test
    void without_an_rc1_tag_the_merge_window_is_two_weeks_and_only_between_successive_releases() {
        List<KernelInventory.Release> dense = List.of(
                new KernelInventory.Release("v6.11", Instant.parse("2024-09-15T00:00:00Z"), false),
                new KernelInventory.Release("v6.12", Instant.parse("2024-11-17T00:00:00Z"), false));
        List<KernelInventory.Release> sparse = List.of(
                new KernelInventory.Release("v6.12", Instant.parse("2024-11-17T00:00:00Z"), false),
                new KernelInventory.Release("v7.2", Instant.parse("2026-08-16T00:00:00Z"), false));

        assertThat(LinkSuggester.releases(Instant.parse("2024-09-28T00:00:00Z"), dense))
                .extracting(Suggestion::target).containsExactly("v6.11", "v6.12");
        assertThat(LinkSuggester.releases(Instant.parse("2024-10-01T00:00:00Z"), dense))
                .extracting(Suggestion::target).containsExactly("v6.11");
        assertThat(LinkSuggester.releases(Instant.parse("2024-11-20T00:00:00Z"), sparse))
                .extracting(Suggestion::target).containsExactly("v6.12");
        // across a gap the scanned release is not called the current one
        assertThat(LinkSuggester.releases(Instant.parse("2026-05-01T00:00:00Z"), sparse))
                .singleElement().satisfies(s -> {
                    assertThat(s.score()).isEqualTo(LinkSuggester.NEWEST_SCANNED_BEFORE);
                    assertThat(s.reason()).isEqualTo("the newest scanned release before the article appeared; the "
                            + "current release then may be one not scanned (v6.13–v7.1)");
                });
        assertThat(LinkSuggester.releases(Instant.parse("2020-01-01T00:00:00Z"), sparse)).isEmpty();
        assertThat(LinkSuggester.successive("v6.19", "v7.0")).isTrue();
        assertThat(LinkSuggester.successive("v6.12", "v7.2")).isFalse();
    }

    @Test
    void aliases_in_the_title_outrank_the_summary_and_one_alias_can_name_several_drivers() {
        List<Suggestion> s = suggest(article("Nova and the null block driver",
                "Also touches cpufreq; some time later a workqueue change.", "2025-12-05T00:00:00Z"));

        // v6.18 is the newest scanned release: whether it was still the current one then is not known
        assertThat(s).extracting(Suggestion::kind, Suggestion::target, Suggestion::score).containsExactly(
                tuple(LinkKind.DRIVER, "nova", 80),
                tuple(LinkKind.DRIVER, "nova_core", 80),
                tuple(LinkKind.DRIVER, "rnull_mod", 80),
                tuple(LinkKind.DRIVER, "rcpufreq_dt", 60),
                tuple(LinkKind.ABSTRACTION, "cpufreq", 60),
                tuple(LinkKind.RELEASE, "v6.18", 45),
                tuple(LinkKind.ABSTRACTION, "block", 40),
                tuple(LinkKind.ABSTRACTION, "workqueue", 30));
    }

    @Test
    void driver_names_are_found_as_written_in_prose_and_common_words_are_not_module_mentions() {
        List<Suggestion> s = suggest(article("Progress on the ax88796b-rust PHY",
                "The tyr driver, in time for the block layer.", "2025-12-05T00:00:00Z"));

        assertThat(s).extracting(Suggestion::target, Suggestion::score)
                .contains(tuple("ax88796b_rust", 70), tuple("tyr", 50), tuple("block", 30))
                .doesNotContain(tuple("time", 30));
    }

    @Test
    void an_alias_for_code_that_was_never_scanned_suggests_no_driver() {
        assertThat(suggest(article("Rust NVMe driver news", null, "2025-12-05T00:00:00Z")))
                .extracting(Suggestion::kind).containsOnly(LinkKind.RELEASE);
    }
}
