package dev.oxidometer.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Line by line: each case is written with its expected kind in front of every line ({@code C|} code,
 * {@code M|} comment, {@code B|} blank); the marker is stripped before counting, and each line's kind is read off
 * the counts of the prefixes that end after it.
 */
class LineCounterTest {

    private static final Pattern FIXTURE_HEADER =
            Pattern.compile("(\\d+) lines (\\d+) code (\\d+) comments (\\d+) blanks(?: (\\d+) doc)?");

    /**
     * Every file in {@code counting/} states its own counts in its first line, the header line included; a header
     * that also states {@code N doc} checks the doc-comment lines (a subset of the comments) too.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void each_counting_fixture_has_the_counts_its_header_states(String name) throws Exception {
        byte[] data = Files.readAllBytes(fixtureDir().resolve(name));
        String firstLine = new String(data, StandardCharsets.UTF_8).lines().findFirst().orElse("");
        Matcher header = FIXTURE_HEADER.matcher(firstLine);
        assertTrue(header.find(), name + " has no header like '// 6 lines 3 code 2 comments 1 blanks'");
        Syntax syntax = Syntax.forFileName(name).orElseThrow();
        LineCounts counts = LineCounter.count(data, syntax);
        assertEquals(new LineCounts(Long.parseLong(header.group(1)), Long.parseLong(header.group(2)),
                        Long.parseLong(header.group(3)), Long.parseLong(header.group(4))),
                new LineCounts(counts.lines(), counts.code(), counts.comments(), counts.blanks()));
        if (header.group(5) != null) {
            assertEquals(Long.parseLong(header.group(5)), counts.docComments(), name + ": doc-comment lines");
        }
    }

    static Stream<String> fixtures() throws Exception {
        try (Stream<Path> files = Files.list(fixtureDir())) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.size() >= 10, "fixtures missing: " + names);
            return names.stream();
        }
    }

    private static Path fixtureDir() throws Exception {
        return Path.of(LineCounterTest.class.getResource("/counting").toURI());
    }

    @Nested
    class Rust {

        @Test
        void line_and_doc_comments_are_comments_and_code_before_a_comment_is_code() {
            assertLines(Syntax.RUST, """
                    M|// plain
                    D|/// doc
                    D|//! inner doc
                    C|let x = 1; // trailing comment
                    M|    // indented
                    """);
        }

        @Test
        void doc_block_comments_are_doc_lines_down_to_their_close_and_blank_lines_inside_stay_blank() {
            assertLines(Syntax.RUST, """
                    D|/**
                    D| * Doc.
                    B|
                    D| */
                    M|/* plain /** nested */ still plain */
                    C|fn f() {} /** trailing */
                    """);
        }

        @Test
        void kernel_doc_comments_in_c_are_not_told_apart() {
            assertEquals(0, LineCounter.count("/**\n * kernel-doc\n */\n/// x\n".getBytes(StandardCharsets.UTF_8),
                    Syntax.C).docComments());
        }

        @Test
        void block_comments_nest() {
            assertLines(Syntax.RUST, """
                    M|/* a /* b */ still comment
                    M|   still */
                    C|fn f() {}
                    M|/* /* /* deep */ */
                    B|
                    M|*/
                    C|x /* inline */ y
                    """);
        }

        @Test
        void a_comment_opening_mid_line_makes_that_line_code_and_the_next_comment() {
            assertLines(Syntax.RUST, """
                    C|let a = 1; /* starts here
                    M|   continues
                    C|   ends */ let b = 2;
                    M|/* closed */
                    """);
        }

        @Test
        void comment_markers_inside_strings_are_text() {
            assertLines(Syntax.RUST, """
                    C|let url = "http://example.org";
                    C|let s = "/* not a comment";
                    C|let t = "*/"; let u = 1;
                    M|// real comment
                    C|let e = "escaped \\" // still in string";
                    C|let b = b"// bytes"; let c = c"/* cstr";
                    M|// after
                    """);
        }

        @Test
        void raw_strings_with_hashes_hold_quotes_and_comment_markers() {
            assertLines(Syntax.RUST, """
                    C|let a = r"C:\\path\\"; // the backslash does not escape in a raw string
                    C|let b = r#"a "quoted" /* x */ // y"#;
                    C|let c = r##"one "# is not the end */ // "##;
                    M|// comment
                    C|let d = br##"bytes "# here"##; let e = cr"c\\";
                    M|/* comment */
                    """);
        }

        @Test
        void multi_line_strings_are_code_except_their_blank_lines() {
            assertLines(Syntax.RUST, """
                    C|let s = "first
                    C|  // not a comment
                    B|
                    C|  last";
                    C|let r = r#"
                    B|   \t
                    C|/* still raw */
                    C|"#;
                    M|// after
                    """);
        }

        @Test
        void a_quote_char_is_not_a_string() {
            assertLines(Syntax.RUST, """
                    C|let q = '"';
                    M|// a comment, not string text
                    C|let a = '\\''; let b = '\\\\'; let u = '\\u{1F600}';
                    M|// comment
                    C|let e = 'é'; let f = '😀'; let bq = b'"';
                    M|/* comment */
                    """);
        }

        @Test
        void lifetimes_and_labels_are_not_chars() {
            assertLines(Syntax.RUST, """
                    C|struct S<'a, T> { r: &'a T }
                    M|// comment
                    C|fn f(s: &'static str) -> &'_ str { s }
                    M|// comment
                    C|'outer: loop { break 'outer; }
                    M|/* comment */
                    C|impl<'a> Tr<'a> for S<'a> where T: 'a {} // "
                    M|// comment
                    """);
        }

        @Test
        void raw_identifiers_and_identifiers_ending_in_r_open_no_raw_string() {
            assertLines(Syntax.RUST, """
                    C|let r#type = 1; // comment after a raw identifier
                    M|// comment
                    C|let bar = "s"; let br = 2; let cr = 3;
                    M|// comment
                    C|m!(r #"x");
                    M|// comment
                    """);
        }

        @Test
        void blank_lines_inside_block_comments_are_blank() {
            assertLines(Syntax.RUST, """
                    M|/*
                    B|
                    B|\t
                    M|*/
                    """);
        }
    }

    @Nested
    class C {

        @Test
        void block_comments_do_not_nest() {
            assertLines(Syntax.C, """
                    M|/* a /* b */
                    C|int x; /* the first close ended the comment */
                    M|/*
                    B|
                    M| * text
                    M| */
                    """);
        }

        @Test
        void escapes_are_respected_in_strings_and_chars() {
            assertLines(Syntax.C, """
                    C|char q = '"';
                    M|// comment
                    C|char a = '\\''; char b = '\\\\';
                    M|/* comment */
                    C|const char *s = "a \\" /* not a comment";
                    M|// comment
                    C|const char *u = "http://x"; // real comment
                    """);
        }

        @Test
        void an_apostrophe_in_prose_does_not_swallow_the_following_lines() {
            assertLines(Syntax.C, """
                    C|#warning this doesn't work
                    M|/* comment */
                    C|#error "unterminated
                    M|// comment
                    """);
        }

        @Test
        void a_line_comment_ending_in_a_backslash_continues_on_the_next_line() {
            assertLines(Syntax.C, """
                    M|// continued \\
                    M|   still the comment
                    C|int x;
                    M|// not continued \\ here
                    C|int y;
                    """);
        }

        @Test
        void a_string_continues_only_through_an_escaped_line_end() {
            assertLines(Syntax.C, """
                    C|const char *s = "one \\
                    C|   // inside the string \\
                    C|two"; // a real comment
                    M|// comment
                    """);
        }
    }

    @Nested
    class LineEnds {

        @Test
        void empty_input_has_no_lines() {
            assertEquals(LineCounts.ZERO, LineCounter.count(new byte[0], Syntax.RUST));
        }

        @Test
        void a_final_line_without_newline_counts() {
            assertEquals(new LineCounts(2, 1, 1, 0), count("fn f() {}\n// end", Syntax.RUST));
            assertEquals(new LineCounts(1, 0, 0, 1), count("   ", Syntax.C));
        }

        @Test
        void only_blank_lines_are_blanks() {
            assertEquals(new LineCounts(3, 0, 0, 3), count("\n \t\n\r\n", Syntax.RUST));
        }

        @Test
        void crlf_files_count_like_lf_files() {
            String lf = "fn f() {\n    // c\n\n    /* x\n\n    y */\n    let s = \"a\n\nb\";\n}\n";
            LineCounts expected = new LineCounts(10, 4, 3, 3);
            assertEquals(expected, count(lf, Syntax.RUST));
            assertEquals(expected, count(lf.replace("\n", "\r\n"), Syntax.RUST));
            assertEquals(expected, count(lf.replace("\n", "\r\n"), Syntax.C));
        }

        @Test
        void a_lone_carriage_return_is_whitespace_not_a_line_end() {
            assertEquals(new LineCounts(1, 1, 0, 0), count("a;\rb;\r", Syntax.C));
        }

        @Test
        void counts_only_the_given_slice_of_the_array() {
            byte[] data = "x\"\n// c\n\nint y;\n".getBytes(StandardCharsets.UTF_8);
            // From offset 3 the quote of line one is outside the slice, so "// c" is a comment.
            assertEquals(new LineCounts(3, 1, 1, 1), LineCounter.count(data, 3, data.length - 3, Syntax.C));
            assertThrows(IndexOutOfBoundsException.class, () -> LineCounter.count(data, 4, data.length, Syntax.C));
        }
    }

    @Nested
    class BadInput {

        @Test
        void binary_bytes_and_nul_are_counted_without_failing() {
            byte[] data = new byte[4096];
            new Random(42).nextBytes(data);
            for (Syntax syntax : List.of(Syntax.RUST, Syntax.C)) {
                LineCounts counts = LineCounter.count(data, syntax);
                assertEquals(newlines(data) + (data[data.length - 1] == '\n' ? 0 : 1), counts.lines());
                assertEquals(counts.lines(), counts.code() + counts.comments() + counts.blanks());
            }
            assertEquals(new LineCounts(2, 2, 0, 0), LineCounter.count(new byte[] {0, '\n', 0}, Syntax.RUST));
        }

        @Test
        void every_truncation_of_a_tricky_file_is_counted_without_failing() {
            byte[] data = ("r#\"x\"# br##\"y\"## 'a '\\u{1}' '\\' '\"' \"\\\n/* /* */ */ // \\\r\n'é"
                    + "\u00e9\"").getBytes(StandardCharsets.UTF_8);
            for (int end = 0; end <= data.length; end++) {
                for (Syntax syntax : List.of(Syntax.RUST, Syntax.C)) {
                    LineCounts counts = LineCounter.count(data, 0, end, syntax);
                    assertEquals(counts.lines(), counts.code() + counts.comments() + counts.blanks());
                }
            }
        }

        @Test
        void invalid_utf8_is_just_code() {
            byte[] data = {(byte) 0xC3, '\n', '\'', (byte) 0xF0, '\'', '\n', (byte) 0xFF, (byte) 0xFE, '/', '/',
                    '\n', '/', '/', (byte) 0x80, '\n'};
            assertEquals(new LineCounts(4, 3, 1, 0), LineCounter.count(data, Syntax.RUST));
        }

        @Test
        void a_fifty_megabyte_input_is_counted() {
            byte[] unit = """
                    /* header
                     * text */
                    fn f<'a>(s: &'a str) -> char { '"' } // trailing

                    let r = r#"raw "# // "#;
                    """.getBytes(StandardCharsets.UTF_8);
            int copies = 50 * 1024 * 1024 / unit.length + 1;
            ByteArrayOutputStream out = new ByteArrayOutputStream(copies * unit.length);
            for (int k = 0; k < copies; k++) {
                out.writeBytes(unit);
            }
            byte[] data = out.toByteArray();
            assertEquals(new LineCounts(5L * copies, 2L * copies, 2L * copies, copies),
                    LineCounter.count(data, Syntax.RUST));
        }
    }

    /**
     * Checks the kind of every line, from the {@code C|}, {@code M|}, {@code D|} (a doc-comment line, which is a
     * comment) and {@code B|} markers in front of them.
     */
    static void assertLines(Syntax syntax, String annotated) {
        List<String> expected = new ArrayList<>();
        StringBuilder source = new StringBuilder();
        for (String line : annotated.split("\n", -1)) {
            if (line.isEmpty()) {
                continue; // the text block's final line end
            }
            expected.add(switch (line.substring(0, 2)) {
                case "C|" -> "code";
                case "M|" -> "comment";
                case "D|" -> "doc";
                case "B|" -> "blank";
                default -> throw new IllegalArgumentException("no C|, M| or B| in front of: " + line);
            });
            source.append(line.substring(2)).append('\n');
        }
        String text = source.toString();
        assertEquals(expected, lineKinds(text, syntax), () -> syntax.name() + " source:\n" + text);
        long docs = expected.stream().filter("doc"::equals).count();
        assertEquals(new LineCounts(expected.size(),
                        expected.stream().filter("code"::equals).count(),
                        expected.stream().filter("comment"::equals).count() + docs,
                        expected.stream().filter("blank"::equals).count(), docs),
                count(text, syntax));
    }

    /** Every line's kind, read off the counts of the prefixes that end after each line. */
    private static List<String> lineKinds(String text, Syntax syntax) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        List<String> kinds = new ArrayList<>();
        LineCounts before = LineCounts.ZERO;
        for (int end = 0; end < data.length; end++) {
            if (data[end] != '\n') {
                continue;
            }
            LineCounts now = LineCounter.count(data, 0, end + 1, syntax);
            kinds.add(now.code() > before.code() ? "code"
                    : now.docComments() > before.docComments() ? "doc"
                    : now.comments() > before.comments() ? "comment" : "blank");
            before = now;
        }
        return kinds;
    }

    private static LineCounts count(String text, Syntax syntax) {
        return LineCounter.count(text.getBytes(StandardCharsets.UTF_8), syntax);
    }

    private static long newlines(byte[] data) {
        long n = 0;
        for (byte b : data) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }
}
