package dev.oxidometer.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RulesTest {

    @ParameterizedTest
    @CsvSource({
            "rust/syn/lib.rs, vendored",
            "rust/proc-macro2/lib.rs, vendored",
            "rust/zerocopy-derive/src/lib.rs, vendored",
            "rust/alloc/vec/mod.rs, vendored",
            "rust/kernel/alloc/kbox.rs, abstractions",
            "rust/kernel/lib.rs, abstractions",
            "rust/macros/lib.rs, infrastructure",
            "rust/pin-init/src/lib.rs, infrastructure",
            "rust/ffi.rs, infrastructure",
            "rust/synthetic/x.rs, infrastructure",
            "drivers/block/rnull/rnull.rs, drivers",
            "samples/rust/rust_minimal.rs, samples",
            "samples/bpf/x.rs, other",
            "scripts/generate_rust_analyzer.rs, other",
            "tools/testing/selftests/rust/x.rs, other",
    })
    void every_rust_file_falls_in_the_first_matching_category(String path, String category) {
        assertThat(CountingRules.categoryOf(path).key()).isEqualTo(category);
    }

    @Test
    void the_vendored_list_is_configurable() {
        CountingRules rules = new CountingRules(List.of("quote"));
        assertThat(rules.category("rust/quote/lib.rs")).isEqualTo(Category.VENDORED);
        assertThat(rules.category("rust/syn/lib.rs")).isEqualTo(Category.INFRASTRUCTURE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "module! {|true",
            "    module! {|true",
            "module_pci_driver! {|true",
            "kernel::module_phy_driver! {|true",
            "module_platform_driver!{|true",
            "kernel::module_firmware!(firmware::ModInfoBuilder);|false",
            "/// module! {|false",
            "my_module! {|false",
            "module!(x)|false",
    })
    void driver_modules_are_found_by_their_macro(String line, boolean matches) {
        assertThat(CountingRules.DRIVER_MODULE.matcher(line).find()).isEqualTo(matches);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Rust for Linux|true",
            "see Documentation/rust/index.rst|true",
            "RUST|true",
            "Rust-for-Linux|true",
            "trust the kernel|false",
            "rustc and rustdoc|false",
            "rusty|false",
            "rust_foo|false",
    })
    void docs_mention_rust_only_as_a_whole_word(String text, boolean matches) {
        assertThat(CountingRules.RUST_WORD.matcher(text).find()).isEqualTo(matches);
    }

    @Test
    void the_minimum_rustc_is_the_lowest_version_of_the_rustc_case() {
        String script = """
                case "$1" in
                binutils)
                \techo 2.25.0
                \t;;
                rustc)
                \tif [ "$SRCARCH" = "s390" ]; then
                \t\techo 1.96.0
                \telse
                \t\techo 1.85.0
                \tfi
                \t;;
                bindgen)
                \techo 0.65.1
                \t;;
                esac
                """;
        assertThat(ReleaseCounter.minimumRustc(script.getBytes())).isEqualTo("1.85.0");
        assertThat(ReleaseCounter.minimumRustc("case x in\ngcc)\n\techo 5.1.0\n;;\nesac\n".getBytes())).isNull();
        assertThat(ReleaseCounter.minimumRustc(null)).isNull();
        assertThat(ReleaseCounter.compareVersions("1.100.0", "1.99.9")).isPositive();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "#![no_std]|true",
            "  #![no_std]  |true",
            "#![no_std] // the kernel has no std|true",
            "#![ no_std ]|true",
            "// #![no_std]|false",
            "#![cfg_attr(test, no_std)]|false",
            "#![no_std_extra]|false",
            "#[no_std]|false",
            "//! This crate is #![no_std].|false",
    })
    void no_std_is_the_inner_attribute_on_a_line_of_its_own(String line, boolean matches) {
        assertThat(CountingRules.NO_STD.matcher(line).find()).isEqualTo(matches);
        assertThat(ReleaseCounter.declaresNoStd(("//! crate\n" + line + "\nmod x;\n").getBytes())).isEqualTo(matches);
    }

    @Test
    void a_missing_kernel_crate_root_does_not_declare_no_std() {
        assertThat(ReleaseCounter.declaresNoStd(null)).isFalse();
        assertThat(ReleaseCounter.declaresNoStd(new byte[0])).isFalse();
    }

    @Test
    void the_dependencies_of_config_rust_are_its_depends_on_lines_until_help() {
        String kconfig = """
                config RUST_IS_AVAILABLE
                \tdef_bool $(success,$(srctree)/scripts/rust_is_available.sh)
                \tdepends on NOT_THIS_ONE

                config RUST
                \tbool "Rust support"
                \tdepends on HAVE_RUST
                \tdepends on RUST_IS_AVAILABLE   # checked by scripts/rust_is_available.sh
                \tselect EXTENDED_MODVERSIONS if MODVERSIONS

                \tdepends on !DEBUG_INFO_BTF || \\
                \t           (PAHOLE_HAS_LANG_EXCLUDE && !LTO)
                # a comment at the margin
                \tdepends on !KASAN_SW_TAGS || RUSTC_VERSION >= 109600
                \thelp
                \t  Enables Rust support. It depends on nothing said here:
                \t  depends on HELP_TEXT
                config RUSTC_VERSION
                \tdepends on NOR_THIS
                """;
        assertThat(ReleaseCounter.rustConfigDepends(kconfig.getBytes())).containsExactly("HAVE_RUST",
                "RUST_IS_AVAILABLE", "!DEBUG_INFO_BTF || (PAHOLE_HAS_LANG_EXCLUDE && !LTO)",
                "!KASAN_SW_TAGS || RUSTC_VERSION >= 109600");
        assertThat(ReleaseCounter.rustConfigDepends("config RUST\n\tbool \"Rust\"\nendmenu\n\tdepends on X\n"
                .getBytes())).as("an entry without dependencies").isEmpty();
        assertThat(ReleaseCounter.rustConfigDepends("config RUSTY\n\tdepends on X\n".getBytes()))
                .as("no entry of the symbol RUST itself").isNull();
        assertThat(ReleaseCounter.rustConfigDepends(null)).isNull();
    }

    @Test
    void the_published_document_is_generated_from_the_rules_table() {
        RulesDocument doc = CountingRules.document();
        String markdown = doc.toMarkdown();
        assertThat(doc.rulesVersion()).isEqualTo(CountingRules.RULES_VERSION);
        for (CountingRules.CategoryRule rule : CountingRules.defaults().categories()) {
            assertThat(markdown).contains("| " + rule.category().key() + " | `" + rule.paths() + "`");
        }
        for (String crate : CountingRules.DEFAULT_VENDORED_CRATES) {
            assertThat(markdown).contains("`" + crate + "`");
        }
        assertThat(markdown).contains(CountingRules.DRIVER_MODULE.pattern().replace("|", "\\|"))
                .contains(CountingRules.KCONFIG_RUST_DEPENDS.pattern().replace("|", "\\|"))
                .contains("`share.adoption.code`").contains("block comments nest")
                .contains("`docs.rust.pages`").contains("`rust.kernel.no_std`").contains("`kconfig.rust.files`")
                .contains("`kconfig.rust.config.depends`").contains(CountingRules.INIT_KCONFIG)
                .contains(CountingRules.NO_STD.pattern().replace("|", "\\|"));
    }

    @Test
    void release_tags_compare_by_version_numbers() {
        List<String> names = new java.util.ArrayList<>(List.of("v7.0", "v6.19", "v6.2", "v6.2-rc1", "v6.10",
                "foo", "v6.2-rc10", "v6.2-rc9"));
        names.sort(ReleaseTag::compareNames);
        assertThat(names).containsExactly("v6.2-rc1", "v6.2-rc9", "v6.2-rc10", "v6.2", "v6.10", "v6.19", "v7.0",
                "foo");
    }
}
