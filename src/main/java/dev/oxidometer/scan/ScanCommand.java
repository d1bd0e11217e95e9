package dev.oxidometer.scan;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code oxidometer scan --repo PATH [--since TAG] [--include-rc] [--tags T1,T2] [--json FILE]}: scans without any web
 * server and prints one progress line per tag to stderr. {@code oxidometer rules} prints the counting rules.
 */
public final class ScanCommand {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int SOME_TAGS_FAILED = 2;
    public static final int USAGE = 64;

    static final String USAGE_TEXT = """
            usage: oxidometer scan --repo PATH [--since TAG] [--include-rc] [--tags TAG,TAG...]
                                   [--json FILE] [--threads N] [--vendored CRATE,CRATE...]
                   oxidometer rules        (prints the counting rules as Markdown)
              --repo PATH     a kernel git repository (work tree or bare, a full clone with its tags),
                              or an extracted kernel tree (scanned as one snapshot)
              --since TAG     only release tags from TAG on, e.g. v6.1
              --include-rc    also vX.Y-rcN tags
              --tags LIST     exactly these tags
              --json FILE     write the results as JSON (written whole, or not at all)
              --threads N     blob-reading threads (default: the machine's processors, %d here)
              --vendored LIST the crates under rust/ counted as vendored (default %s)
            exit status: 0 all tags scanned, 1 nothing scanned, 2 some tags failed (the JSON has the others), 64 usage
            """.formatted(KernelScanner.DEFAULT_THREADS, String.join(",", CountingRules.DEFAULT_VENDORED_CRATES));

    private ScanCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs {@code scan} with the given arguments (without the word {@code scan}) and returns the exit status. */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("oxidometer scan: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        }
        if (options.help) {
            out.print(USAGE_TEXT);
            return OK;
        }
        CountingRules rules = new CountingRules(options.vendored);
        try (KernelScanner scanner = KernelScanner.open(options.repo, BlobCache.inMemory(), rules, options.threads)) {
            ScanReport report = scanner.scanAll(options.selection(), new StderrProgress(err));
            if (report.releases().isEmpty()) {
                err.println("oxidometer scan: no tag could be scanned; nothing written");
                return FAILED;
            }
            if (options.json != null) {
                writeAtomically(options.json, ScanJson.write(report));
            }
            if (!report.failures().isEmpty()) {
                err.println("oxidometer scan: " + report.failures().size() + " tag(s) failed: "
                        + String.join(", ", report.failures().keySet()));
                return SOME_TAGS_FAILED;
            }
            return OK;
        } catch (ScanException e) {
            err.println("oxidometer scan: " + e.getMessage());
            return FAILED;
        } catch (IOException e) {
            err.println("oxidometer scan: cannot write " + options.json + ": " + e.getMessage());
            return FAILED;
        }
    }

    /** Through a temporary file beside the target, so that a failed write leaves no half file behind. */
    private static void writeAtomically(Path target, String content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // not Files.createTempFile: its file is owner-only (0600), and the JSON is for other tools and people
        Path temp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Prints the rules document: the same text the dashboard's "How we count" page shows. */
    public static int printRules(PrintStream out) {
        out.print(CountingRules.document().toMarkdown());
        return OK;
    }

    private static final class StderrProgress implements ScanListener {
        private final PrintStream err;
        private int index;
        private int total;

        StderrProgress(PrintStream err) {
            this.err = err;
        }

        @Override
        public void tagStarted(ReleaseTag tag, int index, int total) {
            this.index = index;
            this.total = total;
        }

        @Override
        public void tagFinished(ReleaseTag tag, ReleaseScan scan, Duration elapsed, int cacheHits) {
            err.printf(Locale.ROOT, "%-12s %3d/%-3d %7d rust files %7d c files %7.1f s  cache hits %d%n", tag.name(),
                    index, total, scan.files().size(), ((Number) scan.metrics().get("c.files")).longValue(),
                    elapsed.toMillis() / 1000.0, cacheHits);
        }

        @Override
        public void tagFailed(ReleaseTag tag, String message) {
            err.printf(Locale.ROOT, "%-12s %3d/%-3d FAILED: %s%n", tag.name(), index, total, message);
        }
    }

    private static final class Options {
        Path repo;
        String since;
        boolean includeRc;
        List<String> tags = List.of();
        Path json;
        int threads = KernelScanner.DEFAULT_THREADS;
        List<String> vendored = CountingRules.DEFAULT_VENDORED_CRATES;
        boolean help;

        static Options parse(String[] args) {
            Options o = new Options();
            List<String> rest = new ArrayList<>(Arrays.asList(args));
            while (!rest.isEmpty()) {
                String arg = rest.removeFirst();
                switch (arg) {
                    case "--repo" -> o.repo = Path.of(value(arg, rest));
                    case "--since" -> o.since = value(arg, rest);
                    case "--include-rc" -> o.includeRc = true;
                    case "--tags" -> o.tags = commaList(value(arg, rest));
                    case "--json" -> o.json = Path.of(value(arg, rest));
                    case "--threads" -> o.threads = positive(arg, value(arg, rest));
                    case "--vendored" -> o.vendored = commaList(value(arg, rest));
                    case "-h", "--help" -> o.help = true;
                    default -> throw new IllegalArgumentException("unknown argument: " + arg);
                }
            }
            if (o.repo == null && !o.help) {
                throw new IllegalArgumentException("--repo PATH is required");
            }
            return o;
        }

        TagSelection selection() {
            return new TagSelection(includeRc, since, tags);
        }

        private static String value(String option, List<String> rest) {
            if (rest.isEmpty() || rest.getFirst().startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return rest.removeFirst();
        }

        private static List<String> commaList(String value) {
            return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        private static int positive(String option, String value) {
            try {
                int n = Integer.parseInt(value);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new IllegalArgumentException(option + " needs a positive number, not '" + value + "'");
        }
    }
}
