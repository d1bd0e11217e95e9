package dev.oxidometer.release;

import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import dev.oxidometer.scan.ScanReport;

/**
 * First start: an empty database is filled with the dataset shipped in the jar ({@value #LOCATION}), which the
 * scanner produced from real kernel trees, so that the dashboard shows real numbers before any scan here.
 */
@Component
public class BundledDataset implements ApplicationRunner {

    static final String LOCATION = "data/kernel-corpus.json";

    private static final Logger log = LoggerFactory.getLogger(BundledDataset.class);

    private final RepositorySettings properties;
    private final ReleaseStore releases;
    private final DatasetLoader loader;
    private final Resource resource;

    @Autowired
    public BundledDataset(RepositorySettings properties, ReleaseStore releases, DatasetLoader loader) {
        this(properties, releases, loader, new ClassPathResource(LOCATION));
    }

    BundledDataset(RepositorySettings properties, ReleaseStore releases, DatasetLoader loader, Resource resource) {
        this.properties = properties;
        this.releases = releases;
        this.loader = loader;
        this.resource = resource;
    }

    private boolean refreshStale() {
        java.util.Optional<Repo> bundled = loader.bundledRepository();
        if (bundled.isEmpty() || !resource.exists()) {
            return false;
        }
        try (InputStream in = resource.getInputStream()) {
            ScanReport dataset = ScanDatasetJson.read(in);
            java.util.Set<String> stored = new java.util.HashSet<>(
                    releases.storedRulesVersions(bundled.get().id()).values());
            if (stored.isEmpty() || stored.equals(java.util.Set.of(dataset.rulesVersion()))) {
                return false;
            }
            loader.replaceBundled(bundled.get(), dataset);
            log.info("Replaced the bundled dataset's releases (counting rules {}) with the bundled dataset under "
                    + "rules version {}", stored, dataset.rulesVersion());
            return true;
        } catch (DatasetException | java.io.IOException e) {
            log.error("Could not read the bundled dataset classpath:{}: {}", LOCATION, e.getMessage());
            return false;
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        loadIfEmpty();
    }

    /**
     * Loads the dataset when the database holds no release, or replaces the bundled repository's releases when they
     * were stored under other counting rules than the bundled dataset's (it cannot be rescanned: there is no
     * repository here); true when it loaded.
     */
    public boolean loadIfEmpty() {
        if (!properties.loadBundledDataset()) {
            return false;
        }
        if (releases.hasAnyRelease()) {
            return refreshStale();
        }
        if (!resource.exists()) {
            log.info("No bundled dataset at classpath:{}; starting with an empty database", LOCATION);
            return false;
        }
        try (InputStream in = resource.getInputStream()) {
            Repo repo = loader.loadBundled(ScanDatasetJson.read(in));
            log.info("Loaded the bundled dataset into repository '{}'", repo.name());
            return true;
        } catch (DatasetException e) {
            // a defect of the build, not of the user's data: say so and keep the application usable
            log.error("The bundled dataset classpath:{} is unreadable and was not loaded: {}", LOCATION,
                    e.getMessage());
            return false;
        } catch (java.io.IOException e) {
            log.error("Could not read the bundled dataset classpath:{}: {}", LOCATION, e.getMessage());
            return false;
        }
    }
}
