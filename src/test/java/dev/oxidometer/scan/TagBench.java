package dev.oxidometer.scan;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Times tag discovery and version ordering ({@code scripts/bench-tags.sh}, not a test): opening the repository, every
 * release tag peeled to its commit and dated, sorted by version, and the names of all of them; cold, then warm.
 * Usage: {@code TagBench REPO}.
 */
public final class TagBench {

    private TagBench() {
    }

    public static void main(String[] args) {
        Path repo = Path.of(args[0]);
        double best = Double.MAX_VALUE;
        for (int round = 0; round <= 5; round++) {
            long start = System.nanoTime();
            List<ReleaseTag> tags;
            List<String> names;
            long opened;
            try (KernelScanner scanner = KernelScanner.open(repo, BlobCache.inMemory())) {
                opened = System.nanoTime();
                tags = scanner.releaseTags(new TagSelection(true, null, List.of()));
                names = scanner.allTagNames();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (round == 0) {
                System.out.printf(Locale.ROOT, "cold: %.3f s (opening %.3f s) for %d release tags (%d names), %s .. %s%n",
                        seconds, (opened - start) / 1e9, tags.size(), names.size(), tags.getFirst().name(),
                        tags.getLast().name());
            } else {
                best = Math.min(best, seconds);
            }
            for (int i = 1; i < tags.size(); i++) {
                if (tags.get(i - 1).compareTo(tags.get(i)) >= 0 || tags.get(i).date() == null) {
                    throw new IllegalStateException("not in version order or undated: " + tags.get(i));
                }
            }
        }
        System.out.printf(Locale.ROOT, "warm: %.3f s (best of 5)  target < 1 s%n", best);
    }
}
