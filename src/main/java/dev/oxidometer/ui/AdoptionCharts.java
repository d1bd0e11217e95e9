package dev.oxidometer.ui;

import dev.oxidometer.release.ReleaseSummary;
import dev.oxidometer.ui.chart.AnnotatedPlugins;
import dev.oxidometer.ui.chart.ChartColors;
import dev.oxidometer.ui.chart.NamedFormatLinearScale;
import dev.oxidometer.ui.chart.UnitTooltip;
import dev.oxidometer.ui.chart.image.ChartDataFactory;
import dev.oxidometer.ui.chart.image.ChartKind;
import dev.oxidometer.ui.chart.image.ChartSpec;
import dev.oxidometer.scan.CountingRules;
import dev.oxidometer.scan.Metric;
import software.xdev.chartjs.model.charts.LineChart;
import software.xdev.chartjs.model.data.LineData;
import software.xdev.chartjs.model.dataset.LineDataset;
import software.xdev.chartjs.model.options.CoreInteractionOptions;
import software.xdev.chartjs.model.options.LegendOptions;
import software.xdev.chartjs.model.options.LineOptions;
import software.xdev.chartjs.model.options.elements.LineElements;
import software.xdev.chartjs.model.options.elements.Point;
import software.xdev.chartjs.model.options.plugins.zoom.Zoom;
import software.xdev.chartjs.model.options.plugins.zoom.pan.PanOptions;
import software.xdev.chartjs.model.options.plugins.zoom.zoom.PinchOptions;
import software.xdev.chartjs.model.options.plugins.zoom.zoom.WheelOptions;
import software.xdev.chartjs.model.options.plugins.zoom.zoom.ZoomOptions;
import software.xdev.chartjs.model.options.scale.Scales;
import software.xdev.chartjs.model.options.scale.cartesian.AbstractCartesianScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.CartesianScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.logarithmic.LogarithmicScaleOptions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the Adoption view's charts from stored releases. Pure: releases and settings in, chart configuration
 * out, so what the charts show is tested without a browser. Every point's label is its release tag, which is
 * what a click reports back.
 */
final class AdoptionCharts {

    private AdoptionCharts() {
    }

    /** Rust code lines per release, stacked by category; vendored crates a separate series, hidden unless asked. */
    static LineChart codeByCategory(List<ReleaseSummary> releases, AdoptionSettings settings) {
        LineData data = new LineData().setLabels(tags(releases));
        int colour = 0;
        for (String category : Metrics.ADOPTION_CATEGORIES) {
            data.addDataset(series(releases, settings, Metrics.label(category), colour++,
                    r -> (double) Metrics.whole(r, Metrics.categoryCodeKey(category))));
        }
        LineDataset vendored = series(releases, settings, "Vendored crates", colour,
                r -> (double) Metrics.whole(r, Metrics.categoryCodeKey(Metrics.VENDORED)));
        vendored.setHidden(!settings.vendored());
        data.addDataset(vendored);
        // The adoption bands lie at the bottom, so that their top is the adoption counter and the top of all is
        // the Rust code without vendored crates; the tooltip sums both. Never on a log axis: stacked areas there
        // would misstate each band's size.
        UnitTooltip tooltip = new UnitTooltip("lines")
                .addSum(ADOPTION_SUM_LABEL, java.util.stream.IntStream.range(0, ADOPTION_BANDS).boxed().toList())
                .addSum(TOTAL_SUM_LABEL, List.of());
        return chart(data, releases, settings, yScale(settings.withLogScale(false), "Rust code lines", true), tooltip);
    }

    /** The number of adoption categories at the bottom of the stack (abstractions, drivers, samples). */
    static final int ADOPTION_BANDS = 3;
    static final String ADOPTION_SUM_LABEL = "Adoption code (abstractions + drivers + samples)";
    static final String TOTAL_SUM_LABEL = "Total shown";

