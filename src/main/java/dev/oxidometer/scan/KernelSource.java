package dev.oxidometer.scan;

import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/** Where kernel trees come from: the release tags of a git repository, or one extracted tree. */
interface KernelSource extends AutoCloseable {

    /** All release and release-candidate tags, in version order. */
    List<ReleaseTag> tags();

    /** The regular files of the tag's tree that the rules read ({@link CountingRules#kindOf} or a special file). */
    List<TreeFile> files(ReleaseTag tag);

    /**
     * The facts of every file, by path: from the cache where the blob is cached, else read (once per blob) and put
     * into the cache. {@code filesDone} is told how many files are done, now and then, from the calling thread.
     *
     * @return facts by path, and how many of them came from the cache
     */
    Facts facts(List<TreeFile> files, BlobCache cache, IntConsumer filesDone);

    /** The whole content of a (small) file of the tree. */
    byte[] content(TreeFile file);

    String describe();

    @Override
    void close();

    record Facts(Map<String, FileFacts> byPath, int cacheHits) {
    }
}
