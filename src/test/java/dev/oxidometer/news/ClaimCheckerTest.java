package dev.oxidometer.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClaimCheckerTest {

    static List<ClaimCheck> check(String title, String summary) {
        return ClaimChecker.check(LinkSuggesterTest.article(title, summary, "2025-12-05T00:00:00Z"),
                FixtureKernel.around618(), SEED);
    }

    static final List<Alias> SEED = List.of(
            new Alias(1, "Binder", "drivers/android/binder", null),
            new Alias(2, "NVMe", "drivers/nvme", null),
            new Alias(3, "Nova", "drivers/gpu/nova-core", null),
            new Alias(4, "Nova", "drivers/gpu/drm/nova", null),
            new Alias(5, "null block", "drivers/block/rnull", null),
            new Alias(6, "QR", "drivers/gpu/drm/drm_panic_qr.rs", null));

    @Test
    void nvme_is_not_found_in_any_scanned_release() {
        List<ClaimCheck> checks = check("Rust NVMe driver is in the kernel", null);

        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.found()).isFalse();
            assertThat(c.message()).isEqualTo(
                    "NVMe: no Rust code under drivers/nvme in any scanned release (3 scanned, v6.16 to v6.18)");
        });
    }

    @Test
    void binder_is_in_tree_since_the_first_final_release_that_holds_it_with_its_path() {
        ClaimCheck c = check("Binder merged", null).getFirst();

        assertThat(c.found()).isTrue();
        assertThat(c.sinceTag()).isEqualTo("v6.18");   // not v6.18-rc1: the timeline is the final releases
        assertThat(c.presentInNewest()).isTrue();
        assertThat(c.files()).containsExactly("drivers/android/binder/rust_binder_main.rs",
                "drivers/android/binder/node.rs");
        assertThat(c.message()).isEqualTo("Binder: in tree since v6.18 (drivers/android/binder, 2 Rust files there)");
        assertThat(c.sinceAfterTag()).isEqualTo("v6.17");
        assertThat(c.sinceExact()).isTrue();
    }

    @Test
    void a_component_that_moved_from_a_file_to_a_directory_keeps_its_first_release() {
        assertThat(check("x", "The null block driver").getFirst().sinceTag()).isEqualTo("v6.16");
    }

    @Test
    void an_alias_with_two_paths_is_checked_for_each() {
        assertThat(check("Nova", null)).extracting(ClaimCheck::path, ClaimCheck::sinceTag).containsExactly(
                org.assertj.core.groups.Tuple.tuple("drivers/gpu/nova-core", "v6.16"),
                org.assertj.core.groups.Tuple.tuple("drivers/gpu/drm/nova", "v6.18"));
    }

    @Test
    void code_that_left_the_tree_says_when_it_was_last_seen() {
        FixtureKernel k = new FixtureKernel()
                .release("v6.1", "2022-12-11", "drivers/nvme/host/rnvme.rs")
                .release("v6.2", "2023-02-19", "rust/kernel/lib.rs");

        ClaimCheck c = ClaimChecker.check(LinkSuggesterTest.article("NVMe", null, "2023-03-01T00:00:00Z"), k, SEED)
                .getFirst();

        assertThat(c.message()).isEqualTo("NVMe: in tree since v6.1 or earlier (the first scanned release)"
                + " (drivers/nvme, 1 Rust file there); last seen in v6.1, removed in v6.2");
        assertThat(c.sinceAfterTag()).isNull();
        assertThat(c.sinceExact()).isFalse();
    }

    @Test
    void articles_naming_no_alias_have_nothing_to_check_and_no_data_is_said_plainly() {
        assertThat(check("Rust in the kernel", "general news")).isEmpty();
        assertThat(ClaimChecker.check(LinkSuggesterTest.article("Binder", null, "2025-01-01T00:00:00Z"),
                new FixtureKernel(), SEED)).extracting(ClaimCheck::message)
                .containsExactly("Binder: no scanned releases to check against");
    }
}
