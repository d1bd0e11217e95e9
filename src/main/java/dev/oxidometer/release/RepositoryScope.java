package dev.oxidometer.release;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Which repository the reads of this thread show, when a request or a view names one ({@code ?repository=} on the
 * read API, {@code ?repo=} on the dashboard); otherwise {@link DefaultRepository} decides. Every read of the
 * release history ({@link ReleaseCatalog}, the chart images) goes through {@link DefaultRepository#get()}, which
 * asks here first, so that naming a repository changes all of them at once.
 */
@Component
public class RepositoryScope {

    private static final ThreadLocal<Repo> CHOSEN = new ThreadLocal<>();

    private final RepositoryStore repositories;

    public RepositoryScope(RepositoryStore repositories) {
        this.repositories = repositories;
    }

    /**
     * The repository a name names: any tracked one (configured, added, imported, the bundled dataset).
     *
     * @throws NoSuchElementException for an unknown name, saying which names are known
     */
    public Repo named(String name) {
        String wanted = name == null ? "" : name.strip();
        return repositories.byName(wanted).orElseThrow(() -> new NoSuchElementException("No repository named "
                + wanted + "; known: " + String.join(", ", names())));
    }

    /** The names of every stored repository, in the order they were added. */
    public List<String> names() {
        return repositories.all().stream().map(Repo::name).toList();
    }

    /** The repositories that hold releases, in the order they were added: the ones a reader can pick. */
    public List<Repo> withReleases() {
        return repositories.withReleases();
    }

    /** Runs {@code work} with the reads of this thread showing {@code repo}. */
    public <T> T with(Repo repo, Supplier<T> work) {
        return within(repo, work);
    }

    /**
     * Runs {@code work} with the reads of this thread showing {@code repo}; {@code null} leaves the thread as it is
     * (for a component that captured {@link #shown()} when it was built and acts later, on another request).
     */
    public static <T> T within(Repo repo, Supplier<T> work) {
        if (repo == null) {
            return work.get();
        }
        Repo before = CHOSEN.get();
        CHOSEN.set(repo);
        try {
            return work.get();
        } finally {
            restore(before);
        }
    }

    /** Shows {@code repo} on this thread until {@link #leave()}: for a request that spans a handler. */
    public void enter(Repo repo) {
        CHOSEN.set(repo);
    }

    public void leave() {
        CHOSEN.remove();
    }

    /**
     * The repository this thread was told to show, if any; empty: the default one. Links and downloads made while
     * a repository is shown name it ({@code ?repo=} on the dashboard, {@code ?repository=} on the API).
     */
    public static Optional<Repo> shown() {
        return chosen();
    }

    /** The repository this thread was told to show, if any. */
    static Optional<Repo> chosen() {
        return Optional.ofNullable(CHOSEN.get());
    }

    private static void restore(Repo before) {
        if (before == null) {
            CHOSEN.remove();
        } else {
            CHOSEN.set(before);
        }
    }
}
