package dev.oxidometer.scan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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

    /** Tags whose blobs are read together (see {@link #scanAll}). */
    static final int BATCH_TAGS = 8;

    private final KernelSource source;
    private final BlobCache cache;
    private final ReleaseCounter counter;
    private final int threads;
    private final Map<String, Optional<Object>> parsedWholeFiles = new ConcurrentHashMap<>();

    private KernelScanner(KernelSource source, BlobCache cache, CountingRules rules, int threads) {
        this.source = source;
        this.cache = cache;
        this.counter = new ReleaseCounter(rules);
        this.threads = threads;
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
        return new KernelScanner(source, cache, rules, threads);
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
        return count(tag, files(tag, new HashMap<>()), Set.of(), Instant.now(), listener);
    }

    private List<TreeFile> files(ReleaseTag tag, Map<String, TreeFile> seen) {
        if (tag.commit() == null && !(source instanceof DirectoryKernelSource)) {
            throw new ScanException(tag.name() + ": the tag does not point to a commit");
        }
        return source.files(tag, seen);
    }

    /**
     * Counts a tag from its files. {@code readForEarlier} are blobs the batch read before this tag for it and for
     * the tags before it: those the tag holds still count as read by it, not as cache hits, as when each tag reads
     * its own; the tag takes its own out of the set.
     */
    private ReleaseScan count(ReleaseTag tag, List<TreeFile> files, Set<BlobKey> readForEarlier, Instant start,
                              ScanListener listener) {
        int total = (int) files.stream().filter(f -> f.kind() != null).count();
        listener.filesDone(tag, 0, total);
        KernelSource.Facts read = source.facts(files, cache, done -> listener.filesDone(tag, done, total));
        int readBefore = 0;
        if (!readForEarlier.isEmpty()) {
            for (TreeFile file : files) {
                if (file.kind() != null && readForEarlier.remove(new BlobKey(file.blobId(), file.kind()))) {
                    readBefore++;
                }
            }
        }
        KernelSource.Facts facts = new KernelSource.Facts(read.byPath(), read.cacheHits() - readBefore);
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

    /**
     * Scans the selected tags in version order; a tag that fails is reported and the others are still scanned.
     *
     * <p>Tags are taken {@value #BATCH_TAGS} at a time: the trees of a batch are walked first, then the blobs that
     * any of them needs and the cache lacks are read in one pass over the pack, in offset order, and then each tag is
     * counted (and reported finished) in turn. Reading the pack once per batch instead of once per tag keeps the bases
     * of delta chains in the delta-base cache while the deltas on them are read. While a batch is read, the progress
     * ({@link ScanListener#filesDone}) of its first tag counts the blobs of the whole batch.
     */
    public ScanReport scanAll(TagSelection selection, ScanListener listener) {
        Instant scannedAt = Instant.now();
        List<ReleaseTag> tags = releaseTags(selection);
        List<ReleaseScan> releases = new ArrayList<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (int from = 0; from < tags.size(); from += BATCH_TAGS) {
            List<ReleaseTag> batch = tags.subList(from, Math.min(tags.size(), from + BATCH_TAGS));
            Instant start = Instant.now();
            listener.tagStarted(batch.getFirst(), from + 1, tags.size());
            Map<ReleaseTag, Object> trees = walk(batch);   // the files, or the ScanException
            Set<BlobKey> keys = new LinkedHashSet<>();
            for (Object files : trees.values()) {
                if (files instanceof List<?> list) {
                    for (Object item : list) {
                        TreeFile file = (TreeFile) item;
                        if (file.kind() != null) {
                            keys.add(new BlobKey(file.blobId(), file.kind()));
                        }
                    }
                }
            }
            Set<BlobKey> read = new HashSet<>();
            if (batch.size() > 1) {
                ReleaseTag first = batch.getFirst();
                int total = keys.size();
                try {
                    read.addAll(source.prefetch(keys, cache, done -> listener.filesDone(first, done, total)));
                } catch (ScanException e) {
                    // a blob cannot be read: each tag reads its own below, so that only the tags holding it fail
                }
            }
            keys = null;
            for (int i = 0; i < batch.size(); i++) {
                ReleaseTag tag = batch.get(i);
                if (i > 0) {
                    start = Instant.now();
                    listener.tagStarted(tag, from + i + 1, tags.size());
                }
                try {
                    if (trees.get(tag) instanceof ScanException e) {
                        throw e;
                    }
                    @SuppressWarnings("unchecked")
                    List<TreeFile> files = (List<TreeFile>) trees.get(tag);
                    releases.add(count(tag, files, read, start, listener));
                } catch (ScanException e) {
                    failures.put(tag.name(), e.getMessage());
                    listener.tagFailed(tag, e.getMessage());
                }
                trees.remove(tag);
            }
        }
        return new ScanReport(CountingRules.RULES_VERSION, source.describe(), scannedAt, releases, failures);
    }

    /** The files of each tag's tree, or the ScanException that walking it threw; the trees walked in parallel. */
    private Map<ReleaseTag, Object> walk(List<ReleaseTag> batch) {
        Map<String, TreeFile> seen = new ConcurrentHashMap<>();
        Map<ReleaseTag, Object> walked = Parallel.map(batch, threads, 1, () -> () -> { }, (none, tag) -> {
            try {
                return files(tag, seen);
            } catch (ScanException e) {
                return e;
            }
        }, done -> { });
        Map<ReleaseTag, Object> inOrder = new LinkedHashMap<>();
        batch.forEach(tag -> inOrder.put(tag, walked.get(tag)));
        return inOrder;
    }

    @Override
    public void close() {
        source.close();
    }
}
