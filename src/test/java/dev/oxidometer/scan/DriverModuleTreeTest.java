package dev.oxidometer.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A driver is its module tree: the declaring file and every file its {@code mod name;} declarations reach. */
class DriverModuleTreeTest {

    private static final Instant DATE = Instant.parse("2025-01-01T00:00:00Z");
    private static final String MODULE = "module! {\n    type: M,\n    name: \"%s\",\n}\n";

    @TempDir
    Path dir;

    private Map<String, Driver> scan(Function<TestKernel.Tree, TestKernel.Tree> files) throws IOException {
        try (TestKernel kernel = TestKernel.create(dir, true)) {
            kernel.lightweightTag("v6.18", files.apply(kernel.tree()).commit(DATE));
        }
        try (KernelScanner scanner = KernelScanner.open(dir, BlobCache.inMemory())) {
            ReleaseScan scan = scanner.scanAll(TagSelection.ALL_RELEASES, ScanListener.NONE).releases().getFirst();
            return scan.drivers().stream().collect(Collectors.toMap(Driver::name, d -> d));
        }
    }

    private static String module(String name, String... decls) {
        return (decls.length == 0 ? "" : String.join("\n", decls) + "\n") + MODULE.formatted(name);
    }

    @Test
    void in_the_crate_root_a_mod_is_a_file_beside_it_or_a_directory_with_mod_rs() throws IOException {
        Map<String, Driver> drivers = scan(t -> t
                .file("drivers/gpu/nova-core/nova_core.rs", module("nova_core", "mod driver;", "mod gpu;"))
                .file("drivers/gpu/nova-core/driver.rs", "fn probe() {}\n")
                .file("drivers/gpu/nova-core/gpu/mod.rs", "pub(crate) mod hal;\n")
                .file("drivers/gpu/nova-core/gpu/hal.rs", "fn hal() {}\n")
                .file("drivers/gpu/nova-core/unused.rs", "fn dead() {}\n"));
        assertThat(drivers.get("nova_core").sources()).containsExactly("drivers/gpu/nova-core/nova_core.rs",
                "drivers/gpu/nova-core/driver.rs", "drivers/gpu/nova-core/gpu/hal.rs",
                "drivers/gpu/nova-core/gpu/mod.rs");
        assertThat(drivers.get("nova_core").files()).isEqualTo(4);
        assertThat(drivers.get("nova_core").lines()).isEqualTo(6 + 1 + 1 + 1);
        // a file no declaration reaches belongs to no module: it is listed as a library of its own
        assertThat(drivers.get("unused").kind()).isEqualTo(Driver.LIBRARY);
    }

    @Test
    void in_any_other_file_a_mod_lives_in_the_directory_named_after_that_file() throws IOException {
        Map<String, Driver> drivers = scan(t -> t
                .file("drivers/android/binder/rust_binder_main.rs", module("rust_binder", "mod node;"))
                .file("drivers/android/binder/node.rs", "mod wrapper;\nmod deep;\n")
                .file("drivers/android/binder/node/wrapper.rs", "fn w() {}\n")
                .file("drivers/android/binder/node/deep/mod.rs", "fn d() {}\n")
                // beside node.rs, so not node's `mod wrapper;`
                .file("drivers/android/binder/wrapper.rs", "fn not_this_one() {}\n"));
        assertThat(drivers.get("rust_binder").sources()).containsExactly(
                "drivers/android/binder/rust_binder_main.rs", "drivers/android/binder/node.rs",
                "drivers/android/binder/node/deep/mod.rs", "drivers/android/binder/node/wrapper.rs");
        assertThat(drivers.get("wrapper").kind()).isEqualTo(Driver.LIBRARY);
    }

    @Test
    void a_path_attribute_overrides_the_file_and_what_it_loads_is_read_like_a_mod_rs() throws IOException {
        Map<String, Driver> drivers = scan(t -> t
                .file("drivers/block/x/x.rs", module("x_mod", "#[path = \"../shared/common.rs\"]", "mod common;",
                        "#[cfg(CONFIG_X)] #[path = \"hw_v2.rs\"] pub mod hw;"))
                .file("drivers/block/shared/common.rs", "mod helper;\n")
                .file("drivers/block/shared/helper.rs", "fn h() {}\n")
                .file("drivers/block/x/hw_v2.rs", "fn v2() {}\n")
                .file("drivers/block/x/hw.rs", "fn not_loaded() {}\n"));
        assertThat(drivers.get("x_mod").sources()).containsExactly("drivers/block/x/x.rs",
                "drivers/block/shared/common.rs", "drivers/block/shared/helper.rs", "drivers/block/x/hw_v2.rs");
    }

