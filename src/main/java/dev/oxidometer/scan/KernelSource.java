package dev.oxidometer.scan;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

/** Where kernel trees come from: the release tags of a git repository, or one extracted tree. */
interface KernelSource extends AutoCloseable {

    /** All release and release-candidate tags, in version order. */
    List<ReleaseTag> tags();

    /** The regular files of the tag's tree that the rules read ({@link CountingRules#kindOf} or a special file). */
    List<TreeFile> files(ReleaseTag tag);

    /**
     * The facts of every file of a kind, in the files' order: from the cache where the blob is cached, else read
     * (once per blob) and put into the cache. {@code filesDone} is told how many files are done, now and then, from the calling thread.
     *
     * @return the facts of each file of a kind, and how many of its blobs came from the cache
     */
    Facts facts(List<TreeFile> files, BlobCache cache, IntConsumer filesDone);

    /**
     * The regular files of the tag's tree, as {@link #files(ReleaseTag)}, sharing with {@code memo} what the walks of
     * other tags found: the files of a path and blob that they hold alike and, where the source can tell, the
     * directories that did not change ({@link TreeMemo}).
     */
    default List<TreeFile> files(ReleaseTag tag, TreeMemo memo) {
        return files(tag);
    }

    /**
     * Reads the blobs of {@code keys} that the cache lacks, all at once (for a git repository: in one pass over the
     * pack, in offset order), and puts their facts into the cache; {@code done} is told how many are read, now and
     * then. Where facts are only known once a file is read anyway (a plain directory), this reads nothing.
     *
     * @return the keys that were read
     */
    default Set<BlobKey> prefetch(Collection<BlobKey> keys, BlobCache cache, IntConsumer done) {
        return Set.of();
    }

    /** The whole content of a (small) file of the tree. */
    byte[] content(TreeFile file);

    String describe();

    @Override
    void close();

    record Facts(List<FileFacts> files, int cacheHits) {
    }
}