    /** The headline share: Rust code without the vendored crates, of Rust + C code lines. */
    static final String SHARE_LABEL = dev.oxidometer.ui.chart.image.ChartDataFactory.SHARE_CODE_LABEL;
    static final String SHARE_WITH_VENDORED_LABEL = dev.oxidometer.ui.chart.image.ChartDataFactory.SHARE_WITH_VENDORED_LABEL;

    /**
     * The Rust share of Rust + C code lines in percent, as the counting rules define them: without the vendored
     * crates ({@code share.nonvendored.code}, the headline), the adoption code alone, abstractions + drivers +
     * samples ({@code share.adoption.code}), and, with "Show vendored crates", all Rust ({@code share.code}).
     */
    static LineChart share(List<ReleaseSummary> releases, AdoptionSettings settings) {
        LineData data = new LineData().setLabels(tags(releases))
                .addDataset(line(releases, settings, SHARE_LABEL, 0, r -> percent(r, "share.nonvendored.code")))
                .addDataset(line(releases, settings, "Adoption code (abstractions, drivers, samples) share (%)", 1,
                        r -> percent(r, "share.adoption.code")));
        LineDataset all = line(releases, settings, SHARE_WITH_VENDORED_LABEL, 2, r -> percent(r, "share.code"));
        all.setHidden(!settings.vendored());
        data.addDataset(all);
        LinearScaleOptions y = new NamedFormatLinearScale("percent").setBeginAtZero(true);
        y.setTitle(new AbstractCartesianScaleOptions.Title().setDisplay(true).setText("% of Rust + C code lines"));
        return chart(data, releases, settings.withLogScale(false), y, new UnitTooltip(Metric.FRACTION));
    }

    /**
     * Any stored numeric metric over the releases, named and in its unit as the counting rules define it; a share
     * in percent with "%" on the ticks; a logarithmic axis only where {@link ChartSpec#logAllowed} allows it.
     */
    static LineChart metric(List<ReleaseSummary> releases, String key, AdoptionSettings settings) {
        Metric m = metricOf(key);
        LineData data = new LineData().setLabels(tags(releases))
                .addDataset(line(releases, settings, ChartDataFactory.metricLabel(key), 0,
                        r -> Metrics.number(r, key).map(v -> m.fraction() ? v * 100 : v).orElse(null)));
        AbstractCartesianScaleOptions<?, ?> y;
        if (m.fraction()) {
            y = new NamedFormatLinearScale("percent").setBeginAtZero(true);
            y.setTitle(new AbstractCartesianScaleOptions.Title().setDisplay(true).setText("% of Rust + C"));
        } else {
            y = yScale(settings.withLogScale(settings.logScale() && ChartSpec.logAllowed(ChartKind.METRIC, key)),
                    m.name() + " (" + m.unit() + ")", false);
        }
        return chart(data, releases, settings, y, new UnitTooltip(m.unit()));
    }

    /** The catalogue's entry for a key; a key it lacks (stored by an older scanner) is shown under its key. */
    static Metric metricOf(String key) {
        return CountingRules.metrics().get(key).orElseGet(() -> new Metric(key, key,
                Metrics.isFraction(key) ? Metric.FRACTION : "", "", "not in the current counting rules"));
    }

    private static Double percent(ReleaseSummary r, String key) {
        return Metrics.number(r, key).map(v -> v * 100).orElse(null);
    }

    private static List<String> tags(List<ReleaseSummary> releases) {
        return releases.stream().map(ReleaseSummary::tag).toList();
    }

    private static LineDataset series(List<ReleaseSummary> releases, AdoptionSettings settings, String label, int colour,
                                      Function<ReleaseSummary, Double> value) {
        LineDataset dataset = line(releases, settings, label, colour, value);
        // Each area fills down to the series below it, so the bands do not overlap and mix their colours.
        dataset.setFill("stack");
        dataset.setBackgroundColor(ChartColors.translucent(colour, 0.45));
        dataset.setStack("code");
        return dataset;
    }

