package dev.oxidometer.ui.chart.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import dev.oxidometer.release.DriverRelease;
import dev.oxidometer.release.ReleaseSummary;
import dev.oxidometer.scan.CountingRules;
import dev.oxidometer.scan.Metric;

/**
 * The series of each chart, as the dashboard draws them (the Adoption view's {@code AdoptionCharts} builds the
 * same series with the same labels, in the same order and colours; a test holds the two together).
 */
public final class ChartDataFactory {

    /**
     * Rust code categories in stacking order, bottom first: the adoption categories ({@code rust.adoption.code}),
     * so that their top is that counter, then infrastructure and other; vendored crates are kept apart.
     */
    public static final List<String> CATEGORIES = List.of("abstractions", "drivers", "samples", "infrastructure", "other");
    public static final String VENDORED = "vendored";
    public static final String VENDORED_LABEL = "Vendored crates";
    public static final String SHARE_CODE_LABEL = "Rust share of code, vendored crates left out (%)";
    public static final String SHARE_WITH_VENDORED_LABEL = "Rust share of code, vendored crates included (%)";
    /** The share including vendored crates is the share chart's vendored series: shown with "vendored crates". */
    public static final String SHARE_WITH_VENDORED = "share.code";
    public static final String SHARE_ADOPTION_LABEL = "Adoption code (abstractions, drivers, samples) share (%)";

    private ChartDataFactory() {
    }

    /** Every series a chart can show, hidden ones included: key and legend label. */
    public static List<ChartData.Series> allSeries(ChartKind kind, String subject) {
        List<ChartData.Series> out = new ArrayList<>();
        switch (kind) {
            case ADOPTION -> {
                int colour = 0;
                for (String category : CATEGORIES) {
                    out.add(new ChartData.Series(category, label(category), colour++, List.of()));
                }
                out.add(new ChartData.Series(VENDORED, VENDORED_LABEL, colour, List.of()));
            }
            case SHARE -> {
                out.add(new ChartData.Series("share.nonvendored.code", SHARE_CODE_LABEL, 0, List.of()));
                out.add(new ChartData.Series("share.adoption.code", SHARE_ADOPTION_LABEL, 1, List.of()));
                out.add(new ChartData.Series(SHARE_WITH_VENDORED, SHARE_WITH_VENDORED_LABEL, 2, List.of()));
            }
            case METRIC -> out.add(new ChartData.Series(subject, metricLabel(subject), 0, List.of()));
            case DRIVER -> out.add(new ChartData.Series("lines", "lines", 0, List.of()));
        }
        return out;
    }

    /** A metric chart's legend label: the metric's name from the counting rules (its key when they lack it). */
    public static String metricLabel(String key) {
        String name = key == null ? "" : CountingRules.metrics().get(key).map(Metric::name).orElse(key);
        return isFraction(key) ? name + " (%)" : name;
    }

    /** The key of the series with this legend label, if the chart has one. */
    public static Optional<String> keyOfLabel(ChartKind kind, String subject, String label) {
        return allSeries(kind, subject).stream().filter(s -> s.label().equals(label)).map(ChartData.Series::key)
                .findFirst();
    }

    /** Adoption, share or metric chart over the given releases (already cut to the zoom range). */
    public static ChartData releases(ChartSpec spec, List<ReleaseSummary> releases) {
        List<ChartData.Series> series = new ArrayList<>();
        for (ChartData.Series s : allSeries(spec.kind(), spec.subject())) {
            if (!visible(spec, s.key())) {
                continue;
            }
            Function<ReleaseSummary, Double> value = switch (spec.kind()) {
                case ADOPTION -> r -> (double) whole(r, "rust." + s.key() + ".code");
                case SHARE -> r -> number(r, s.key()).map(v -> v * 100).orElse(null);
                case METRIC -> r -> number(r, s.key()).map(v -> isFraction(s.key()) ? v * 100 : v).orElse(null);
                case DRIVER -> throw new IllegalArgumentException("driver charts are built from a driver's history");
            };
            series.add(new ChartData.Series(s.key(), s.label(), s.colour(), releases.stream().map(value).toList()));
        }
        String yTitle = switch (spec.kind()) {
            case ADOPTION -> "Rust code lines";
            case SHARE -> "% of Rust + C code lines";
            default -> isFraction(spec.subject()) ? "% of Rust + C" : CountingRules.metrics().get(spec.subject())
                    .map(m -> m.name() + " (" + m.unit() + ")").orElse(spec.subject());
        };
        boolean percent = spec.kind() == ChartKind.SHARE || spec.kind() == ChartKind.METRIC && isFraction(spec.subject());
        return new ChartData(spec.kind().title(spec.subject()), yTitle,
                releases.stream().map(ReleaseSummary::tag).toList(),
                releases.stream().map(ReleaseSummary::date).toList(),
                releases.stream().map(ReleaseSummary::commit).toList(),
                series, spec.kind() == ChartKind.ADOPTION, percent, false,
                spec.logScale() && ChartSpec.logAllowed(spec.kind(), spec.subject()), spec.dateAxis());
    }

    /** A driver's lines in each release that holds it (the driver view's bar chart). */
    public static ChartData driver(ChartSpec spec, List<DriverRelease> history, List<String> commits) {
        List<ChartData.Series> series = visible(spec, "lines")
                ? List.of(new ChartData.Series("lines", "lines", 0,
                        history.stream().map(h -> (double) h.lines()).toList()))
                : List.of();
        return new ChartData(ChartKind.DRIVER.title(spec.subject()), "lines",
                history.stream().map(DriverRelease::tag).toList(),
                history.stream().map(DriverRelease::date).toList(), commits, series, false, false, true, false,
                false);
    }

    private static boolean visible(ChartSpec spec, String key) {
        if (key.equals(VENDORED) || spec.kind() == ChartKind.SHARE && key.equals(SHARE_WITH_VENDORED)) {
            return spec.vendored();
        }
        return !spec.hidden().contains(key);
    }

    static String label(String category) {
        return category.substring(0, 1).toUpperCase(Locale.ROOT) + category.substring(1);
    }

    static boolean isFraction(String key) {
        return key != null && key.startsWith("share.");
    }

    static Optional<Double> number(ReleaseSummary release, String key) {
        Object v = release.metrics().get(key);
        return v instanceof Number n ? Optional.of(n.doubleValue()) : Optional.empty();
    }

    private static long whole(ReleaseSummary release, String key) {
        return number(release, key).map(Double::longValue).orElse(0L);
    }
}
