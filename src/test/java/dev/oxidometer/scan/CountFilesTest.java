package dev.oxidometer.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountFilesTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void a_directory_prints_one_tab_separated_line_per_rust_and_c_file_by_the_syntax_of_its_extension()
            throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        // The same text counts differently by syntax: nested comments in Rust, not in C.
        String text = "/* a /* b */ c */\nx\n";
        Files.writeString(dir.resolve("a.rs"), text);
        Files.writeString(dir.resolve("sub/b.c"), text);
        Files.writeString(dir.resolve("sub/b.h"), "\n");
        Files.writeString(dir.resolve("notes.txt"), "not counted\n");

        assertTrue(CountFiles.countAll(dir, print(out), print(err)));

        assertEquals(dir.resolve("a.rs") + "\t2\t1\t1\t0\n"
                + dir.resolve("sub/b.c") + "\t2\t2\t0\t0\n"
                + dir.resolve("sub/b.h") + "\t1\t0\t0\t1\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void a_missing_file_or_an_unknown_extension_is_reported_and_fails_without_a_stack_trace() {
        assertFalse(CountFiles.countAll(dir.resolve("missing.rs"), print(out), print(err)));
        assertFalse(CountFiles.countAll(dir.resolve("README"), print(out), print(err)));

        String messages = err.toString(StandardCharsets.UTF_8);
        assertTrue(messages.contains("missing.rs: cannot read"), messages);
        assertTrue(messages.contains("README: not counted, only .rs, .c and .h files have a syntax"), messages);
        assertFalse(messages.contains("Exception"), messages);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    private static PrintStream print(ByteArrayOutputStream target) {
        return new PrintStream(target, true, StandardCharsets.UTF_8);
    }
}
