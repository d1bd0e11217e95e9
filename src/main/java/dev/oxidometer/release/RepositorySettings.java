package dev.oxidometer.release;

import java.nio.file.Path;
import java.util.List;

/**
 * The settings the release history needs: which repositories to track and scan, where editors may add more, and
 * whether the bundled dataset fills an empty database. The application's configuration ({@code system/}) provides
 * them, so that this package does not depend on it.
 */
public interface RepositorySettings {

    /** The configured repositories; the first one is what the dashboard shows. */
    List<ConfiguredRepository> repositories();

    /** When not empty, repositories added through the UI or API must lie under one of these. */
    List<Path> allowedRoots();

    /** Whether the configured repositories are scanned (incrementally) at startup. */
    boolean scanOnStart();

    /** Whether an empty database is filled with the dataset shipped in the jar. */
    boolean loadBundledDataset();

    /** A cron expression for periodic rescans of the configured repositories; {@code -} turns them off. */
    String rescanCron();

    /** How many threads a scan reads blobs on: configured, or one per processor. */
    int scanThreadCount();
}
