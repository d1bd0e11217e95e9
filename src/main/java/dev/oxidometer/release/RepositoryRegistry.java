package dev.oxidometer.release;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The repositories that can be scanned: configured ({@code oxidometer.repositories}), added by an editor (the path
 * checked by {@link RepositoryPaths}), or imported. The bundled dataset is a repository row too, but not one on
 * this machine, so it is never scanned.
 */
@Service
public class RepositoryRegistry {

    private static final Logger log = LoggerFactory.getLogger(RepositoryRegistry.class);

    private final RepositoryStore repositories;
    private final RepositoryPaths paths;
    private final RepositorySettings properties;

    public RepositoryRegistry(RepositoryStore repositories, RepositoryPaths paths, RepositorySettings properties) {
        this.repositories = repositories;
        this.paths = paths;
        this.properties = properties;
    }

    /** The repositories that can be scanned: configured, added by an editor, or imported. */
    public List<Repo> repositories() {
        return repositories.byOrigin(RepositoryStore.Origin.CONFIGURED, RepositoryStore.Origin.ADDED,
                RepositoryStore.Origin.IMPORTED);
    }

    /** Adds a repository an editor named; the path is checked ({@link RepositoryPaths}). */
    public Repo addRepository(String name, String path, boolean includeRc) {
        Path real = paths.check(path);
        String chosen = paths.name(name, real);
        if (repositories.byName(chosen).isPresent()) {
            throw new IllegalArgumentException("A repository named " + chosen + " exists already");
        }
        repositories.byPath(real.toString()).ifPresent(existing -> {
            throw new IllegalArgumentException(real + " is tracked already, as " + existing.name());
        });
        Repo repo = repositories.insert(chosen, real.toString(), includeRc, RepositoryStore.Origin.ADDED);
        log.info("Repository {} added at {}", repo.name(), repo.path());
        return repo;
    }

    /**
     * A repository that can be scanned.
     *
     * @throws NoSuchElementException   for an unknown id
     * @throws IllegalArgumentException for the bundled dataset
     */
    public Repo scannable(long repositoryId) {
        Repo repo = repositories.byId(repositoryId)
                .orElseThrow(() -> new NoSuchElementException("No repository with id " + repositoryId));
        if (repositories.origin(repositoryId).orElse(null) == RepositoryStore.Origin.BUNDLED) {
            throw new IllegalArgumentException("The bundled dataset is not a repository on this machine and cannot "
                    + "be scanned; add your kernel clone as a repository instead");
        }
        return repo;
    }

    public Optional<Repo> byId(long repositoryId) {
        return repositories.byId(repositoryId);
    }

    /** The configured repositories, stored (by name) with their configured path and options. */
    public List<Repo> syncConfigured() {
        List<Repo> configured = new ArrayList<>();
        for (ConfiguredRepository p : properties.repositories()) {
            if (p.path() == null) {
                log.warn("oxidometer.repositories entry {} has no path; ignored", p.displayName());
                continue;
            }
            String path = p.path().toAbsolutePath().normalize().toString();
            Optional<Repo> existing = repositories.byName(p.displayName());
            existing.ifPresent(r -> repositories.update(r.id(), path, p.includeRc(),
                    RepositoryStore.Origin.CONFIGURED));
            configured.add(existing.map(r -> new Repo(r.id(), r.name(), path, p.includeRc()))
                    .orElseGet(() -> insertConfigured(p.displayName(), path, p.includeRc())));
        }
        return configured;
    }

    /** Another instance starting at the same moment may insert the same configured repository first: then use it. */
    private Repo insertConfigured(String name, String path, boolean includeRc) {
        try {
            return repositories.insert(name, path, includeRc, RepositoryStore.Origin.CONFIGURED);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            return repositories.byName(name).orElseThrow(() -> e);
        }
    }
}
