package dev.oxidometer.system;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

import dev.oxidometer.news.CoverageSettings;
import dev.oxidometer.release.ConfiguredRepository;
import dev.oxidometer.release.RepositorySettings;

/**
 * The {@code oxidometer.*} settings. The release history reads its part through {@link RepositorySettings}.
 *
 * @param dataDir             where the embedded database lives (default {@code ./data})
 * @param repositories        kernel repositories to track; the first one is what the dashboard shows
 * @param allowedRoots        when set, repositories added through the UI or API must lie under one of these
 * @param admin               the first login
 * @param rescanCron          a Spring cron expression for periodic rescans of the configured repositories;
 *                            {@code -} (the default) turns them off
 * @param loadBundledDataset  whether an empty database is filled with the dataset shipped in the jar
 * @param scanOnStart         whether the configured repositories are scanned (incrementally) at startup
 * @param loadBundledNews     whether an empty article table is filled with the coverage shipped in the jar
 * @param scanThreads         blob-reading threads of a scan; 0 (the default) takes one per processor
 */
@ConfigurationProperties("oxidometer")
public record OxidometerProperties(@DefaultValue("./data") Path dataDir, List<ConfiguredRepository> repositories,
                                   List<Path> allowedRoots, @DefaultValue Admin admin,
                                   @DefaultValue("-") String rescanCron,
                                   @DefaultValue("true") boolean loadBundledDataset,
                                   @DefaultValue("true") boolean scanOnStart,
                                   @DefaultValue("true") boolean loadBundledNews,
                                   @DefaultValue("0") int scanThreads)
        implements RepositorySettings, CoverageSettings {

    @ConstructorBinding
    public OxidometerProperties {
        repositories = repositories == null ? List.of() : List.copyOf(repositories);
        allowedRoots = allowedRoots == null ? List.of() : List.copyOf(allowedRoots);
        if (scanThreads < 0) {
            throw new IllegalArgumentException("oxidometer.scan-threads must be 0 (one per processor) or more, not "
                    + scanThreads);
        }
    }

    @Override
    public int scanThreadCount() {
        return scanThreads == 0 ? Math.max(1, Runtime.getRuntime().availableProcessors()) : scanThreads;
    }

    /** The settings with the bundled coverage loaded on first start and one scan thread per processor (defaults). */
    public OxidometerProperties(Path dataDir, List<ConfiguredRepository> repositories, List<Path> allowedRoots,
                                Admin admin, String rescanCron, boolean loadBundledDataset, boolean scanOnStart) {
        this(dataDir, repositories, allowedRoots, admin, rescanCron, loadBundledDataset, scanOnStart, true, 0);
    }

    /** @param password the admin password; when unset, one is generated at first start and logged once */
    public record Admin(@DefaultValue("admin") String username, String password) {
    }
}
