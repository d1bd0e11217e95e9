package dev.oxidometer.scan;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectId;

/**
 * What the walks of several tags' trees share, so that walking one more tag costs what changed in it rather than the
 * whole tree: the files under each directory as an earlier walk found them, by the directory's path and the id of
 * its git tree object (the same id at the same path holds the same files, so a walk takes them without reading that
 * tree again), and one {@link TreeFile} per path and blob (the trees of many tags then take little more memory than
 * one). The directories are kept most recently used first, up to {@code limit} files in all; past it the least
 * recently used go, which only costs reading their trees again. Safe to share between threads.
 */
final class TreeMemo {

    /** Files held in all the directories kept, by default: about 16 MiB of references on a kernel. */
    static final long DEFAULT_LIMIT = 4_000_000;

    private record Directory(String path, ObjectId tree) {
    }

    private final Map<String, Known> files = new ConcurrentHashMap<>(1 << 17);   // a kernel tree's counted files
    private final LinkedHashMap<Directory, List<TreeFile>> directories = new LinkedHashMap<>(1024, 0.75f, true);
    private final long limit;
    private long held;

    TreeMemo() {
        this(DEFAULT_LIMIT);
    }

    TreeMemo(long limit) {
        this.limit = limit;
    }

    /** A file as a walk made it, with its blob id as read from the tree. */
    private record Known(ObjectId blob, TreeFile file) {
    }

    /**
     * The file of this path and blob: the one an earlier tag held alike where there was one (its blob id is then
     * compared, not turned into text again).
     */
    TreeFile file(String path, AnyObjectId blob, FileKind kind) {
        Known before = files.get(path);
        if (before != null && before.blob().equals(blob) && before.file().kind() == kind) {
            return before.file();
        }
        ObjectId id = blob.copy();
        TreeFile file = new TreeFile(path, id.name(), kind);
        files.put(path, new Known(id, file));
        return file;
    }

    /**
     * The files under the directory {@code path} (ending in {@code /}, or empty for the root) whose tree object is
     * {@code tree}, in walk order, as remembered; {@code null} when they are not.
     */
    synchronized List<TreeFile> directory(String path, ObjectId tree) {
        return directories.get(new Directory(path, tree));
    }

    /** Remembers the files under a directory ({@link #directory}), a copy of {@code under}. */
    synchronized void remember(String path, ObjectId tree, List<TreeFile> under) {
        if (under.size() > limit) {
            return;
        }
        List<TreeFile> before = directories.put(new Directory(path, tree), List.copyOf(under));
        held += under.size() - (before == null ? 0 : before.size());
        Iterator<List<TreeFile>> eldest = directories.values().iterator();
        while (held > limit && eldest.hasNext()) {
            held -= eldest.next().size();
            eldest.remove();
        }
    }

    /** How many directories are remembered (for tests). */
    synchronized int directories() {
        return directories.size();
    }
}
