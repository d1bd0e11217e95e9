package dev.oxidometer.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The real kernel corpus ({@code shared/scripts/build-kernel-corpus.sh}): runs when {@code KERNEL_CORPUS} points at
 * its {@code linux.git-work}, and is reported as skipped otherwise.
 * <p>
 * The expected numbers were not taken from this scanner: files, lines, unsafe and SAFETY lines come from C git
 * ({@code git ls-tree -r} regular files, {@code git cat-file --batch}, counting newlines plus an unterminated last
 * line), and the pattern metrics from {@code git grep} with the published patterns, e.g.
 * {@code git grep -lE '^\s*(kernel::)?module(_[a-z0-9_]+)?!\s*\{' v7.3 -- 'drivers/*.rs' | wc -l}; MAINTAINERS sections
 * from a separate Python reading of the file.
 */
@EnabledIfEnvironmentVariable(named = "KERNEL_CORPUS", matches = ".+",
        disabledReason = "KERNEL_CORPUS is not set to the kernel corpus's linux.git-work")
class CorpusScanTest {

    private static ScanReport report;

    @BeforeAll
    static void scanTheCorpus() {
        String corpus = System.getenv("KERNEL_CORPUS");
        assertThat(Path.of(corpus)).as("KERNEL_CORPUS points at the corpus's linux.git-work").isDirectory();
        try (KernelScanner scanner = KernelScanner.open(Path.of(corpus), BlobCache.inMemory())) {
            report = scanner.scanAll(TagSelection.ALL_RELEASES, ScanListener.NONE);
        }
    }

    private static Map<String, Object> metrics(String tag) {
        return report.releases().stream().filter(r -> r.tag().equals(tag)).findFirst().orElseThrow().metrics();
    }

    @Test
    void all_five_releases_are_scanned_in_version_order() {
        assertThat(report.failures()).isEmpty();
        assertThat(report.releases()).extracting(ReleaseScan::tag)
                .containsExactly("v5.10", "v6.1", "v6.12", "v7.2", "v7.3");
    }

    @Test
    void files_and_lines_match_c_git() {
        record Truth(String tag, long rustFiles, long rustLines, long cFiles, long cLines, long docsFiles,
                     long docsLines, long unsafeBlocks, long safetyComments) {
        }
        for (Truth t : List.of(
                new Truth("v5.10", 0, 0, 50865, 26675677, 0, 0, 0, 0),
                new Truth("v6.1", 29, 10453, 55405, 31584373, 5, 568, 221, 61),
                new Truth("v6.12", 79, 20576, 59932, 34856253, 6, 1092, 541, 621),
                new Truth("v7.2", 473, 182845, 63787, 37194104, 6, 1311, 2369, 2896),
                new Truth("v7.3", 496, 191758, 64523, 37691774, 6, 1311, 2507, 3056))) {
            assertThat(metrics(t.tag())).as(t.tag())
                    .containsEntry("rust.files", t.rustFiles()).containsEntry("rust.lines", t.rustLines())
                    .containsEntry("c.files", t.cFiles()).containsEntry("c.lines", t.cLines())
                    .containsEntry("docs.rust.files", t.docsFiles()).containsEntry("docs.rust.lines", t.docsLines())
                    .containsEntry("unsafe.blocks", t.unsafeBlocks())
                    .containsEntry("safety.comments", t.safetyComments());
        }
    }

    @Test
    void pattern_metrics_match_git_grep() {
        record Truth(String tag, long modules, long abstractions, long symbols, long depends, long mentions,
                     long maintainers) {
        }
        for (Truth t : List.of(
                new Truth("v6.1", 0, 5, 4, 6, 13, 1),
                new Truth("v6.12", 3, 25, 8, 16, 25, 9),
                new Truth("v7.2", 9, 79, 21, 30, 35, 60),
                new Truth("v7.3", 9, 83, 23, 32, 35, 64))) {
            assertThat(metrics(t.tag())).as(t.tag())
                    .containsEntry("drivers.modules", t.modules())
                    .containsEntry("abstractions.modules", t.abstractions())
                    .containsEntry("kconfig.rust.symbols", t.symbols())
                    .containsEntry("kconfig.rust.depends", t.depends())
                    .containsEntry("docs.mentions", t.mentions())
                    .containsEntry("maintainers.rust", t.maintainers());
        }
    }

