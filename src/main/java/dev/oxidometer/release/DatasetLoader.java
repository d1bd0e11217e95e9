package dev.oxidometer.release;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.oxidometer.scan.ReleaseScan;
import dev.oxidometer.scan.ScanReport;

/**
 * Stores a whole dataset (scanner JSON) in one transaction: the bundled dataset at first start, or an import. A
 * dataset adds its releases to its repository's history and replaces stored releases with the same tag.
 */
@Service
public class DatasetLoader {

    private static final Logger log = LoggerFactory.getLogger(DatasetLoader.class);

    private final RepositoryStore repositories;
    private final ReleaseStore releases;
    private final ScanRunStore scanRuns;

    public DatasetLoader(RepositoryStore repositories, ReleaseStore releases, ScanRunStore scanRuns) {
        this.repositories = repositories;
        this.releases = releases;
        this.scanRuns = scanRuns;
    }

    /** The bundled dataset, into a repository of its own so that a later scan of a real clone stays separate. */
    @Transactional
    public Repo loadBundled(ScanReport dataset) {
        Repo repo = repositories.insert(repositories.freeName("bundled dataset"), pathOf(dataset), false,
                RepositoryStore.Origin.BUNDLED);
        store(repo, dataset, ScanKind.BUNDLED);
        return repo;
    }

    /** The repository the bundled dataset was loaded into, if any. */
    public java.util.Optional<Repo> bundledRepository() {
        return repositories.byOrigin(RepositoryStore.Origin.BUNDLED).stream().findFirst();
    }

    /** Replaces the bundled repository's releases with a (newer) bundled dataset, in one transaction. */
    @Transactional
    public void replaceBundled(Repo repo, ScanReport dataset) {
        releases.deleteReleases(repo.id());
        store(repo, dataset, ScanKind.BUNDLED);
    }

    /**
     * An imported dataset goes to the repository with the same path (or {@code name}, when given), else to a new
     * repository named after the path.
     */
    @Transactional
    public Repo importDataset(ScanReport dataset, String name) {
        String path = pathOf(dataset);
        Repo repo = (name != null ? repositories.byName(name) : repositories.byPath(path))
                .orElseGet(() -> repositories.insert(repositories.freeName(name != null ? name : nameOf(path)), path,
                        dataset.releases().stream().anyMatch(ReleaseScan::rc), RepositoryStore.Origin.IMPORTED));
        store(repo, dataset, ScanKind.IMPORT);
        return repo;
    }

    private void store(Repo repo, ScanReport dataset, ScanKind kind) {
        long run = scanRuns.start(repo.id(), kind, dataset.rulesVersion(), dataset.scannedAt());
        for (ReleaseScan release : dataset.releases()) {
            releases.save(repo.id(), release, dataset.rulesVersion(), run);
        }
        scanRuns.progress(run, dataset.releases().size(), dataset.releases().size());
        scanRuns.finish(run, true, failures(dataset.failures()));
        log.info("Stored {} releases of {} ({} dataset, rules version {})", dataset.releases().size(), repo.name(),
                kind.key(), dataset.rulesVersion());
    }

    private static String failures(Map<String, String> failures) {
        if (failures.isEmpty()) {
            return null;
        }
        return "Tags the scan could not read: " + failures.entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining("; "));
    }

    private static String pathOf(ScanReport dataset) {
        return dataset.repository() == null || dataset.repository().isBlank() ? "(unknown)" : dataset.repository();
    }

    private static String nameOf(String path) {
        Path file = Path.of(path).getFileName();
        return file == null ? "imported" : file.toString();
    }
}
