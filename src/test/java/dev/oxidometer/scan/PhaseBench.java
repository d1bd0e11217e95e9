package dev.oxidometer.scan;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Where a full scan's time goes ({@code scripts/} benchmarks' companion, not a test): for each of {@code ROUNDS} full
 * scans in one JVM (every release tag, a new empty in-memory cache each), the seconds from the start to the
 * repository being open, to the first progress of the batch's read (the trees walked and the blobs ordered by pack
 * offset), and to each tag being reported. The first round is a fresh JVM's (compiling as it goes), the others a
 * warm one's. Usage: {@code PhaseBench REPO [ROUNDS]} (default 2).
 */
public final class PhaseBench {

    private PhaseBench() {
    }

    public static void main(String[] args) {
        Path repo = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            StringBuilder line = new StringBuilder("round " + round + ":");
            try (KernelScanner scanner = KernelScanner.open(repo, BlobCache.inMemory())) {
                line.append(String.format(Locale.ROOT, " open %.3f", seconds(start)));
                scanner.scanAll(TagSelection.ALL_RELEASES, new ScanListener() {
                    private boolean reading;

                    @Override
                    public void filesDone(ReleaseTag tag, int done, int total) {
                        if (!reading && done > 0) {
                            reading = true;
                            line.append(String.format(Locale.ROOT, ", walked and ordered %.3f", seconds(start)));
                        }
                    }

                    @Override
                    public void tagFinished(ReleaseTag tag, ReleaseScan scan, Duration elapsed, int cacheHits) {
                        line.append(String.format(Locale.ROOT, ", %s %.3f", tag.name(), seconds(start)));
                    }
                });
            }
            System.out.println(line.append(String.format(Locale.ROOT, "; total %.3f s", seconds(start))));
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
