package dev.oxidometer.scan;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The scanner benchmark that {@code scripts/bench-scan.sh} runs (not a test): on a real kernel repository it times
 * (a) the full scan with an empty cache, (b) the floor: reading each unique .rs/.c/.h blob once on the same threads
 * with the same JGit caches and only counting its '\n' bytes (eight at a time, as the shared floor does), (c)
 * {@code counted}: the same reads counted by the {@link LineCounter} instead (code, comment and blank lines, and
 * nothing else the rules read): what any scan that applies the counting rules to those blobs cannot go below at
 * this heap; and a rescan where nothing changed, then prints the peak heap.
 * Usage: {@code ScanBench REPO [full|warm|floor|counted|rescan]...}
 */
public final class ScanBench {

    private ScanBench() {
    }

    public static void main(String[] args) {
        Path repo = Path.of(args[0]);
        List<String> modes = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("floor", "full", "rescan");
        BlobCache cache = BlobCache.inMemory();
        HeapPeak peak = HeapPeak.start();
        for (String mode : modes) {
            long start = System.nanoTime();
            String what = switch (mode) {
                case "full", "rescan" -> full(repo, mode.equals("full") ? BlobCache.inMemory() : cache, mode);
                case "warm" -> full(repo, cache, mode);
                case "floor" -> floor(repo, false);
                case "counted" -> floor(repo, true);
                default -> throw new IllegalArgumentException("unknown mode " + mode);
            };
            System.out.printf(Locale.ROOT, "%s %.3f s  %s%n", mode, (System.nanoTime() - start) / 1e9, what);
        }
        peak.stop();
        System.out.printf(Locale.ROOT, "peak-heap %.0f MiB (max %.0f MiB)%n", peak.mib(),
                Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    private static String full(Path repo, BlobCache cache, String mode) {
        try (KernelScanner scanner = KernelScanner.open(repo, cache)) {
            ScanReport report = scanner.scanAll(TagSelection.ALL_RELEASES, ScanListener.NONE);
            return report.releases().size() + " releases, " + report.failures().size() + " failed";
        }
    }

    private static String floor(Path repo, boolean counted) {
        KernelScanner.tuneWindowCache(KernelScanner.DEFAULT_THREADS);   // the same JGit caches as the scan it is the floor of
        try (GitKernelSource source = GitKernelSource.openIfRepository(repo, KernelScanner.DEFAULT_THREADS)) {
            Set<BlobKey> unique = new LinkedHashSet<>();
            for (ReleaseTag tag : source.tags()) {
                if (tag.isRc()) {
                    continue;
                }
                for (TreeFile file : source.files(tag)) {
                    if (file.kind() == FileKind.RUST || file.kind() == FileKind.C) {
                        // the floor reads a blob once whatever its name; counted, as the kind of file it is
                        unique.add(new BlobKey(file.blobId(), counted ? file.kind() : FileKind.C));
                    }
                }
            }
            Map<BlobKey, Long> lines = source.readEach(List.copyOf(unique), (key, data) -> counted
                    ? LineCounter.count(data, key.kind() == FileKind.RUST ? Syntax.RUST : Syntax.C).code()
                    : LineCounter.newlines(data, 0, data.length), done -> { });
            long total = lines.values().stream().mapToLong(Long::longValue).sum();
            return unique.size() + " blobs, " + total + (counted ? " code lines" : " newlines");
        }
    }
}
