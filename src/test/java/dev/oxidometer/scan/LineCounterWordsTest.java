package dev.oxidometer.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@link LineCounter#count} skips ordinary bytes eight at a time (for C in a loop of its own, for other syntaxes in
 * the table-driven machine, {@link LineCounter#countGeneric}); {@link LineCounter#countPlain} reads every byte.
 * They must agree on every input, doc-comment lines included: on text made of the bytes that matter (markers, quotes,
 * escapes, line ends, whitespace, raw-string letters, UTF-8 and NUL) at every offset from a word boundary, on the
 * counting fixtures, and on the kernel corpus's C and Rust when {@code KERNEL_CORPUS} is set.
 */
class LineCounterWordsTest {

    private static final String[] PIECES = {"\n", "\r\n", " ", "\t", "\f", "/", "*", "//", "/*", "*/", "///", "//!",
        "/**", "/*!", "\"", "'", "\\", "\\\n", "r", "b", "c", "r#\"", "\"#", "br\"", "#", "!", "'a", "'x'", "x", "foo",
        "unsafe {", "        ", "é", "\u0000", "\u2019", "0", "_", "{", "}"};

    @Test
    void random_text_of_the_bytes_that_matter_counts_the_same_both_ways() {
        Random random = new Random(20261201);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(60);
            for (int k = 0; k < pieces; k++) {
                // long plain runs too, so that whole words are skipped inside code, comments and strings
                text.append(random.nextInt(6) == 0 ? "abcdefghijkl".substring(random.nextInt(12))
                        : PIECES[random.nextInt(PIECES.length)]);
            }
            byte[] data = text.toString().getBytes(StandardCharsets.UTF_8);
            for (Syntax syntax : List.of(Syntax.C, Syntax.RUST)) {
                assertSame(data, syntax, text.toString());
            }
        }
    }

    /** What C's own loop treats apart: indentation runs, splices, CR, form feeds, unclosed things, non-ASCII. */
    private static final String[] C_PIECES = {"\n", "\r\n", "\r", " ", "\t", "\t\t\t\t\t\t\t\t\t", "        ",
        "\f", "\u000B", "/", "*", "//", "/*", "*/", "/*/", "/**/", "\"", "'", "\\", "\\\n", "\\\r\n", "\\\r", "'\\''",
        "\"\\\"\"", "#", "&", "x", "foo(bar);", " * ", "\u0000", "\u0001", "é", "\u00ff", "\u2019"};

    @Test
    void random_c_text_counts_as_the_byte_by_byte_machine_counts_it() {
        Random random = new Random(20261202);
        for (int n = 0; n < 30_000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(80);
            for (int k = 0; k < pieces; k++) {
                text.append(random.nextInt(5) == 0 ? "abcdefghijklmnopq".substring(random.nextInt(17))
                        : C_PIECES[random.nextInt(C_PIECES.length)]);
            }
            byte[] data = text.toString().getBytes(random.nextBoolean() ? StandardCharsets.UTF_8
                    : StandardCharsets.ISO_8859_1);
            assertSame(data, Syntax.C, text.toString());
            assertThat(LineCounter.countGeneric(data, Syntax.C)).as(text.toString())
                    .isEqualTo(LineCounter.countPlain(data, Syntax.C));
        }
    }

    @Test
    void c_counts_the_same_at_every_end_and_every_start_of_a_tricky_text() {
        String text = "\t\tint a = '\\''; /* c \" */ x = \"s\\\"//\\\r\n\t\" // tail \\\n   still comment\n"
                + "        \f/*\n\t * text\n\n   */ y; \"unterminated\n'\n/\n*/\n#define X \\\n\t\t1\n\u0000\u00e9/";
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        for (int from = 0; from < data.length; from++) {
            for (int end = from; end <= data.length; end++) {
                byte[] part = java.util.Arrays.copyOfRange(data, from, end);
                assertSame(part, Syntax.C, "bytes " + from + ".." + end);
                assertThat(LineCounter.count(data, from, end - from, Syntax.C)).as("bytes %d..%d in place", from, end)
                        .isEqualTo(LineCounter.countPlain(part, Syntax.C));
            }
        }
    }

    @Test
    void the_counting_fixtures_count_the_same_both_ways_at_every_alignment() throws Exception {
        Path dir = Path.of(LineCounterWordsTest.class.getResource("/counting").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                byte[] data = Files.readAllBytes(file);
                Syntax syntax = Syntax.forFileName(file.getFileName().toString()).orElseThrow();
                for (int shift = 0; shift < 8; shift++) {
                    byte[] shifted = new byte[data.length - Math.min(shift, data.length)];
                    System.arraycopy(data, data.length - shifted.length, shifted, 0, shifted.length);
                    assertSame(shifted, syntax, file.getFileName() + " from byte " + shift);
                }
            }
        }
    }

    @Test
    void the_kernel_corpus_counts_the_same_both_ways() throws IOException {
        int[] checked = {0};
        int[] seen = {0};
        CorpusNewestTree.forEachFile((path, bytes) -> {
            var syntax = Syntax.forFileName(path);
            // every .rs file, every 10th C file: tens of megabytes of real kernel text
            if (syntax.isEmpty() || (syntax.get() == Syntax.C && seen[0]++ % 10 != 0)) {
                return;
            }
            assertSame(bytes.read(), syntax.get(), path);
            checked[0]++;
        });
        assertThat(checked[0]).isGreaterThan(1000);
    }

    private static void assertSame(byte[] data, Syntax syntax, String what) {
        assertThat(LineCounter.count(data, syntax)).as("%s (%s)", what, syntax.name())
                .isEqualTo(LineCounter.countPlain(data, syntax));
    }
}