    private static LineDataset line(List<ReleaseSummary> releases, AdoptionSettings settings, String label, int colour,
                                    Function<ReleaseSummary, Double> value) {
        LineDataset dataset = new LineDataset().setLabel(label)
                .setBorderColor(ChartColors.series(colour))
                .setBackgroundColor(ChartColors.series(colour))
                .setBorderWidth(2)
                // Straight segments: a smoothed curve would show values between releases that were never measured.
                .setTension(0);
        List<Object> points = new ArrayList<>(releases.size());
        for (ReleaseSummary r : releases) {
            Double y = value.apply(r);
            if (settings.dateAxis()) {
                Map<String, Object> point = new LinkedHashMap<>();
                point.put("x", r.date() == null ? null : r.date().toEpochMilli());
                point.put("y", y);
                points.add(point);
            } else {
                points.add(y);
            }
        }
        dataset.setDataUnchecked(points);
        return dataset;
    }

    private static LinearScaleOptions linear() {
        return new LinearScaleOptions().setBeginAtZero(true);
    }

    private static AbstractCartesianScaleOptions<?, ?> yScale(
            AdoptionSettings settings, String title, boolean stacked) {
        AbstractCartesianScaleOptions<?, ?> y = settings.logScale() ? new LogarithmicScaleOptions() : linear();
        y.setStacked(stacked);
        y.setTitle(new AbstractCartesianScaleOptions.Title().setDisplay(true).setText(title));
        return y;
    }

    private static LineChart chart(LineData data, List<ReleaseSummary> releases, AdoptionSettings settings,
                                   AbstractCartesianScaleOptions<?, ?> y, UnitTooltip tooltip) {
        // on dates, the ticks are the releases (tag and month), so that each release line is labelled
        AbstractCartesianScaleOptions<?, ?> x = settings.dateAxis()
                ? new NamedFormatLinearScale("release-date")
                : new CartesianScaleOptions("category");
        x.setTitle(new AbstractCartesianScaleOptions.Title().setDisplay(true)
                .setText(settings.dateAxis() ? "release date" : "release"));

        AnnotatedPlugins plugins = new AnnotatedPlugins();
        // tree events (first Rust, first driver, crates, ...) come from the stored history: AdoptionEvents
        markReleases(plugins, releases, settings);
        plugins.setLegend(new LegendOptions().setPosition("bottom"));
        plugins.setTooltip(tooltip);
        plugins.setZoom(new Zoom()
                .setZoom(new ZoomOptions().setMode("x")
                        .setWheel(new WheelOptions().setEnabled(true).setModifierKey("ctrl"))
                        .setPinch(new PinchOptions().setEnabled(true)))
                .setPan(new PanOptions().setEnabled(true).setMode("x").setModifierKey("shift")));

        LineOptions options = new LineOptions()
                .setResponsive(true)
                .setMaintainAspectRatio(false)
                // Drawn at once: the chart is read, not watched, and a 1 s entry animation only delays it.
                .setAnimation(false)
                .setElements(new LineElements().setPoint(new Point()
                        .setRadius(releases.size() > 60 ? 1 : 3).setHitRadius(6).setHoverRadius(5)))
                .setInteraction(new CoreInteractionOptions().setMode("index").setIntersect(false))
                .setScales(new Scales().addScale("x", x).addScale("y", y))
                .setPlugins(plugins);
        return new LineChart(data, options);
    }

    /**
     * With rc tags shown, final releases get a faint line so that the rc run between two of them reads as one
     * cycle; on a date axis every final release is marked, since points there are not evenly spaced.
     */
    private static void markReleases(AnnotatedPlugins plugins, List<ReleaseSummary> releases, AdoptionSettings settings) {
        if (!settings.includeRc() && !settings.dateAxis()) {
            return;
        }
        for (ReleaseSummary r : releases) {
            if (!r.rc()) {
                plugins.addVerticalLine("release-" + r.tag(), xValue(r, settings), ChartColors.MARKER, null, true);
            }
        }
    }

    private static Object xValue(ReleaseSummary r, AdoptionSettings settings) {
        return settings.dateAxis() && r.date() != null ? r.date().toEpochMilli() : r.tag();
    }
}
