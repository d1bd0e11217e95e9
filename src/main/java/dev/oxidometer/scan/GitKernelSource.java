package dev.oxidometer.scan;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.internal.storage.file.FileRepository;
import org.eclipse.jgit.internal.storage.file.Pack;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.MutableObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.util.FS;

/**
 * Kernel trees read from a git repository's object database: no checkout, nothing written. Blobs not in the cache are
 * read once each, on several threads (one {@link ObjectReader} each), in pack-offset order, which reads a kernel
 * pack sequentially instead of seeking around it.
 */
final class GitKernelSource implements KernelSource {

    /** Blobs handed to a reading thread at a time: large enough to keep a thread on one stretch of the pack. */
    private static final int CHUNK = 64;

    private final Repository repository;
    private final Path path;
    private final int threads;

    private GitKernelSource(Repository repository, Path path, int threads) {
        this.repository = repository;
        this.path = path;
        this.threads = threads;
    }

    /** The repository at {@code path} (a work tree or a bare repository), or {@code null} when it is none. */
    static GitKernelSource openIfRepository(Path path, int threads) {
        File dir = RepositoryCache.FileKey.resolve(path.toFile(), FS.DETECTED);
        if (dir == null) {
            return null;
        }
        Repository repository;
        try {
            repository = new FileRepositoryBuilder().setGitDir(dir).setMustExist(true).build();
        } catch (RepositoryNotFoundException e) {
            return null;
        } catch (IOException | IllegalArgumentException e) {
            throw new ScanException("cannot open the git repository at " + path + ": " + e.getMessage(), e);
        }
        GitKernelSource source = new GitKernelSource(repository, path, threads);
        try {
            source.refuseIncompleteClone();
        } catch (RuntimeException e) {
            repository.close();
            throw e;
        }
        return source;
    }

    private void refuseIncompleteClone() {
        if (repository instanceof FileRepository file) {
            try {
                if (!file.getObjectDatabase().getShallowCommits().isEmpty()) {
                    throw new ScanException(path + " is a shallow clone: its history is cut off, so older release "
                            + "tags cannot be read. Fetch the whole history first: git fetch --unshallow --tags");
                }
            } catch (IOException e) {
                throw new ScanException("cannot read the shallow state of " + path + ": " + e.getMessage(), e);
            }
        }
        if (isPartialClone()) {
            throw new ScanException(path + " is a partial (blobless or treeless) clone: the file contents are not "
                    + "in the repository. oxidometer reads every file of every release without network access, so "
                    + "a full clone is needed: git clone https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/"
                    + "linux.git");
        }
    }

