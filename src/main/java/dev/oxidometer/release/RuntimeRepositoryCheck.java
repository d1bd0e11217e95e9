package dev.oxidometer.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.FS;

import dev.oxidometer.scan.ReleaseTag;

/**
 * What a repository added at runtime (UI or API) must be, because its paths, line counts and tag notes become
 * public: a Linux kernel git repository, below {@code oxidometer.allowed-roots} when set, never the file system
 * root nor under {@code /proc}, {@code /sys}, {@code /dev} or {@code /etc} (given or after resolving links). A kernel
 * tree has, at its newest release tag (or HEAD when it has none), a top-level {@code Makefile} that sets
 * {@code VERSION} and {@code PATCHLEVEL}, a {@code Kconfig} and a {@code MAINTAINERS}.
 * <p>
 * Every refusal of a path has one and the same message, whether the path is missing, forbidden, outside the allowed
 * roots, no git repository or no kernel tree, so that the form cannot be used to learn what exists on the server.
 */
final class RuntimeRepositoryCheck {

    private static final List<Path> FORBIDDEN = List.of(Path.of("/proc"), Path.of("/sys"), Path.of("/dev"),
            Path.of("/etc"));
    private static final Pattern VERSION = Pattern.compile("(?m)^VERSION\\s*=\\s*\\d+\\s*$");
    private static final Pattern PATCHLEVEL = Pattern.compile("(?m)^PATCHLEVEL\\s*=\\s*\\d+\\s*$");
    private static final int MAX_MAKEFILE_BYTES = 1 << 20;

    private RuntimeRepositoryCheck() {
    }

    /** The real path of an acceptable repository, or IllegalArgumentException with the one refusal message. */
    static Path check(String path, List<Path> allowedRoots) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("Give the path of a kernel git repository");
        }
        Path given;
        try {
            given = Path.of(path.strip());
        } catch (InvalidPathException e) {
            throw refused(path, allowedRoots);
        }
        if (!given.isAbsolute()) {
            throw new IllegalArgumentException("Give an absolute path, not " + path);
        }
        if (forbidden(given.normalize())) {
            throw refused(path, allowedRoots);
        }
        Path real;
        try {
            real = given.toRealPath();
        } catch (IOException | SecurityException e) {
            throw refused(path, allowedRoots);
        }
        if (forbidden(real) || !allowedRoots.isEmpty()
                && allowedRoots.stream().noneMatch(root -> real.startsWith(realOrSelf(root)))) {
            throw refused(path, allowedRoots);
        }
        if (!Files.isDirectory(real) || !isKernelTree(real)) {
            throw refused(path, allowedRoots);
        }
        return real;
    }

    private static boolean forbidden(Path p) {
        return p.getNameCount() == 0 || FORBIDDEN.stream().anyMatch(p::startsWith);
    }

    private static IllegalArgumentException refused(String path, List<Path> allowedRoots) {
        return new IllegalArgumentException(path.strip() + " is not a Linux kernel repository that can be added: give"
                + " the absolute path of a kernel git clone with its tags"
                + (allowedRoots.isEmpty() ? "" : ", under " + String.join(", ",
                allowedRoots.stream().map(Path::toString).toList()) + " (oxidometer.allowed-roots)"));
    }

    static boolean isKernelTree(Path dir) {
        java.io.File gitDir = RepositoryCache.FileKey.resolve(dir.toFile(), FS.DETECTED);
        if (gitDir == null) {
            return false;
        }
        try (Repository repo = new FileRepositoryBuilder().setGitDir(gitDir).setMustExist(true).build();
             RevWalk walk = new RevWalk(repo)) {
            Optional<ObjectId> commit = newestRelease(repo);
            if (commit.isEmpty()) {
                commit = Optional.ofNullable(repo.resolve(Constants.HEAD));
            }
            if (commit.isEmpty()) {
                return false;
            }
            RevCommit c = walk.parseCommit(commit.get());
            RevTree tree = c.getTree();
            Optional<String> makefile = file(repo, tree, "Makefile", MAX_MAKEFILE_BYTES);
            return makefile.isPresent() && VERSION.matcher(makefile.get()).find()
                    && PATCHLEVEL.matcher(makefile.get()).find()
                    && file(repo, tree, "Kconfig", 0).isPresent() && file(repo, tree, "MAINTAINERS", 0).isPresent();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Optional<ObjectId> newestRelease(Repository repo) throws IOException {
        Optional<Ref> newest = repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS).stream()
                .filter(r -> ReleaseTag.parseName(Repository.shortenRefName(r.getName())).isPresent())
                .max(Comparator.comparing(r -> ReleaseTag.parseName(Repository.shortenRefName(r.getName()))
                        .orElseThrow(), ReleaseTag.VERSION_ORDER));
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        Ref peeled = repo.getRefDatabase().peel(newest.get());
        return Optional.ofNullable(peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId()
                : peeled.getObjectId());
    }

    /** A regular file at the top of the tree, its first {@code maxBytes} bytes as text (empty text for 0). */
    private static Optional<String> file(Repository repo, RevTree tree, String name, int maxBytes) throws IOException {
        try (TreeWalk tw = TreeWalk.forPath(repo, name, tree)) {
            if (tw == null || (tw.getFileMode(0).getBits() & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
                return Optional.empty();
            }
            if (maxBytes == 0) {
                return Optional.of("");
            }
            ObjectLoader loader = repo.open(tw.getObjectId(0));
            if (loader.getSize() > maxBytes) {
                return Optional.empty();
            }
            return Optional.of(new String(loader.getCachedBytes(), StandardCharsets.UTF_8));
        }
    }

    private static Path realOrSelf(Path root) {
        try {
            return root.toRealPath();
        } catch (IOException e) {
            return root.toAbsolutePath().normalize();
        }
    }
}
