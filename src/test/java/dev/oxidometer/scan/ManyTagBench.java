package dev.oxidometer.scan;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How the scanner's cost grows with the number of tags ({@code scripts/bench-many-tags.sh}, not a test), on a
 * repository from {@code scripts/make-many-tags.sh}: (1) the first full scan of every release tag with an empty blob
 * cache; (2) with another empty cache, the tags added one by one: for each tag in version order the repository is
 * opened and that tag alone scanned, as a rescan after a new release does; its time against the blobs it had to read
 * gives the fit {@code time = a + b * blobs read}. Prints the peak heap in use of each part and the blob-cache rows
 * (one per blob and kind read, as the application's {@code blob_counts} table holds them).
 * Usage: {@code ManyTagBench REPO}.
 */
public final class ManyTagBench {

    private ManyTagBench() {
    }

    /** An in-memory cache that counts its rows. */
    private static final class CountingCache implements BlobCache {
        private final BlobCache cache = BlobCache.inMemory();
        private final AtomicLong rows = new AtomicLong();

        @Override
        public BlobFacts get(BlobKey key) {
            return cache.get(key);
        }

        @Override
        public void putAll(Map<BlobKey, BlobFacts> facts) {
            Map<BlobKey, BlobFacts> known = cache.getAll(facts.keySet());
            rows.addAndGet(facts.size() - known.size());
            cache.putAll(facts);
        }
    }

    public static void main(String[] args) {
        Path repo = Path.of(args[0]);
        HeapPeak peak = HeapPeak.start();

        CountingCache cache = new CountingCache();
        long start = System.nanoTime();
        int tags;
        try (KernelScanner scanner = KernelScanner.open(repo, cache)) {
            ScanReport report = scanner.scanAll(TagSelection.ALL_RELEASES, ScanListener.NONE);
            if (!report.failures().isEmpty()) {
                throw new IllegalStateException("tags failed: " + report.failures());
            }
            tags = report.releases().size();
        }
        double full = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "full %.3f s  %d tags, %d blob-cache rows, peak-heap %.0f MiB%n", full, tags,
                cache.rows.get(), peak.mib());

        peak.reset();
        System.gc();
        CountingCache incremental = new CountingCache();
        List<String> names;
        try (KernelScanner scanner = KernelScanner.open(repo, incremental)) {
            names = scanner.releaseTags(TagSelection.ALL_RELEASES).stream().map(ReleaseTag::name).toList();
        }
        List<double[]> steps = new ArrayList<>();   // {seconds, blobs read, files looked at, walk+count seconds}
        for (String name : names) {
            long rowsBefore = incremental.rows.get();
            long t0 = System.nanoTime();
            int[] files = new int[1];
            Duration[] inTag = new Duration[1];
            try (KernelScanner scanner = KernelScanner.open(repo, incremental)) {
                scanner.scanAll(new TagSelection(false, null, List.of(name)), new ScanListener() {
                    @Override
                    public void filesDone(ReleaseTag tag, int done, int total) {
                        files[0] = total;
                    }

                    @Override
                    public void tagFinished(ReleaseTag tag, ReleaseScan scan, Duration elapsed, int cacheHits) {
                        inTag[0] = elapsed;
                    }
                });
            }
            steps.add(new double[] {(System.nanoTime() - t0) / 1e9, incremental.rows.get() - rowsBefore, files[0],
                inTag[0].toNanos() / 1e9});
        }
        List<double[]> added = steps.subList(1, steps.size());
        double[] seconds = added.stream().mapToDouble(s -> s[0]).sorted().toArray();
        double sum = Arrays.stream(seconds).sum();
        double blobs = added.stream().mapToDouble(s -> s[1]).average().orElse(0);
        System.out.printf(Locale.ROOT, "first-tag %.3f s  %.0f blobs read%n", steps.getFirst()[0], steps.getFirst()[1]);
        System.out.printf(Locale.ROOT, "per-new-tag mean %.3f s  median %.3f s  min %.3f s  max %.3f s  "
                        + "(opening and tag discovery %.3f s of it); %.0f blobs read a tag on average, %.0f files a tag; "
                        + "total one by one %.3f s%n",
                sum / seconds.length, seconds[seconds.length / 2], seconds[0], seconds[seconds.length - 1],
                added.stream().mapToDouble(s -> s[0] - s[3]).average().orElse(0), blobs,
                added.stream().mapToDouble(s -> s[2]).average().orElse(0), sum + steps.getFirst()[0]);
        // least squares over all tags, the first included: time = a + b * blobs read
        double n = steps.size();
        double mx = steps.stream().mapToDouble(s -> s[1]).sum() / n;
        double my = steps.stream().mapToDouble(s -> s[0]).sum() / n;
        double sxy = steps.stream().mapToDouble(s -> (s[1] - mx) * (s[0] - my)).sum();
        double sxx = steps.stream().mapToDouble(s -> (s[1] - mx) * (s[1] - mx)).sum();
        double b = sxx == 0 ? 0 : sxy / sxx;
        double a = my - b * mx;
        double ssr = steps.stream().mapToDouble(s -> Math.pow(s[0] - (a + b * s[1]), 2)).sum();
        double sst = steps.stream().mapToDouble(s -> Math.pow(s[0] - my, 2)).sum();
        System.out.printf(Locale.ROOT, "fit time = %.1f ms a tag + %.1f us a blob read  (R^2 %.3f over %d tags)%n",
                a * 1000, b * 1e6, sst == 0 ? 1 : 1 - ssr / sst, steps.size());
        System.out.printf(Locale.ROOT, "one-by-one %d blob-cache rows, peak-heap %.0f MiB (max %.0f MiB)%n",
                incremental.rows.get(), peak.mib(), Runtime.getRuntime().maxMemory() / 1048576.0);
        peak.stop();
    }
}