    private boolean isPartialClone() {
        var config = repository.getConfig();
        if (config.getString("extensions", null, "partialclone") != null) {
            return true;
        }
        for (String remote : config.getSubsections("remote")) {
            if (config.getBoolean("remote", remote, "promisor", false)
                    || config.getString("remote", remote, "partialclonefilter") != null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String describe() {
        return path.toString();
    }

    @Override
    public List<ReleaseTag> tags() {
        List<ReleaseTag> tags = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                String name = ref.getName().substring(Constants.R_TAGS.length());
                if (ReleaseTag.parse(name, null, null).isEmpty()) {
                    continue;
                }
                ReleaseTag tag = peel(walk, name, ref.getObjectId());
                if (tag != null) {
                    tags.add(tag);
                }
            }
        } catch (IOException e) {
            throw new ScanException("cannot list the tags of " + path + ": " + e.getMessage(), e);
        }
        tags.sort(ReleaseTag.VERSION_ORDER);
        return tags;
    }

    /** The tag peeled to its commit, dated by its tagger (annotated) or its commit's committer (lightweight). */
    private ReleaseTag peel(RevWalk walk, String name, ObjectId id) {
        try {
            RevObject object = walk.parseAny(id);
            Instant taggerDate = null;
            String note = null;
            if (object instanceof RevTag annotated) {
                if (annotated.getTaggerIdent() != null) {
                    taggerDate = annotated.getTaggerIdent().getWhenAsInstant();
                }
                note = annotated.getShortMessage();
                object = walk.peel(annotated);
            }
            if (!(object instanceof RevCommit commit)) {
                return null;
            }
            walk.parseHeaders(commit);
            Instant date = taggerDate != null ? taggerDate : commit.getCommitterIdent().getWhenAsInstant();
            return ReleaseTag.parse(name, commit.name(), date).orElseThrow().withNote(note);
        } catch (IOException e) {
            // The tag's own object is missing or corrupt: keep the tag, so that scanning it reports the failure.
            return ReleaseTag.parse(name, id.name(), null).orElseThrow();
        }
    }

    @Override
    public List<TreeFile> files(ReleaseTag tag) {
        return files(tag, new TreeMemo());
    }

    /**
     * The files of the tag's tree in walk order (git's, as a recursive {@link org.eclipse.jgit.treewalk.TreeWalk}
     * gives them). A directory whose tree object {@code memo} knows at that path is taken from it unread: walking a
     * tag after another reads only the directories that changed between them.
     */
    @Override
    public List<TreeFile> files(ReleaseTag tag, TreeMemo memo) {
        List<TreeFile> files = new ArrayList<>();
        try (ObjectReader reader = repository.newObjectReader(); RevWalk revWalk = new RevWalk(reader)) {
            RevCommit commit = revWalk.parseCommit(ObjectId.fromString(tag.commit()));
            addDirectory(reader, commit.getTree().copy(), "", files, memo);
        } catch (MissingObjectException e) {
            throw new ScanException(tag.name() + ": object " + e.getObjectId().name() + " is missing from the "
                    + "repository (" + e.getMessage() + ")", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new ScanException(tag.name() + ": cannot read its tree: " + e.getMessage(), e);
        }
        return files;
    }

    /** Adds the files under the directory {@code dir} ("" or ending in "/") whose tree object is {@code tree}. */
    private static void addDirectory(ObjectReader reader, ObjectId tree, String dir, List<TreeFile> files,
                                     TreeMemo memo) throws IOException {
        List<TreeFile> known = memo.directory(dir, tree);
        if (known != null) {
            files.addAll(known);
            return;
        }
        int first = files.size();
        MutableObjectId blob = new MutableObjectId();
        CanonicalTreeParser entries = new CanonicalTreeParser();
        entries.reset(reader, tree);
        for (; !entries.eof(); entries.next()) {
            FileMode mode = entries.getEntryFileMode();
            String path = dir + entries.getEntryPathString();
            if (mode == FileMode.TREE) {
                addDirectory(reader, entries.getEntryObjectId(), path + "/", files, memo);
            } else if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
                // symlinks and submodules are never counted
                FileKind kind = CountingRules.kindOf(path);
                if (kind != null || isSpecial(path)) {
                    entries.getEntryObjectId(blob);
                    files.add(memo.file(path, blob, kind));
                }
            }
        }
        memo.remember(dir, tree, files.subList(first, files.size()));
    }

    static boolean isSpecial(String path) {
        return CountingRules.WHOLE_FILES.contains(path);
    }

    /**
     * One pass over the files: each key looked up in the cache as it comes, the distinct ones kept apart to tell the
     * cache hits and what to read; then the blobs the cache lacks read and stored, and filled in.
     */
    @Override
    public Facts facts(List<TreeFile> files, BlobCache cache, IntConsumer filesDone) {
        Set<BlobKey> distinct = new HashSet<>(files.size() * 2);
        List<BlobKey> missing = new ArrayList<>();
        BlobFacts[] known = new BlobFacts[files.size()];
        int cacheHits = 0;
        for (int i = 0; i < files.size(); i++) {
            BlobKey key = files.get(i).key();
            if (key == null) {
                continue;
            }
            known[i] = cache.get(key);
            if (distinct.add(key)) {
                if (known[i] != null) {
                    cacheHits++;
                } else {
                    missing.add(key);
                }
            }
        }
        if (!missing.isEmpty()) {
            int hits = cacheHits;
            Map<BlobKey, BlobFacts> read = readAll(missing, done -> filesDone.accept(hits + done));
            cache.putAll(read);
            for (int i = 0; i < files.size(); i++) {
                if (known[i] == null && files.get(i).key() != null) {
                    known[i] = read.get(files.get(i).key());
                }
            }
        }
        List<FileFacts> facts = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            TreeFile file = files.get(i);
            if (file.key() != null) {
                facts.add(new FileFacts(file, file.blobId(), known[i]));
            }
        }
        filesDone.accept(facts.size());
        return new Facts(facts, cacheHits);
    }

