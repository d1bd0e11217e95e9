package dev.oxidometer.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TagBuilder;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * A small kernel history built with JGit in a temporary directory: commits of a few files each, release tags,
 * symlinks and submodule entries. No checkout is ever made.
 */
final class TestKernel implements AutoCloseable {

    private final Repository repository;
    private final Path path;
    private ObjectId head;

    private TestKernel(Repository repository, Path path) {
        this.repository = repository;
        this.path = path;
    }

    /** A repository with a work tree at {@code dir} (its objects in {@code dir/.git}), or a bare one at {@code dir}. */
    static TestKernel create(Path dir, boolean bare) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder();
        Repository repository = bare
                ? builder.setGitDir(dir.toFile()).setBare().build()
                : builder.setWorkTree(dir.toFile()).setGitDir(dir.resolve(".git").toFile()).build();
        repository.create(bare);
        return new TestKernel(repository, dir);
    }

    Path path() {
        return path;
    }

    Repository repository() {
        return repository;
    }

    Tree tree() {
        return new Tree();
    }

    /** Tags the commit with an annotated tag dated {@code taggerDate}. */
    void annotatedTag(String name, ObjectId commit, Instant taggerDate, String message) throws IOException {
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            TagBuilder tag = new TagBuilder();
            tag.setTag(name);
            tag.setObjectId(commit, Constants.OBJ_COMMIT);
            tag.setTagger(ident(taggerDate));
            tag.setMessage(message + "\n");
            ObjectId id = inserter.insert(tag);
            inserter.flush();
            updateRef(Constants.R_TAGS + name, id);
        }
    }

    void lightweightTag(String name, ObjectId commit) throws IOException {
        updateRef(Constants.R_TAGS + name, commit);
    }

    private void updateRef(String ref, ObjectId id) throws IOException {
        RefUpdate update = repository.updateRef(ref);
        update.setNewObjectId(id);
        update.setForceUpdate(true);
        RefUpdate.Result result = update.update();
        if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FORCED) {
            throw new IOException("cannot update " + ref + ": " + result);
        }
    }

    private static PersonIdent ident(Instant when) {
        return new PersonIdent("Test Kernel", "test@example.org", when, ZoneOffset.UTC);
    }

    @Override
    public void close() {
        repository.close();
    }

    /** The files of one commit; each commit is a whole tree, as a release is. */
    final class Tree {
        private final Map<String, Object> entries = new LinkedHashMap<>();

        Tree file(String path, String content) {
            entries.put(path, content.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        Tree file(String path, byte[] content) {
            entries.put(path, content);
            return this;
        }

        Tree symlink(String path, String target) {
            entries.put(path, new Link(target));
            return this;
        }

        Tree submodule(String path) {
            entries.put(path, new Gitlink(ObjectId.fromString("0123456789abcdef0123456789abcdef01234567")));
            return this;
        }

        Tree remove(String path) {
            entries.remove(path);
            return this;
        }

        /** The bytes of a regular file of this tree. */
        byte[] content(String path) {
            return (byte[]) entries.get(path);
        }

        /** Commits the tree on top of the previous commit, committed at {@code date}. */
        ObjectId commit(Instant date) throws IOException {
            try (ObjectInserter inserter = repository.newObjectInserter()) {
                DirCache index = DirCache.newInCore();
                DirCacheBuilder builder = index.builder();
                for (Map.Entry<String, Object> e : entries.entrySet()) {
                    DirCacheEntry entry = new DirCacheEntry(e.getKey());
                    switch (e.getValue()) {
                        case byte[] bytes -> {
                            entry.setFileMode(FileMode.REGULAR_FILE);
                            entry.setObjectId(inserter.insert(Constants.OBJ_BLOB, bytes));
                        }
                        case Link link -> {
                            entry.setFileMode(FileMode.SYMLINK);
                            entry.setObjectId(inserter.insert(Constants.OBJ_BLOB,
                                    link.target().getBytes(StandardCharsets.UTF_8)));
                        }
                        case Gitlink gitlink -> {
                            entry.setFileMode(FileMode.GITLINK);
                            entry.setObjectId(gitlink.commit());
                        }
                        default -> throw new IllegalStateException();
                    }
                    builder.add(entry);
                }
                builder.finish();
                ObjectId tree = index.writeTree(inserter);
                CommitBuilder commit = new CommitBuilder();
                commit.setTreeId(tree);
                if (head != null) {
                    commit.setParentId(head);
                }
                commit.setAuthor(ident(date));
                commit.setCommitter(ident(date));
                commit.setMessage("tree at " + date + "\n");
                head = inserter.insert(commit);
                inserter.flush();
                updateRef(Constants.R_HEADS + "master", head);
                return head;
            }
        }
    }

    private record Link(String target) {
    }

    private record Gitlink(ObjectId commit) {
    }
}
