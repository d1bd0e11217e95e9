package dev.oxidometer.release;

import java.nio.file.Path;

import org.springframework.stereotype.Component;

/**
 * Checks a repository path that an editor gives: it must be a Linux kernel git repository (work tree or bare) and
 * lie under one of {@code oxidometer.allowed-roots} when those are set, so that the web UI cannot be used to probe,
 * read or publish arbitrary directories of the server ({@link RuntimeRepositoryCheck}).
 */
@Component
public class RepositoryPaths {

    private final RepositorySettings properties;

    public RepositoryPaths(RepositorySettings properties) {
        this.properties = properties;
    }

    /**
     * The real path (symbolic links resolved) of an acceptable repository; IllegalArgumentException saying why not.
     * The rules and their one refusal message are {@link RuntimeRepositoryCheck}'s.
     */
    public Path check(String path) {
        return RuntimeRepositoryCheck.check(path, properties.allowedRoots());
    }
}
