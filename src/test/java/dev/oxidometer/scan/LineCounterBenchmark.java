package dev.oxidometer.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Throughput of {@link LineCounter} on one core, next to the floor of merely counting '\n' bytes in the same
 * in-memory files and to the counter's byte-by-byte path ({@link LineCounter#countPlain}). Not a test (timings on
 * a shared machine prove nothing in CI); run it by hand:
 * {@code java -cp target/classes:target/test-classes dev.oxidometer.scan.LineCounterBenchmark DIR [.c,.h] [MB]}.
 */
public final class LineCounterBenchmark {

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: LineCounterBenchmark DIR [extensions, default .c,.h] [MB to load, default 1024]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        List<String> extensions = List.of((args.length > 1 ? args[1] : ".c,.h").split(","));
        long limit = (args.length > 2 ? Long.parseLong(args[2]) : 1024) * 1024 * 1024;
        List<byte[]> files = load(dir, extensions, limit);
        long bytes = files.stream().mapToLong(f -> f.length).sum();
        Syntax syntax = Syntax.forFileName("x" + extensions.getFirst()).orElseThrow();
        System.out.printf("%d files, %.1f MB, syntax %s%n", files.size(), bytes / 1e6, syntax.name());

        for (int round = 1; round <= 5; round++) {
            long t0 = System.nanoTime();
            long newlines = 0;
            for (byte[] f : files) {
                newlines += countNewlines(f);
            }
            long t1 = System.nanoTime();
            LineCounts total = LineCounts.ZERO;
            for (byte[] f : files) {
                total = total.plus(LineCounter.count(f, syntax));
            }
            long t2 = System.nanoTime();
            LineCounts plain = LineCounts.ZERO;
            for (byte[] f : files) {
                plain = plain.plus(LineCounter.countPlain(f, syntax));
            }
            long t3 = System.nanoTime();
            System.out.printf("round %d: newlines only %.0f MB/s (%d)   LineCounter %.0f MB/s %s   byte by byte %.0f MB/s%s%n",
                    round, bytes / 1e6 / ((t1 - t0) / 1e9), newlines, bytes / 1e6 / ((t2 - t1) / 1e9), total,
                    bytes / 1e6 / ((t3 - t2) / 1e9), plain.equals(total) ? "" : " DIFFERENT: " + plain);
        }
    }

    private static long countNewlines(byte[] data) {
        long n = 0;
        for (byte b : data) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    private static List<byte[]> load(Path dir, List<String> extensions, long limit) throws IOException {
        List<byte[]> files = new ArrayList<>();
        long loaded = 0;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)
                    .filter(p -> extensions.stream().anyMatch(e -> p.getFileName().toString().endsWith(e)))
                    .sorted()::iterator) {
                if (loaded >= limit) {
                    break;
                }
                try {
                    byte[] data = Files.readAllBytes(p);
                    files.add(data);
                    loaded += data.length;
                } catch (UncheckedIOException | IOException e) {
                    System.err.println("skipped " + p + ": " + e.getMessage());
                }
            }
        }
        return files;
    }
}
