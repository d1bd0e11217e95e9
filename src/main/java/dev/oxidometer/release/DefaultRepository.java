package dev.oxidometer.release;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which repository the dashboard and the read API show: the one a request or view named ({@link RepositoryScope});
 * else the first configured repository once it holds releases; until then (its first scan takes minutes) the
 * bundled dataset; else any repository that holds releases.
 */
@Component
public class DefaultRepository {

    private record Candidate(long id, String name, String path, boolean includeRc, String origin) {
    }

    private final JdbcClient jdbc;
    private final RepositorySettings properties;

    public DefaultRepository(JdbcClient jdbc, RepositorySettings properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public Optional<Repo> get() {
        Optional<Repo> named = RepositoryScope.chosen();
        if (named.isPresent()) {
            return named;
        }
        List<Candidate> withReleases = jdbc.sql("""
                SELECT r.id, r.name, r.path, r.include_rc, r.origin FROM repository r
                WHERE EXISTS (SELECT 1 FROM release_tag t WHERE t.repository_id = r.id) ORDER BY r.id""")
                .query((rs, n) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getString(5)))
                .list();
        if (withReleases.isEmpty()) {
            return Optional.empty();
        }
        Candidate chosen = properties.repositories().stream()
                .map(ConfiguredRepository::displayName)
                .flatMap(name -> withReleases.stream().filter(c -> c.name().equals(name)))
                .findFirst()
                .or(() -> withReleases.stream().filter(c -> c.origin().equals(RepositoryStore.Origin.BUNDLED.column())).findFirst())
                .orElse(withReleases.getFirst());
        return Optional.of(new Repo(chosen.id(), chosen.name(), chosen.path(), chosen.includeRc()));
    }

    /** The configured web address ({@code web-url}) of the shown repository, when it has one. */
    public Optional<String> webUrl() {
        return get().flatMap(repo -> properties.repositories().stream()
                .filter(c -> c.displayName().equals(repo.name()) && c.webUrl() != null)
                .map(ConfiguredRepository::webUrl).findFirst());
    }
}
