package dev.oxidometer.ui;

import dev.oxidometer.release.ReleaseSummary;
import dev.oxidometer.ui.format.Format;

import java.util.List;
import java.util.Optional;

/** Reading the scanner's metric keys (contracts section 1) from a release, and what the views call them. */
final class Metrics {

    /**
     * Rust code categories in stacking order, bottom first: the adoption categories, then tooling; vendored
     * crates are kept apart.
     */
    static final List<String> ADOPTION_CATEGORIES = dev.oxidometer.ui.chart.image.ChartDataFactory.CATEGORIES;
    static final String VENDORED = "vendored";

    private Metrics() {
    }

    static String categoryCodeKey(String category) {
        return "rust." + category + ".code";
    }

    /** The numeric value of a metric, empty when the release lacks it or it is not a number (rustc.min). */
    static Optional<Double> number(ReleaseSummary release, String key) {
        Object v = release.metrics().get(key);
        return v instanceof Number n ? Optional.of(n.doubleValue()) : Optional.empty();
    }

    static long whole(ReleaseSummary release, String key) {
        return number(release, key).map(Double::longValue).orElse(0L);
    }

    static boolean isNumeric(List<ReleaseSummary> releases, String key) {
        return releases.stream().anyMatch(r -> r.metrics().get(key) instanceof Number);
    }

    static boolean isFraction(String key) {
        return Format.isFraction(key);
    }

    static String label(String category) {
        return Character.toUpperCase(category.charAt(0)) + category.substring(1);
    }
}
