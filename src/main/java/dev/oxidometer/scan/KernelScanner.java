package dev.oxidometer.scan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.IntConsumer;

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
     * does not shrink them. (JGit inflates from a mapped window through a 512-byte copy per inflater call, 0.9 GB of
     * garbage in a 5-tag kernel scan by JFR's allocation samples; heap windows of a quarter of the heap avoid that
     * but measured slower at {@code -Xmx512m} on a quiet machine, 17.5-19.2 s against 15.8-17.7 s, alternated.)
     * The delta-base cache is heap, one per reading thread: an eighth of the heap each, at most 256 MiB, keeps the
     * bases of deep delta chains from being inflated again and again, and leaves the heap room for the blobs being
     * read.
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
        return count(tag, files(tag, new TreeMemo()), Set.of(), Instant.now(), listener);
    }

    private List<TreeFile> files(ReleaseTag tag, TreeMemo memo) {
        if (tag.commit() == null && !(source instanceof DirectoryKernelSource)) {
            throw new ScanException(tag.name() + ": the tag does not point to a commit");
        }
        return source.files(tag, memo);
    }

    /**
     * Counts a tag from its files. {@code readForEarlier} are blobs the batch read before this tag for it and for
     * the tags before it: those the tag holds still count as read by it, not as cache hits, as when each tag reads
     * its own; the tag takes its own out of the set.
     */
    private ReleaseScan count(ReleaseTag tag, List<TreeFile> files, Set<BlobKey> readForEarlier, Instant start,
                              ScanListener listener) {
        int total = countedFiles(files);
        listener.filesDone(tag, 0, total);
        Counted counted = count(tag, files, readBy(files, readForEarlier),
                done -> listener.filesDone(tag, done, total));
        listener.tagFinished(tag, counted.scan(), Duration.between(start, Instant.now()), counted.cacheHits());
        return counted.scan();
    }

    /** A tag's release and how many of its blobs were cache hits. */
    private record Counted(ReleaseScan scan, int cacheHits) {
    }

    /** How many of the tag's blobs are in {@code readForEarlier}, taking them out of it. */
    private static int readBy(List<TreeFile> files, Set<BlobKey> readForEarlier) {
        int readBefore = 0;
        if (!readForEarlier.isEmpty()) {
            for (TreeFile file : files) {
                if (file.kind() != null && readForEarlier.remove(file.key())) {
                    readBefore++;
                }
            }
        }
        return readBefore;
    }

    /**
     * Counts a tag from its files without reporting it: {@code readBefore} of its blobs were read for it by the batch,
     * so they are not cache hits. Safe to run for several tags at once (the cache and the parsed whole files are
     * shared, thread-safe).
     */
    private Counted count(ReleaseTag tag, List<TreeFile> files, int readBefore, IntConsumer filesDone) {
        KernelSource.Facts read = source.facts(files, cache, filesDone);
        KernelSource.Facts facts = new KernelSource.Facts(read.files(), read.cacheHits() - readBefore);
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
        return new Counted(counter.count(tag, facts.files(), wholeFiles, modDeclarations), facts.cacheHits());
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
        TreeMemo memo = new TreeMemo();   // shared by every batch: an unchanged directory is read once a scan
        for (int from = 0; from < tags.size(); from += BATCH_TAGS) {
            List<ReleaseTag> batch = tags.subList(from, Math.min(tags.size(), from + BATCH_TAGS));
            Instant start = Instant.now();
            listener.tagStarted(batch.getFirst(), from + 1, tags.size());
            Map<ReleaseTag, Object> trees = walk(batch, memo);   // the files, or the ScanException
            Set<BlobKey> keys = new HashSet<>();   // read in pack order, whatever order they come in
            for (Object files : trees.values()) {
                if (files instanceof List<?> list) {
                    for (Object item : list) {
                        TreeFile file = (TreeFile) item;
                        if (file.kind() != null) {
                            keys.add(file.key());
                        }
                    }
                }
            }
            Set<BlobKey> read = new HashSet<>();
            boolean prefetched = false;
            if (batch.size() > 1) {
                ReleaseTag first = batch.getFirst();
                int total = keys.size();
                try {
                    read.addAll(source.prefetch(keys, cache, done -> listener.filesDone(first, done, total)));
                    prefetched = true;
                } catch (ScanException e) {
                    // a blob cannot be read: each tag reads its own below, so that only the tags holding it fail
                }
            }
            keys = null;
            if (prefetched) {
                countTogether(batch, trees, read, from, tags.size(), start, listener, releases, failures);
                continue;
            }
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

    /**
     * Counts the tags of a batch whose blobs are all in the cache now, {@code threads} tags at a time, and reports
     * them in version order as each is ready: the reports (and what a listener does with them, such as storing the
     * release) overlap with the counting of the tags after. Which tag a blob read by the batch counts as read for
     * (the first that holds it) is decided in version order first, so the cache hits come out as when each tag is
     * scanned alone.
     */
    private void countTogether(List<ReleaseTag> batch, Map<ReleaseTag, Object> trees, Set<BlobKey> read, int from,
                               int tagCount, Instant start, ScanListener listener, List<ReleaseScan> releases,
                               Map<String, String> failures) {
        List<Future<Counted>> counted = new ArrayList<>();
        List<Integer> totals = new ArrayList<>();
        try (ExecutorService counting = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, batch.size())),
                Thread.ofPlatform().name("oxidometer-count-", 0).factory())) {
            for (ReleaseTag tag : batch) {
                // taken here, in version order: the counting threads never touch the map nor the set
                if (trees.get(tag) instanceof ScanException e) {
                    counted.add(CompletableFuture.failedFuture(e));
                    totals.add(0);
                    continue;
                }
                @SuppressWarnings("unchecked")
                List<TreeFile> files = (List<TreeFile>) trees.get(tag);
                int readForIt = readBy(files, read);
                totals.add(countedFiles(files));
                counted.add(counting.submit(() -> count(tag, files, readForIt, done -> { })));
            }
            for (int i = 0; i < batch.size(); i++) {
                ReleaseTag tag = batch.get(i);
                Instant tagStart = i == 0 ? start : Instant.now();
                if (i > 0) {
                    listener.tagStarted(tag, from + i + 1, tagCount);
                }
                try {
                    Counted result = await(counted.get(i));
                    listener.filesDone(tag, totals.get(i), totals.get(i));
                    listener.tagFinished(tag, result.scan(), Duration.between(tagStart, Instant.now()),
                            result.cacheHits());
                    releases.add(result.scan());
                } catch (ScanException e) {
                    failures.put(tag.name(), e.getMessage());
                    listener.tagFailed(tag, e.getMessage());
                } finally {
                    trees.remove(tag);
                }
            }
        }
    }

    /** The files of a tree that the rules read (those of a kind). */
    private static int countedFiles(List<TreeFile> files) {
        return (int) files.stream().filter(f -> f.kind() != null).count();
    }

    /** The counted tag, or the ScanException counting it threw; anything else is rethrown as it was. */
    private static Counted await(Future<Counted> counted) {
        try {
            return counted.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScanException("the scan was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new ScanException("cannot count a tag: " + e.getCause(), e.getCause());
        }
    }

    /**
     * The files of each tag's tree, or the ScanException that walking it threw; the trees walked in parallel, each
     * reading only the directories that {@code memo} does not know yet.
     */
    private Map<ReleaseTag, Object> walk(List<ReleaseTag> batch, TreeMemo memo) {
        Map<ReleaseTag, Object> walked = Parallel.map(batch, threads, 1, () -> () -> { }, (none, tag) -> {
            try {
                return files(tag, memo);
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
