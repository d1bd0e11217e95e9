package dev.oxidometer.scan;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Prints {@code path<TAB>lines<TAB>code<TAB>comments<TAB>blanks} per file, so that our counts can be compared file
 * by file with tokei and cloc ({@code scripts/compare-counters.sh}). Arguments are files, or directories whose
 * {@code .rs}, {@code .c} and {@code .h} files are counted; the syntax follows the extension.
 */
public final class CountFiles {

    private CountFiles() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: CountFiles FILE-OR-DIR...  (prints path, lines, code, comments, blanks)");
            System.exit(2);
        }
        boolean failed = false;
        for (String arg : args) {
            failed |= !countAll(Path.of(arg), System.out, System.err);
        }
        System.out.flush();
        System.exit(failed ? 1 : 0);
    }

    /** Counts a file or every countable file under a directory; false if any could not be read. */
    static boolean countAll(Path path, PrintStream out, PrintStream err) {
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(p -> Syntax.forFileName(p.getFileName().toString()).isPresent())
                        .sorted().toList();
            } catch (IOException | RuntimeException e) {
                err.println(path + ": cannot list the directory: " + e.getMessage());
                return false;
            }
            boolean ok = true;
            for (Path file : files) {
                ok &= countOne(file, out, err);
            }
            return ok;
        }
        return countOne(path, out, err);
    }

    private static boolean countOne(Path file, PrintStream out, PrintStream err) {
        Optional<Syntax> syntax = Syntax.forFileName(file.getFileName().toString());
        if (syntax.isEmpty()) {
            err.println(file + ": not counted, only .rs, .c and .h files have a syntax");
            return false;
        }
        try {
            LineCounts c = LineCounter.count(Files.readAllBytes(file), syntax.get());
            out.println(file + "\t" + c.lines() + "\t" + c.code() + "\t" + c.comments() + "\t" + c.blanks());
            return true;
        } catch (NoSuchFileException e) {
            err.println(file + ": cannot read: no such file");
            return false;
        } catch (IOException e) {
            err.println(file + ": cannot read: " + e.getMessage());
            return false;
        }
    }
}
