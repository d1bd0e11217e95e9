package dev.oxidometer.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.InvalidPathException;

import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.util.FS;
import org.springframework.stereotype.Component;

/**
 * Checks a repository path that an editor gives: it must exist, be a git repository (work tree or bare), and lie
 * under one of {@code oxidometer.allowed-roots} when those are set, so that the web UI cannot be used to probe or
 * read arbitrary directories of the server.
 */
@Component
public class RepositoryPaths {

    private final RepositorySettings properties;

    public RepositoryPaths(RepositorySettings properties) {
        this.properties = properties;
    }

    /** The real path (symbolic links resolved) of an acceptable repository; IllegalArgumentException saying why not. */
    public Path check(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("Give the path of a kernel git repository");
        }
        Path real;
        try {
            Path given = Path.of(path.strip());
            if (!given.isAbsolute()) {
                throw new IllegalArgumentException("Give an absolute path, not " + path);
            }
            real = given.toRealPath();
        } catch (InvalidPathException | IOException e) {
            throw new IllegalArgumentException("No such directory: " + path);
        }
        if (!properties.allowedRoots().isEmpty() && properties.allowedRoots().stream().noneMatch(root ->
                real.startsWith(realOrSelf(root)))) {
            throw new IllegalArgumentException(path + " is not under an allowed directory ("
                    + String.join(", ", properties.allowedRoots().stream().map(Path::toString).toList())
                    + "; see oxidometer.allowed-roots)");
        }
        if (!Files.isDirectory(real) || RepositoryCache.FileKey.resolve(real.toFile(), FS.DETECTED) == null) {
            throw new IllegalArgumentException(path + " is not a git repository (a clone of the kernel with its tags "
                    + "is needed)");
        }
        return real;
    }

    private static Path realOrSelf(Path root) {
        try {
            return root.toRealPath();
        } catch (IOException e) {
            return root.toAbsolutePath().normalize();
        }
    }
}
