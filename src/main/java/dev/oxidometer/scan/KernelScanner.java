package dev.oxidometer.scan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.jgit.storage.file.WindowCacheConfig;

/**
 * Scans the release tags of a Linux kernel git repository (a work tree or a bare repository), or one extracted
 * kernel tree, under the {@link CountingRules}. Reads objects only: never checks out, never writes to the repository.
 */
public final class KernelScanner implements AutoCloseable {

    /** Threads that read blobs, by default: one per processor of the machine this runs on. */
    public static final int DEFAULT_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private final KernelSource source;
    private final BlobCache cache;
    private final ReleaseCounter counter;
    private final Map<String, Optional<Object>> parsedWholeFiles = new ConcurrentHashMap<>();

    private KernelScanner(KernelSource source, BlobCache cache, CountingRules rules) {
        this.source = source;
        this.cache = cache;
        this.counter = new ReleaseCounter(rules);
    }

    public static KernelScanner open(Path path, BlobCache cache) {
        return open(path, cache, CountingRules.defaults(), DEFAULT_THREADS);
    }

    /**
     * @throws ScanException with a message for the user: the path is missing, is neither a git repository nor a
     *                       kernel tree, is a shallow or partial clone
     */
    public static KernelScanner open(Path path, BlobCache cache, CountingRules rules, int threads) {
        if (!Files.exists(path)) {
            throw new ScanException("no such file or directory: " + path);
        }
        if (!Files.isDirectory(path)) {
            throw new ScanException(path + " is not a directory: give the path of a kernel git repository "
                    + "(a clone with its tags) or of an extracted kernel tree");
        }
        tuneWindowCache(threads);
        KernelSource source = GitKernelSource.openIfRepository(path, threads);
        if (source == null) {
            source = DirectoryKernelSource.openIfKernelTree(path, threads);
        }
        if (source == null) {
            throw new ScanException(path + " is not a git repository, nor a kernel tree with a top-level Makefile "
                    + "(VERSION, PATCHLEVEL)");
        }
        return new KernelScanner(source, cache, rules);
    }

    /**
     * JGit's defaults keep 10 MiB of pack windows and a 10 MiB delta-base cache: far too little to read a kernel pack.
     * The windows are mapped ({@code packedGitMMAP}): they live in the page cache, off the heap, so that a small heap
     * does not shrink them. The delta-base cache is heap, one per reading thread: an eighth of the heap each, at most
     * 256 MiB, keeps the bases of deep delta chains from being inflated again and again, and leaves the heap room for
     * the blobs being read.
     */
    static synchronized void tuneWindowCache(int threads) {
        long heap = Runtime.getRuntime().maxMemory();
        WindowCacheConfig config = new WindowCacheConfig();
        config.setPackedGitMMAP(true);
        config.setPackedGitLimit(1L << 30);
        config.setPackedGitWindowSize(64 * 1024);
        config.setDeltaBaseCacheLimit((int) Math.min(256L << 20, heap / 4 / Math.max(1, threads)));
        config.setStreamFileThreshold((int) Math.min(50L << 20, heap / 8));
        config.install();
    }

    public String repository() {
        return source.describe();
    }

    /**
     * The selected release tags in version order.
     *
     * @throws ScanException when the repository has no release tag (nor, when they are asked for, release candidates),
     *                       or an explicitly named tag is missing
     */
    public List<ReleaseTag> releaseTags(TagSelection selection) {
        List<ReleaseTag> all = source.tags();
        if (all.stream().noneMatch(t -> selection.includeRc() || !t.isRc())) {
            throw new ScanException("no release tags (vX.Y) found in " + source.describe()
                    + ". A clone made with --no-tags, or a mirror of a branch only, has none: "
                    + "fetch them with git fetch --tags");
        }
        if (!selection.tags().isEmpty()) {
            Set<String> wanted = new TreeSet<>(selection.tags());
            List<ReleaseTag> chosen = all.stream().filter(t -> wanted.remove(t.name())).toList();
            if (!wanted.isEmpty()) {
                throw new ScanException("no such release tag in " + source.describe() + ": "
                        + String.join(", ", wanted));
            }
            return chosen;
        }
        Optional<ReleaseTag> since = Optional.ofNullable(selection.since()).map(KernelScanner::parseSince);
        return all.stream()
                .filter(t -> selection.includeRc() || !t.isRc())
                .filter(t -> since.isEmpty() || t.compareTo(since.get()) >= 0)
                .toList();
    }

