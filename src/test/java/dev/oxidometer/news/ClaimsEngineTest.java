package dev.oxidometer.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** One test (or a few) per claim kind, on {@link FixtureKernel#around618()}, with texts written for the test. */
class ClaimsEngineTest {

    static final List<Alias> ALIASES = List.of(
            new Alias(1, "Binder", "drivers/android/binder", null),
            new Alias(2, "NVMe", "drivers/nvme", null),
            new Alias(3, "Nova", "drivers/gpu/nova-core", null),
            new Alias(4, "Nova", "drivers/gpu/drm/nova", null),
            new Alias(5, "null block", "drivers/block/rnull", null),
            new Alias(6, "rnull", "drivers/block/rnull", null),
            new Alias(7, "QR", "drivers/gpu/drm/drm_panic_qr.rs", null));

    /** {@link FixtureKernel#around618()} with the metrics the size, share, docs and build rules read. */
    static FixtureKernel kernel() {
        return FixtureKernel.around618()
                .metrics("v6.16", "c.lines", 34_000_000L, "c.code", 25_000_000L, "rust.lines", 20_000L,
                        "rust.code", 10_000L, "share.code", 0.0004, "share.lines", 0.00059, "rustc.min", "1.78.0",
                        "drivers.modules", 3L)
                .metrics("v6.17", "c.lines", 34_500_000L, "c.code", 25_300_000L, "rust.lines", 40_000L,
                        "rust.code", 24_000L, "share.code", 0.00095, "share.lines", 0.00116, "rustc.min", "1.78.0",
                        "drivers.modules", 4L)
                .metrics("v6.18", "c.lines", 35_200_000L, "c.code", 25_800_000L, "rust.lines", 80_000L,
                        "rust.code", 52_000L, "share.code", 0.002, "share.lines", 0.00227, "rustc.min", "1.78.0",
                        "drivers.modules", 6L, "docs.rust.files", 6L,
                        "docs.rust.pages", "arch-support coding-guidelines general-information index quick-start testing",
                        "rust.kernel.no_std", 1L, "kconfig.rust.symbols", 23L,
                        "kconfig.rust.files", "init/Kconfig rust/Kconfig",
                        "kconfig.rust.config.depends", "HAVE_RUST; RUST_IS_AVAILABLE; !MODVERSIONS || GENDWARFKSYMS");
    }

    /** Releases with a gap: v6.1 and v6.12 scanned, the ten between not. */
    static FixtureKernel gapped() {
        return new FixtureKernel()
                .release("v5.10", "2020-12-13")
                .release("v6.1", "2022-12-11", "rust/kernel/lib.rs")
                .release("v6.12", "2024-11-17", "rust/kernel/lib.rs", "drivers/net/phy/ax88796b_rust.rs",
                        "drivers/block/rnull.rs")
                .driver("ax88796b_rust", "drivers/net/phy/ax88796b_rust.rs")
                .driver("rnull_mod", "drivers/block/rnull.rs")
                .metrics("v6.1", "rust.code", 5_000L, "c.lines", 31_000_000L, "share.code", 0.0002, "share.lines",
                        0.0003, "rustc.min", "1.62.0", "drivers.modules", 0L)
                .metrics("v6.12", "rust.code", 10_000L, "c.lines", 34_800_000L, "share.code", 0.0004,
                        "share.lines", 0.0006, "rustc.min", "1.78.0", "drivers.modules", 2L);
    }

    static List<Claim> check(String text) {
        return ClaimsEngine.check(ClaimText.of(text), null, kernel(), ALIASES);
    }

    static List<Claim> check(KernelInventory k, String text, String date) {
        return ClaimsEngine.check(ClaimText.of(text), Instant.parse(date + "T12:00:00Z"), k, ALIASES);
    }

    static Claim only(List<Claim> claims, String kind) {
        List<Claim> of = claims.stream().filter(c -> c.kind().equals(kind)).toList();
        assertThat(of).as("%s claims in %s", kind, claims).hasSize(1);
        return of.getFirst();
    }

    // ------------------------------------------------------------ presence (assertions kept from ClaimCheckerTest)

    @Test
    void presence_of_a_component_no_scanned_release_has_is_contradicted() {
        Claim c = only(check("The Rust NVMe driver is in the kernel."), "presence");

        assertThat(c.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(c.subject()).isEqualTo("NVMe");
        assertThat(c.evidence()).isEqualTo("No Rust code under drivers/nvme in any of the 3 scanned releases, v6.16 to"
                + " v6.18.");
        assertThat(c.quote()).isEqualTo("The Rust NVMe driver is in the kernel.");
    }

    @Test
    void presence_is_supported_with_the_first_final_release_its_range_and_its_files() {
        Claim c = only(check("Binder is written in Rust."), "presence");

        assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED);
        // not v6.18-rc1: the timeline is the final releases; v6.17 is scanned and adjacent, so the landing is exact
        assertThat(c.evidence()).isEqualTo("Rust code under drivers/android/binder first seen in v6.18 (landed in"
                + " v6.18; 2 Rust files there).");
        assertThat(c.releases()).containsExactly("v6.18");
    }

    @Test
    void a_text_saying_a_component_is_out_of_tree_is_checked_the_other_way_round() {
        assertThat(only(check("The NVMe driver in Rust is still out of tree."), "presence").verdict())
                .isEqualTo(Verdict.SUPPORTED);
        assertThat(only(check("Binder was never merged."), "presence").verdict()).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void a_component_that_moved_from_a_file_to_a_directory_keeps_its_first_release_and_two_paths_count_as_one() {
        assertThat(only(check("The null block driver is there."), "presence").evidence()).startsWith(
                "Rust code under drivers/block/rnull first seen in v6.16 (landed at or before v6.16; 1 Rust file there)");
        assertThat(only(check("Nova drives NVIDIA GPUs."), "presence").evidence()).startsWith(
                "Rust code under drivers/gpu/nova-core, drivers/gpu/drm/nova first seen in v6.16");
    }

    @Test
    void code_that_left_the_tree_says_when_it_was_last_seen() {
        FixtureKernel k = new FixtureKernel()
                .release("v6.1", "2022-12-11", "drivers/nvme/host/rnvme.rs")
                .release("v6.2", "2023-02-19", "rust/kernel/lib.rs");

        Claim c = only(check(k, "NVMe has Rust code.", "2023-03-01"), "presence");

        assertThat(c.evidence()).isEqualTo("Rust code under drivers/nvme first seen in v6.1 (landed at or before v6.1;"
                + " 1 Rust file there); last seen in v6.1, removed in v6.2; none in v6.2, the newest scanned release.");
        assertThat(c.releases()).containsExactly("v6.1", "v6.2");
    }

    @Test
    void scanned_driver_module_names_are_components_too_and_nothing_scanned_is_said_plainly() {
        assertThat(only(check("The ax88796b_rust driver is in Rust."), "presence").evidence())
                .startsWith("Rust code under drivers/net/phy/ax88796b_rust.rs first seen in v6.16");
        assertThat(ClaimsEngine.check(ClaimText.of("Binder is in Rust."), null, new FixtureKernel(), ALIASES))
                .extracting(Claim::verdict, Claim::evidence)
                .containsExactly(tuple(Verdict.UNVERIFIABLE, "No release is scanned yet."));
    }

    // ------------------------------------------------------------ landing

    @Test
    void a_landing_in_the_first_release_that_has_it_with_the_release_before_scanned_is_supported() {
        Claim c = only(check("The Binder driver landed in Linux 6.18."), "landing");

        assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(c.evidence()).isEqualTo("Rust code under drivers/android/binder is first seen in v6.18: it landed in"
                + " v6.18. v6.17, the release before it, is scanned and has none.");
        assertThat(c.releases()).containsExactly("v6.17", "v6.18");
    }

    @Test
    void a_landing_too_early_or_too_late_is_contradicted_each_clause_with_its_own_release() {
        List<Claim> claims = check("Binder was merged for 6.17, and nova-core landed in v6.18.");

        assertThat(claims.stream().filter(c -> c.kind().equals("landing")))
                .extracting(Claim::subject, Claim::verdict)
                .containsExactly(tuple("Binder", Verdict.CONTRADICTED), tuple("Nova", Verdict.CONTRADICTED));
        assertThat(claims.getFirst().evidence()).endsWith("v6.17 is scanned and has none.");
        assertThat(claims.stream().filter(c -> c.subject().equals("Nova")).findFirst().orElseThrow().evidence())
                .endsWith("It is already in v6.16, before v6.18.");
    }

    @Test
    void a_landing_named_in_a_release_that_was_not_scanned_is_unverifiable_with_the_range() {
        Claim c = only(check(gapped(), "Rust support was merged in Linux 6.1.", "2025-01-01"), "landing");
        assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(c.evidence()).isEqualTo("Rust code (any .rs file) is first seen in v6.1: it landed between v5.11"
                + " and v6.1 (releases in between not scanned). v6.1 is the first scanned release with it, but the"
                + " releases between v5.10 and v6.1 are not scanned, so it may have landed earlier.");

        Claim driver = only(check(gapped(), "Linux 6.8 adds the first Rust driver.", "2025-01-01"), "landing");
        assertThat(driver.subject()).isEqualTo("the first Rust driver");
        assertThat(driver.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(driver.evidence()).contains("landed between v6.2 and v6.12").endsWith("v6.8 is not scanned: the claim"
                + " is consistent with the scanned releases but cannot be confirmed.");

        assertThat(only(check(gapped(), "Rust has been in the kernel since 6.13.", "2025-01-01"), "landing")
                .verdict()).isEqualTo(Verdict.CONTRADICTED);
    }

    // ------------------------------------------------------------ docs

    @Test
    void pages_of_documentation_rust_are_looked_up_in_the_newest_scanned_release() {
        List<Claim> claims = check("Its documentation has a quick start and coding guidelines, and"
                + " Documentation/rust/unsafe-code.rst explains unsafe Rust.");

        assertThat(claims).filteredOn(c -> c.kind().equals("docs")).extracting(Claim::subject, Claim::verdict)
                .containsExactly(tuple("unsafe-code", Verdict.CONTRADICTED), tuple("quick-start", Verdict.SUPPORTED),
                        tuple("coding-guidelines", Verdict.SUPPORTED));
        assertThat(claims.getFirst().evidence()).startsWith("No Documentation/rust/unsafe-code.rst in v6.18");
    }

    @Test
    void pages_are_unverifiable_when_the_scan_recorded_no_page_names() {
        Claim c = only(check(gapped(), "The Rust documentation has a testing page.", "2025-01-01"), "docs");

        assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(c.evidence()).contains("did not record the pages of Documentation/rust");
    }

    // ------------------------------------------------------------ build

    @Test
    void no_std_min_rustc_and_kconfig_are_checked_in_the_tree() {
        List<Claim> claims = check("Kernel Rust uses core rather than std, needs at least rustc 1.78 and is"
                + " switched on by CONFIG_RUST.");

        assertThat(claims).extracting(Claim::kind, Claim::subject, Claim::verdict).containsExactly(
                tuple("build", "no_std", Verdict.SUPPORTED),
                tuple("build", "minimum rustc 1.78", Verdict.SUPPORTED),
                tuple("build", "CONFIG_RUST", Verdict.SUPPORTED));
        assertThat(claims.get(2).evidence()).isEqualTo("v6.18, the newest scanned release, has 23 Kconfig symbols"
                + " named RUST or RUST_* declared in init/Kconfig, rust/Kconfig (kconfig.rust.symbols); config RUST in"
                + " init/Kconfig depends on: HAVE_RUST; RUST_IS_AVAILABLE; !MODVERSIONS || GENDWARFKSYMS"
                + " (kconfig.rust.config.depends).");
    }

    @Test
    void a_dependency_of_config_rust_is_looked_up_in_its_depends_on_lines() {
        Claim direct = only(check("Rust support (CONFIG_RUST) depends on HAVE_RUST, which each architecture selects."),
                "build");
        assertThat(direct.subject()).isEqualTo("CONFIG_RUST depends on HAVE_RUST");
        assertThat(direct.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(direct.evidence()).startsWith("\"depends on HAVE_RUST\" is a line of config RUST (config RUST in"
                + " init/Kconfig of v6.18 depends on: HAVE_RUST; RUST_IS_AVAILABLE;");

        Claim inside = only(check("CONFIG_RUST requires CONFIG_GENDWARFKSYMS in the kernel's Kconfig."), "build");
        assertThat(inside.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(inside.evidence()).startsWith("GENDWARFKSYMS appears only inside \"depends on !MODVERSIONS ||"
                + " GENDWARFKSYMS\", which this rule does not evaluate");

        Claim none = only(check("Rust in the kernel's Kconfig needs DEBUG_INFO_BTF."), "build");
        assertThat(none.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(none.evidence()).startsWith("DEBUG_INFO_BTF is no direct dependency of config RUST;");

        Claim older = only(check(FixtureKernel.around618().metrics("v6.18", "kconfig.rust.symbols", 5L),
                "CONFIG_RUST depends on HAVE_RUST.", "2026-01-01"), "build");
        assertThat(older.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(older.evidence()).contains("did not record the dependencies of config RUST (counting rules"
                + " before v3");
    }

    @Test
    void a_wrong_minimum_rustc_is_contradicted_and_one_between_two_scanned_minimums_across_a_gap_is_unverifiable() {
        assertThat(only(check("The minimum Rust version is 1.62."), "build").evidence()).startsWith(
                "The minimum rustc of v6.18 is 1.78.0, not 1.62");
        Claim between = only(check(gapped(), "The kernel now requires Rust 1.70.", "2023-06-01"), "build");
        assertThat(between.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(between.evidence()).startsWith("The minimum rustc is 1.62.0 in v6.1 and 1.78.0 in v6.12;");
    }

    // ------------------------------------------------------------ size and share

    @Test
    void lines_of_c_are_compared_within_the_tolerance_saying_which_definition_matched() {
        Claim c = only(check("Linux is a 35-million-line C code base."), "size");
        assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED);

        Claim rust = only(check("The kernel now holds 25,000 lines of Rust."), "size");
        assertThat(rust.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(rust.evidence()).isEqualTo("v6.18, the newest scanned release: all lines of .rs files (rust.lines)"
                + " = 80,000; code lines of .rs files (rust.code) = 52,000 (stated \"25,000 lines of Rust\";"
                + " tolerance ±2,500).");
        assertThat(only(check("The kernel now holds more than 50,000 lines of Rust code."), "size").evidence())
                .contains("all lines of .rs files (rust.lines) = 80,000 (stated \"more than 50,000 lines of Rust\";"
                        + " at least the stated number)");
    }

    @Test
    void a_count_of_rust_drivers_is_compared_with_the_scanned_driver_modules_of_the_release_at_the_text_date() {
        Claim six = only(check("The kernel now ships six Rust drivers."), "size");
        assertThat(six.subject()).isEqualTo("Rust drivers");
        assertThat(six.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(six.evidence()).isEqualTo("v6.18, the newest scanned release: Rust driver modules (drivers.modules:"
                + " .rs files under drivers/ declaring a module) = 6 (stated \"six Rust drivers\"; tolerance ±0).");

        Claim dozen = only(check("Mainline has a dozen Rust drivers."), "size");
        assertThat(dozen.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(dozen.evidence()).contains("= 6 (stated \"a dozen Rust drivers\"; tolerance ±1)");

        assertThat(only(check("There are more than 5 drivers written in Rust in the tree."), "size").verdict())
                .isEqualTo(Verdict.SUPPORTED);
        assertThat(only(check("There are now 30 in-tree Rust GPU drivers."), "size").verdict())
                .isEqualTo(Verdict.CONTRADICTED);
        assertThat(only(check("The kernel has dozens of Rust drivers."), "size").evidence())
                .contains("at least the stated number");

        // as of a date in v6.17's time: its 4 modules, not v6.18's 6
        Claim four = only(check(kernel(), "Four Rust drivers are in the kernel today.", "2025-10-20"), "size");
        assertThat(four.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(four.releases()).containsExactly("v6.17");

        // with libraries scanned, modules and libraries together is the second definition tried
        Claim seven = only(check(kernel().metrics("v6.18", "drivers.libraries", 1L), "Linux has seven Rust drivers.",
                "2026-01-10"), "size");
        assertThat(seven.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(seven.evidence()).contains("Rust driver modules and libraries (drivers.modules +"
                + " drivers.libraries) = 7");
    }

    @Test
    void a_count_of_rust_drivers_added_is_not_taken_for_the_drivers_there_are() {
        Claim added = only(check("Linux 6.18 adds two new Rust drivers."), "size");
        assertThat(added.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(added.evidence()).isEqualTo("\"two new Rust drivers\" reads as drivers added, and this rule counts"
                + " the drivers a release has, not those it adds: v6.18 has 6 Rust driver modules (drivers.modules).");
        assertThat(only(check("The new kernel has six Rust drivers."), "size").verdict())
                .as("a new kernel is no new driver").isEqualTo(Verdict.SUPPORTED);
        assertThat(only(check("Ten more Rust drivers are queued."), "size").verdict())
                .isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(check("Rust drivers are welcome, said the maintainer.")).extracting(Claim::kind)
                .doesNotContain("size");
        assertThat(check("Version 6.8 shipped 2 Rust network PHY drivers.")).extracting(Claim::kind)
                .doesNotContain("size").as("no count matches: two words between Rust and drivers");
    }

    @Test
    void growth_divides_rust_code_by_the_named_base_release() {
        Claim c = only(check("Rust code grew 5x since 6.16."), "size");
        assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(c.evidence()).startsWith("Rust code (rust.code): 10,000 lines in v6.16, 52,000 in v6.18: 5.2×");
        assertThat(only(check("Rust code doubled."), "size").verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        // nothing scanned: every rule answers, none throws (a growth claim once did, as a 404 from the API)
        assertThat(ClaimsEngine.check(ClaimText.of("Rust code grew 5x since 6.1. Rust is 1 % of the kernel."), null,
                new FixtureKernel(), ALIASES)).extracting(Claim::verdict).containsOnly(Verdict.UNVERIFIABLE);
    }

    @Test
    void share_is_compared_with_the_release_at_the_texts_date_and_a_gap_makes_it_unverifiable() {
        assertThat(only(check("Rust is 0.2 % of the kernel code."), "share").evidence()).startsWith("v6.18, the newest"
                + " scanned release: Rust code lines over C and Rust code lines (share.code) = 0.20 %");
        Claim gap = only(check(gapped(), "Rust is now 0.035 % of the kernel.", "2024-01-01"), "share");
        assertThat(gap.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(gap.releases()).containsExactly("v6.1", "v6.12");
        assertThat(only(check(gapped(), "Rust is 5 percent of the kernel.", "2024-01-01"), "share").verdict())
                .isEqualTo(Verdict.CONTRADICTED);
    }

    // ------------------------------------------------------------ anything else, and the text itself

    @Test
    void a_claim_no_rule_checks_is_unverifiable_and_plain_prose_is_no_claim() {
        Claim c = only(check("Rust kernel maintainers count twelve people in the tree."), "unverifiable");
        assertThat(c.subject()).isEqualTo("maintainers");
        assertThat(check("We talked about the weather.")).isEmpty();
    }

    @Test
    void evidence_that_names_no_release_says_which_releases_were_scanned() {
        FixtureKernel kernel = kernel();
        String span = new ClaimContext(kernel, ALIASES, null).scannedSpan();

        Claim noRule = only(check("Rust kernel maintainers count twelve people in the tree."), "unverifiable");
        assertThat(noRule.evidence()).startsWith("Reads as a claim about the tree")
                .endsWith("(" + span + ", v6.18 the newest at the text's date.)");
        Claim beforeAll = only(check(kernel, "Rust kernel maintainers count twelve people in the tree.", "1999-01-01"),
                "unverifiable");
        assertThat(beforeAll.evidence()).endsWith("(" + span + ", none of them out at the text's date.)");
        // evidence that already names its releases is left as the rule wrote it
        Claim share = only(check("Rust is 0.2 % of the kernel code."), "share");
        assertThat(share.evidence()).doesNotContain(span);
    }

    @Test
    void html_is_read_as_text_and_bad_text_is_refused() {
        List<Claim> claims = check("<h1>Binder</h1><p>Binder <b>landed</b> in Linux 6.18.<script>alert(1)</script>");
        assertThat(claims).extracting(Claim::quote).containsOnly("Binder", "Binder landed in Linux 6.18.");

        assertThatThrownBy(() -> ClaimText.of(" ")).isInstanceOf(ClaimText.Refused.class).hasMessageContaining("required");
        assertThatThrownBy(() -> ClaimText.of("a".repeat(ClaimText.MAX_BYTES + 1)))
                .isInstanceOfSatisfying(ClaimText.Refused.class, r -> assertThat(r.tooLarge()).isTrue());
        assertThatThrownBy(() -> ClaimText.of("PK\u0003\u0004\u0000\u0000binary")).hasMessageContaining("binary");
        assertThatThrownBy(() -> ClaimText.of("<p> </p>")).hasMessageContaining("no readable words");
    }
}