    @Test
    void a_file_pulled_in_with_include_is_part_of_the_tree() throws IOException {
        Map<String, Driver> drivers = scan(t -> t
                .file("drivers/gpu/nova-core/nova_core.rs", module("nova_core", "mod fw;"))
                .file("drivers/gpu/nova-core/fw.rs", "mod r570_144;\n")
                .file("drivers/gpu/nova-core/fw/r570_144.rs", "include!(\"r570_144/bindings.rs\");\n")
                .file("drivers/gpu/nova-core/fw/r570_144/bindings.rs", "pub struct Generated;\n"));
        assertThat(drivers.keySet()).containsExactly("nova_core");
        assertThat(drivers.get("nova_core").files()).isEqualTo(4);
    }

    @Test
    void an_inline_module_nests_a_directory_level() throws IOException {
        Map<String, Driver> drivers = scan(t -> t
                .file("drivers/net/y/y.rs", module("y_mod", "mod regs {", "    // mod commented;",
                        "    const S: &str = \"} mod fake;\";", "    pub mod bits;", "}", "mod after;"))
                .file("drivers/net/y/regs/bits.rs", "fn b() {}\n")
                .file("drivers/net/y/after.rs", "fn a() {}\n")
                .file("drivers/net/y/commented.rs", "fn c() {}\n"));
        assertThat(drivers.get("y_mod").sources()).containsExactly("drivers/net/y/y.rs", "drivers/net/y/after.rs",
                "drivers/net/y/regs/bits.rs");
    }

    @Test
    void two_drivers_in_one_directory_are_each_their_own_file() throws IOException {
        Map<String, Driver> drivers = scan(t -> t
                .file("drivers/net/phy/ax88796b_rust.rs", module("rust_asix_phy"))
                .file("drivers/net/phy/qt2025.rs", module("qt2025_phy") + "fn more() {}\n"));
        assertThat(drivers.get("rust_asix_phy").files()).isEqualTo(1);
        assertThat(drivers.get("rust_asix_phy").lines()).isEqualTo(4);
        assertThat(drivers.get("qt2025_phy").files()).isEqualTo(1);
        assertThat(drivers.get("qt2025_phy").lines()).isEqualTo(5);
        assertThat(drivers.get("qt2025_phy").code()).isEqualTo(5L);
    }

    @Test
    void c_glue_in_a_driver_directory_is_no_part_of_its_rust_sizes() throws IOException {
        Map<String, Driver> drivers = scan(t -> t
                .file("drivers/gpu/drm/nova/nova.rs", module("nova", "mod file;"))
                .file("drivers/gpu/drm/nova/file.rs", "// docs\nfn f() {}\n")
                .file("drivers/gpu/drm/nova/glue.c", "int glue(void) { return 0; }\n")
                .file("drivers/gpu/drm/nova/glue.h", "int glue(void);\n"));
        Driver nova = drivers.get("nova");
        assertThat(nova.sources()).containsExactly("drivers/gpu/drm/nova/nova.rs", "drivers/gpu/drm/nova/file.rs");
        assertThat(nova.lines()).isEqualTo(5 + 2);
        assertThat(nova.code()).isEqualTo(5 + 1);
    }

    @Test
    void rust_under_drivers_in_no_module_tree_is_a_library_with_its_own_tree() throws IOException {
        Map<String, Driver> drivers = scan(t -> t
                .file("drivers/gpu/drm/drm_panic_qr.rs", "//! QR codes\nmod segment;\npub fn encode() {}\n")
                // a library is built as its own crate: its root's `mod segment;` is beside it
                .file("drivers/gpu/drm/segment.rs", "fn s() {}\n")
                .file("drivers/gpu/drm/helper/lib.rs", "fn l() {}\n"));
        assertThat(drivers.keySet()).containsExactlyInAnyOrder("drm_panic_qr", "helper");
        Driver qr = drivers.get("drm_panic_qr");
        assertThat(qr.kind()).isEqualTo(Driver.LIBRARY);
        assertThat(qr.sources()).containsExactly("drivers/gpu/drm/drm_panic_qr.rs",
                "drivers/gpu/drm/segment.rs");
        assertThat(qr.lines()).isEqualTo(4);
    }

    @Test
    void mod_declarations_skip_comments_strings_and_char_literals() {
        List<ModDeclarations.Decl> decls = ModDeclarations.of("""
                /* mod a; { */ // mod b;
                const C: char = '{';
                fn f<'a>(x: &'a str) { let s = r#"mod c; }"#; }
                #[path = "d_impl.rs"]
                pub(crate) mod d;
                mod e { mod f; }
                mod g;
                """);
        assertThat(decls).containsExactly(new ModDeclarations.Decl("d", "d_impl.rs", List.of()),
                new ModDeclarations.Decl("f", null, List.of("e")), new ModDeclarations.Decl("g", null, List.of()));
    }
}