    @Override
    public Set<BlobKey> prefetch(Collection<BlobKey> keys, BlobCache cache, IntConsumer done) {
        List<BlobKey> missing = new ArrayList<>();
        for (BlobKey key : keys) {
            if (cache.get(key) == null) {
                missing.add(key);
            }
        }
        Map<BlobKey, BlobFacts> read = readAll(missing, done);
        cache.putAll(read);
        return read.keySet();
    }

    private Map<BlobKey, BlobFacts> readAll(List<BlobKey> keys, IntConsumer done) {
        return readEach(keys, (key, data) -> BlobFactsReader.read(data, data.length, key.kind()), done);
    }

    /** Reads each blob once, in pack order, on the reading threads, and maps its bytes. */
    <R> Map<BlobKey, R> readEach(List<BlobKey> keys, java.util.function.BiFunction<BlobKey, byte[], R> work,
                                 IntConsumer done) {
        return Parallel.map(inPackOrder(keys), threads, CHUNK, repository::newObjectReader,
                (reader, key) -> work.apply(key, load(reader, ObjectId.fromString(key.blobId()))), done);
    }

    private static byte[] load(ObjectReader reader, ObjectId id) throws IOException {
        ObjectLoader loader = reader.open(id, Constants.OBJ_BLOB);
        if (!loader.isLarge()) {
            return loader.getCachedBytes();
        }
        long size = loader.getSize();
        if (size > Integer.MAX_VALUE - 16) {
            throw new IOException("blob " + id.name() + " is too large to count (" + size + " bytes)");
        }
        try (InputStream in = loader.openStream()) {
            return in.readAllBytes();
        }
    }

    /** Sorted by (pack, offset in pack); blobs not in any pack (loose objects) last, by id. */
    private List<BlobKey> inPackOrder(Collection<BlobKey> keys) {
        if (!(repository instanceof FileRepository file)) {
            return keys.stream().sorted(Comparator.comparing(BlobKey::blobId)).toList();
        }
        List<Pack> packs = new ArrayList<>(file.getObjectDatabase().getPacks());
        record Positioned(BlobKey key, int pack, long offset) {
        }
        List<Positioned> positioned = new ArrayList<>(keys.size());
        for (BlobKey key : keys) {
            ObjectId id = ObjectId.fromString(key.blobId());
            int packIndex = Integer.MAX_VALUE;
            long offset = Long.MAX_VALUE;
            for (int i = 0; i < packs.size(); i++) {
                long found = offsetIn(packs.get(i), id);
                if (found >= 0) {
                    packIndex = i;
                    offset = found;
                    break;
                }
            }
            positioned.add(new Positioned(key, packIndex, offset));
        }
        positioned.sort(Comparator.comparingInt(Positioned::pack).thenComparingLong(Positioned::offset)
                .thenComparing(p -> p.key().blobId()));
        return positioned.stream().map(Positioned::key).toList();
    }

    private static long offsetIn(Pack pack, ObjectId id) {
        try {
            return pack.getIndex().findOffset(id);
        } catch (IOException e) {
            return -1;   // an unreadable index only costs the ordering; reading the blob reports real damage
        }
    }

    @Override
    public byte[] content(TreeFile file) {
        try (ObjectReader reader = repository.newObjectReader()) {
            return load(reader, ObjectId.fromString(file.blobId()));
        } catch (IOException e) {
            throw new ScanException("cannot read " + file.path() + " (blob " + file.blobId() + "): " + e.getMessage(),
                    e);
        }
    }

    @Override
    public void close() {
        repository.close();
    }
}
