package dev.oxidometer.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts a fixed set of files a given number of times, for instruction counts that do not move with the machine's
 * load: run it under {@code valgrind --tool=callgrind} (or any instruction counter) once with {@code PASSES} = 1 and
 * once with 3; half the difference is the instructions of one pass, without start-up and compilation. Not a test;
 * {@code scripts/count-instructions.sh} drives it.
 * {@code java -Xbatch -cp ... dev.oxidometer.scan.LineCounterPasses LIST-FILE WARM-PASSES PASSES} where LIST-FILE
 * names one file a line (relative to the current directory); the warm-up passes count them all, so that the compiled code has seen every branch.
 */
public final class LineCounterPasses {

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: LineCounterPasses LIST-FILE WARM-PASSES PASSES");
            System.exit(2);
        }
        List<byte[]> files = new ArrayList<>();
        for (String name : Files.readAllLines(Path.of(args[0]))) {
            if (!name.isBlank()) {
                files.add(Files.readAllBytes(Path.of(name)));
            }
        }
        int warm = Integer.parseInt(args[1]);
        int passes = Integer.parseInt(args[2]);
        long bytes = files.stream().mapToLong(f -> f.length).sum();
        LineCounts total = LineCounts.ZERO;
        for (int p = 0; p < warm; p++) {
            for (byte[] f : files) {
                total = total.plus(count(f));
            }
        }
        for (int p = 0; p < passes; p++) {
            total = LineCounts.ZERO;
            for (byte[] f : files) {
                total = total.plus(count(f));
            }
        }
        System.out.printf("%d files, %d bytes: %s%n", files.size(), bytes, total);
    }

    private static LineCounts count(byte[] f) {
        return LineCounter.count(f, Syntax.C);
    }
}