    /**
     * The names of every release and release-candidate tag the repository holds, scanned or not: with them, a
     * release missing between two scanned ones is known even where the kernel's numbering cannot tell it.
     */
    public List<String> allTagNames() {
        return source.tags().stream().map(ReleaseTag::name).toList();
    }

    private static ReleaseTag parseSince(String since) {
        return ReleaseTag.parse(since, null, null).orElseThrow(() -> new ScanException(
                "--since needs a release tag name such as v6.1 or v6.2-rc1, not '" + since + "'"));
    }

    /**
     * Scans one tag.
     *
     * @throws ScanException when the tag cannot be read (a missing or corrupt object)
     */
    public ReleaseScan scan(ReleaseTag tag, ScanListener listener) {
        Instant start = Instant.now();
        if (tag.commit() == null && !(source instanceof DirectoryKernelSource)) {
            throw new ScanException(tag.name() + ": the tag does not point to a commit");
        }
        List<TreeFile> files = source.files(tag);
        int total = (int) files.stream().filter(f -> f.kind() != null).count();
        listener.filesDone(tag, 0, total);
        KernelSource.Facts facts = source.facts(files, cache, done -> listener.filesDone(tag, done, total));
        Map<String, TreeFile> whole = new HashMap<>();
        Map<String, TreeFile> rust = new HashMap<>();
        for (TreeFile file : files) {
            if (CountingRules.WHOLE_FILES.contains(file.path())) {
                whole.put(file.path(), file);
            }
            if (file.kind() == FileKind.RUST) {
                rust.put(file.path(), file);
            }
        }
        // Module trees of drivers: the mod declarations of the few files they reach, read on demand
        Function<String, List<ModDeclarations.Decl>> modDeclarations = path -> {
            TreeFile file = rust.get(path);
            return file == null ? List.of() : wholeFile(file, ModDeclarations::of, List.of());
        };
        TreeFile crateRoot = whole.get(CountingRules.KERNEL_CRATE_ROOT);
        ReleaseCounter.WholeFiles wholeFiles = new ReleaseCounter.WholeFiles(
                wholeFile(whole.get(CountingRules.MAINTAINERS), ReleaseCounter::rustMaintainerSections, List.of()),
                wholeFile(whole.get(CountingRules.MIN_TOOL_VERSION), ReleaseCounter::minimumRustc, null),
                wholeFile(crateRoot, ReleaseCounter::abstractionModules, List.of()),
                crateRoot != null && wholeFile(crateRoot, "no_std", ReleaseCounter::declaresNoStd, false),
                wholeFile(whole.get(CountingRules.INIT_KCONFIG), ReleaseCounter::rustConfigDepends, null));
        ReleaseScan scan = counter.count(tag, facts.byPath(), wholeFiles, modDeclarations);
        listener.tagFinished(tag, scan, Duration.between(start, Instant.now()), facts.cacheHits());
        return scan;
    }

    /**
     * What the rules read from a file that is read whole (MAINTAINERS, say), parsed once per blob: most releases share
     * the blob of most of these files with the release before.
     */
    private <T> T wholeFile(TreeFile file, Function<byte[], T> parse, T absent) {
        return wholeFile(file, "", parse, absent);
    }

    /** @param reading tells apart two parsers of one file (the kernel crate root gives modules and no_std) */
    @SuppressWarnings("unchecked")   // each key's parser fixes its type
    private <T> T wholeFile(TreeFile file, String reading, Function<byte[], T> parse, T absent) {
        if (file == null) {
            return absent;
        }
        if (file.blobId() == null) {
            return parse.apply(source.content(file));
        }
        return (T) parsedWholeFiles.computeIfAbsent(file.path() + ":" + reading + ":" + file.blobId(),
                key -> Optional.ofNullable(parse.apply(source.content(file)))).orElse(null);
    }

    /** Scans the selected tags in version order; a tag that fails is reported and the others are still scanned. */
    public ScanReport scanAll(TagSelection selection, ScanListener listener) {
        Instant scannedAt = Instant.now();
        List<ReleaseTag> tags = releaseTags(selection);
        List<ReleaseScan> releases = new ArrayList<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (int i = 0; i < tags.size(); i++) {
            ReleaseTag tag = tags.get(i);
            listener.tagStarted(tag, i + 1, tags.size());
            try {
                releases.add(scan(tag, listener));
            } catch (ScanException e) {
                failures.put(tag.name(), e.getMessage());
                listener.tagFailed(tag, e.getMessage());
            }
        }
        return new ScanReport(CountingRules.RULES_VERSION, source.describe(), scannedAt, releases, failures);
    }

    @Override
    public void close() {
        source.close();
    }
}
