package dev.oxidometer.news;

/**
 * Whether an empty article table is filled with the coverage shipped in the jar ({@link BundledCoverage}). The
 * application's configuration ({@code system/}) provides it, so that this package does not depend on it.
 */
public interface CoverageSettings {

    /** {@code oxidometer.load-bundled-news}, default true. */
    boolean loadBundledNews();
}
