package dev.oxidometer.scan;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The files of the kernel corpus's newest tag ({@code KERNEL_CORPUS}), for the tests that hold a fast path to its
 * plain twin on real kernel text; the test is skipped when the corpus is not there.
 */
final class CorpusNewestTree {

    /** One file: its path and its bytes, read only when asked. */
    interface FileVisitor {
        void visit(String path, BlobBytes bytes) throws IOException;
    }

    interface BlobBytes {
        byte[] read() throws IOException;
    }

    private CorpusNewestTree() {
    }

    static void forEachFile(FileVisitor visitor) throws IOException {
        String corpus = System.getenv("KERNEL_CORPUS");
        assumeTrue(corpus != null && Files.isDirectory(Path.of(corpus)), "KERNEL_CORPUS is not set");
        try (Repository repo = new FileRepositoryBuilder().findGitDir(Path.of(corpus).toFile()).setMustExist(true)
                .build(); ObjectReader reader = repo.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            List<Ref> tags = new ArrayList<>(repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS));
            assumeTrue(!tags.isEmpty(), "the corpus has no tags");
            try (TreeWalk tree = new TreeWalk(reader)) {
                tree.addTree(walk.parseCommit(tags.getLast().getObjectId()).getTree());
                tree.setRecursive(true);
                while (tree.next()) {
                    var id = tree.getObjectId(0);
                    visitor.visit(tree.getPathString(), () -> reader.open(id).getBytes());
                }
            }
        }
    }
}
