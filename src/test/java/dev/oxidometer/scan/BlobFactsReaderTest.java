package dev.oxidometer.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link BlobFactsReader} searches bytes and decodes only the lines it needs; {@link BlobFactsReaderReference} decodes
 * every line and every document. They must read the same facts from any bytes: text made of what the rules look for
 * and its near misses, invalid UTF-8 beside the words, and the kernel corpus when {@code KERNEL_CORPUS} is set.
 */
class BlobFactsReaderTest {

    private static final String[] PIECES = {"\n", "\r\n", "\r", " ", "\t", "rust", "Rust", "RUST", "rUsT", "trust",
        "rustc", "_rust", "rust_", "rust1", "2rust", "(rust)", "Rust-for-Linux", "\u2019", "é", "\u00a0", "\u0663",
        "unsafe {", "unsafe  {", "// SAFETY:", "// SAFETY", "module! {", "module_pci_driver! {", "kernel::module! {",
        "  module_platform_driver!{", "x module! {", "modul", "    name: \"rnull_mod\",", "name: b\"b\",",
        "name: c_str!(\"c\"),", "name:", "config RUST", "config RUST_FW", "menuconfig RUST_X ", "config RUSTY",
        "depends on RUST", "depends on !RUST && X", "depends on TRUSTED_KEYS", "select RUST", "x", "12", "#"};

    private static final byte[][] INVALID = {{(byte) 0xff}, {(byte) 0xc3}, {(byte) 0x80}, {(byte) 0xe2, (byte) 0x80},
        {(byte) 0xf0, (byte) 0x9f, (byte) 0x98}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {0}};

    @Test
    void random_text_of_what_the_rules_look_for_reads_the_same_facts_both_ways() {
        Random random = new Random(1201);
        for (int n = 0; n < 20_000; n++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int pieces = random.nextInt(50);
            for (int k = 0; k < pieces; k++) {
                if (random.nextInt(12) == 0) {
                    out.writeBytes(INVALID[random.nextInt(INVALID.length)]);
                } else {
                    out.writeBytes(PIECES[random.nextInt(PIECES.length)].getBytes(StandardCharsets.UTF_8));
                }
            }
            assertSameFacts(out.toByteArray(), "random text " + n);
        }
    }

    @Test
    void a_module_name_is_looked_for_in_the_forty_lines_below_the_first_macro_only() {
        String below = "module! {\n" + "\n".repeat(39) + "    name: \"forty\",\n";
        String tooFar = "module! {\n" + "\n".repeat(40) + "    name: \"forty-one\",\n";
        assertThat(facts(below).moduleName()).isEqualTo("forty");
        assertThat(facts(tooFar).moduleName()).isEmpty();
        assertThat(facts("// module! {\nx module! {\n").moduleName()).isNull();
        assertThat(facts("unsafe { a } unsafe {\n// SAFETY: x // SAFETY: y\nunsafe {").unsafeBlocks()).isEqualTo(2);
        assertSameFacts(below.getBytes(StandardCharsets.UTF_8), "below");
        assertSameFacts(tooFar.getBytes(StandardCharsets.UTF_8), "too far");
    }

    @Test
    void rust_is_a_whole_word_beside_ascii_and_beside_other_characters() {
        assertThat(mentions("Rust-for-Linux")).isTrue();
        assertThat(mentions("trust rustc _rust rust_ rust9")).isFalse();
        assertThat(mentions("Rust\u2019s")).isTrue();
        assertThat(mentions("\u00e9rust")).isFalse();
        assertThat(mentions("rust\u0663")).isFalse();   // an Arabic-Indic digit is a number
    }

    @Test
    void the_kernel_corpus_reads_the_same_facts_both_ways() throws IOException {
        int[] checked = {0};
        CorpusNewestTree.forEachFile((path, bytes) -> {
            FileKind kind = CountingRules.kindOf(path);
            if (kind != null && kind != FileKind.C) {
                byte[] data = bytes.read();
                assertThat(BlobFactsReader.read(data, data.length, kind)).as(path)
                        .isEqualTo(BlobFactsReaderReference.read(data, data.length, kind));
                checked[0]++;
            }
        });
        assertThat(checked[0]).isGreaterThan(1000);
    }

    private static void assertSameFacts(byte[] data, String what) {
        for (FileKind kind : List.of(FileKind.RUST, FileKind.KCONFIG, FileKind.DOC)) {
            assertThat(BlobFactsReader.read(data, data.length, kind)).as("%s as %s", what, kind)
                    .isEqualTo(BlobFactsReaderReference.read(data, data.length, kind));
        }
    }

    private static BlobFacts facts(String rust) {
        byte[] data = rust.getBytes(StandardCharsets.UTF_8);
        return BlobFactsReader.read(data, data.length, FileKind.RUST);
    }

    private static boolean mentions(String text) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        boolean reference = BlobFactsReaderReference.read(data, data.length, FileKind.DOC).mentionsRust();
        assertThat(BlobFactsReader.mentionsRust(data, data.length)).as(text).isEqualTo(reference);
        return reference;
    }
}