    @Test
    void every_line_is_exactly_one_of_code_comment_blank() {
        for (ReleaseScan release : report.releases()) {
            Map<String, Object> m = release.metrics();
            assertThat((Long) m.get("rust.code") + (Long) m.get("rust.comments") + (Long) m.get("rust.blanks"))
                    .as(release.tag()).isEqualTo(m.get("rust.lines"));
            assertThat((Long) m.get("c.code")).as(release.tag()).isLessThan((Long) m.get("c.lines"));
            release.files().forEach(f -> assertThat(f.counts().lines())
                    .isEqualTo(f.counts().code() + f.counts().comments() + f.counts().blanks()));
        }
    }

    @Test
    void known_drivers_land_where_the_history_says() {
        ReleaseScan v612 = report.releases().get(2);
        assertThat(v612.drivers()).filteredOn(d -> !d.isLibrary()).extracting(Driver::name)
                .containsExactly("qt2025_phy", "rnull_mod", "rust_asix_phy");
        assertThat(v612.drivers()).filteredOn(Driver::isLibrary).extracting(Driver::name)
                .containsExactly("drm_panic_qr");
        ReleaseScan v73 = report.releases().get(4);
        assertThat(v73.drivers()).extracting(Driver::name).contains("rust_binder", "nova-core", "tyr", "rnull_mod");
        assertThat(v73.drivers()).filteredOn(d -> d.name().equals("rnull_mod")).extracting(Driver::path)
                .containsExactly("drivers/block/rnull/rnull.rs");
        assertThat(metrics("v6.1")).containsEntry("rustc.min", "1.62.0");
        assertThat(metrics("v7.3")).containsEntry("rustc.min", "1.85.0");
        assertThat(metrics("v5.10")).containsEntry("maintainers.rust", 0L).containsEntry("rustc.min", null);
    }

    /**
     * The build and documentation facts of rules 3, each written down from C git, not from this scanner:
     * {@code git ls-tree -r --name-only TAG Documentation/rust/ | grep '\.rst$'}, {@code git show
     * TAG:rust/kernel/lib.rs | grep -cE '^\s*#!\[\s*no_std\s*]'}, {@code git grep -lE
     * '^\s*(menu)?config\s+RUST(_[A-Za-z0-9_]*)?\s*$' TAG -- '*Kconfig*'} and the {@code depends on} lines
     * between {@code config RUST} and its {@code help} in {@code git show TAG:init/Kconfig}.
     */
    @Test
    void docs_pages_no_std_and_kconfig_match_c_git() {
        String pages61 = "arch-support coding-guidelines general-information index quick-start";
        String pages = pages61 + " testing";
        String depends73 = "HAVE_RUST; RUST_IS_AVAILABLE; !MODVERSIONS || GENDWARFKSYMS; !GCC_PLUGIN_RANDSTRUCT; "
                + "!RANDSTRUCT; !DEBUG_INFO_BTF || (PAHOLE_HAS_LANG_EXCLUDE && !LTO); "
                + "!CFI || HAVE_CFI_ICALL_NORMALIZE_INTEGERS_RUSTC; !KASAN || CC_IS_CLANG; "
                + "!KASAN_SW_TAGS || RUSTC_VERSION >= 109600";
        assertThat(metrics("v5.10")).containsEntry("docs.rust.pages", "").containsEntry("rust.kernel.no_std", 0L)
                .containsEntry("kconfig.rust.files", "").containsEntry("kconfig.rust.config.depends", null);
        assertThat(metrics("v6.1")).containsEntry("docs.rust.pages", pages61)
                .containsEntry("rust.kernel.no_std", 1L)
                .containsEntry("kconfig.rust.files", "init/Kconfig lib/Kconfig.debug")
                .containsEntry("kconfig.rust.config.depends", "HAVE_RUST; RUST_IS_AVAILABLE; !CFI_CLANG; "
                        + "!MODVERSIONS; !GCC_PLUGINS; !RANDSTRUCT; !SHADOW_CALL_STACK; "
                        + "!DEBUG_INFO_BTF || (PAHOLE_HAS_LANG_EXCLUDE && !LTO)");
        assertThat(metrics("v6.12")).containsEntry("docs.rust.pages", pages)
                .containsEntry("kconfig.rust.files", "drivers/base/firmware_loader/Kconfig drivers/net/phy/Kconfig "
                        + "init/Kconfig lib/Kconfig.debug");
        assertThat(metrics("v7.2")).containsEntry("kconfig.rust.config.depends", depends73);
        assertThat(metrics("v7.3")).containsEntry("docs.rust.pages", pages).containsEntry("rust.kernel.no_std", 1L)
                .containsEntry("kconfig.rust.files", "drivers/base/firmware_loader/Kconfig drivers/fwctl/Kconfig "
                        + "drivers/gpu/drm/Kconfig drivers/net/phy/Kconfig drivers/pwm/Kconfig "
                        + "drivers/tty/serdev/Kconfig init/Kconfig lib/Kconfig.debug rust/kernel/Kconfig.test "
                        + "security/Kconfig.hardening")
                .containsEntry("kconfig.rust.config.depends", depends73);
    }

    /**
     * Each driver is its own module tree: two drivers sharing drivers/net/phy are each their own file (133 and 110
     * lines in v7.3, {@code git show v7.3:PATH | wc -l}), and every driver's lines are the sum of
     * {@code git show TAG:PATH | wc -l} over its files, run here with C git.
     */
    @Test
    void drivers_are_sized_by_their_own_module_tree_as_git_show_and_wc_count_them() throws Exception {
        ReleaseScan v73 = report.releases().get(4);
        Map<String, Driver> byName = new java.util.HashMap<>();
        v73.drivers().forEach(d -> byName.put(d.name(), d));
        assertThat(byName.get("rust_asix_phy").files()).isEqualTo(1);
        assertThat(byName.get("rust_asix_phy").lines()).isEqualTo(133);
        assertThat(byName.get("qt2025_phy").lines()).isEqualTo(110);
        assertThat(byName.get("drm_panic_qr").kind()).isEqualTo(Driver.LIBRARY);
        assertThat(byName.get("drm_panic_qr").lines()).isEqualTo(1016);
        assertThat(metrics("v7.3")).containsEntry("drivers.libraries", 1L);
        for (ReleaseScan release : report.releases()) {
            java.util.Set<String> inTrees = new java.util.TreeSet<>();
            for (Driver d : release.drivers()) {
                long lines = 0;
                for (String path : d.sources()) {
                    lines += wcLines(git("show", release.tag() + ":" + path));
                    inTrees.add(path);
                }
                assertThat(lines).as(release.tag() + " " + d.name()).isEqualTo(d.lines());
                assertThat(d.sources()).hasSize(d.files());
            }
            // every .rs file under drivers/ is in some driver's tree (a module's, or a library of its own)
            List<String> rustUnderDrivers = new String(git("ls-tree", "-r", "--name-only", release.tag(), "drivers/"),
                    java.nio.charset.StandardCharsets.UTF_8).lines().filter(p -> p.endsWith(".rs")).toList();
            assertThat(inTrees).as(release.tag()).containsExactlyInAnyOrderElementsOf(rustUnderDrivers);
        }
    }

    private static byte[] git(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", System.getenv("KERNEL_CORPUS")));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).as(String.join(" ", command)).isZero();
        return out;
    }

    /** As {@code wc -l} counts, plus an unterminated last line (which the rules count). */
    private static long wcLines(byte[] data) {
        long n = 0;
        for (byte b : data) {
            if (b == '\n') {
                n++;
            }
        }
        return data.length > 0 && data[data.length - 1] != '\n' ? n + 1 : n;
    }
}
