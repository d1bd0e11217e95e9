package dev.oxidometer.ui.chart.image;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What one chart shows, independent of how big and in which theme it is drawn: the same state the dashboard keeps
 * in its URL. The API reads it from {@code /api/charts/<kind>.<format>?...}; the dashboard writes it into its
 * download links, so both ask for the same thing.
 *
 * @param subject the metric key ({@link ChartKind#METRIC}) or driver name ({@link ChartKind#DRIVER}), else null
 * @param from    the first release shown (zoom), or null for the first stored one
 * @param to      the last release shown, or null for the newest
 * @param hidden  series keys switched off in the legend (vendored crates are {@code vendored}'s business)
 */
public record ChartSpec(ChartKind kind, String subject, boolean includeRc, boolean vendored, boolean logScale,
                        boolean dateAxis, String from, String to, SortedSet<String> hidden) {

    public ChartSpec {
        Objects.requireNonNull(kind, "kind");
        hidden = hidden == null ? new TreeSet<>() : new TreeSet<>(hidden);
    }

    public static ChartSpec of(ChartKind kind, String subject) {
        return new ChartSpec(kind, subject, false, false, false, false, null, null, null);
    }

    /**
     * Whether a logarithmic axis is honest for this chart: only for one metric's line, never for stacked areas
     * (the adoption chart), where each band's size would be misstated, nor for shares, which are drawn in percent
     * from 0.
     */
    public static boolean logAllowed(ChartKind kind, String subject) {
        return kind == ChartKind.METRIC && subject != null && !subject.startsWith("share.");
    }

    /** The query of the API image that draws this state (sizes and theme apart), defaults left out. */
    public Map<String, String> apiQuery() {
        Map<String, String> q = new LinkedHashMap<>();
        if (kind == ChartKind.METRIC) {
            q.put("key", subject);
        }
        if (kind == ChartKind.DRIVER) {
            q.put("name", subject);
        }
        putViewState(q);
        return q;
    }

    /**
     * The dashboard's query that shows this state: the parameter names of the Adoption view
     * ({@code metric, vendored, rc, scale, x}) and of the chart toolbar ({@code from, to, hide}).
     */
    public Map<String, String> viewQuery() {
        Map<String, String> q = new LinkedHashMap<>();
        if (kind == ChartKind.METRIC) {
            q.put("metric", subject);
        }
        putViewState(q);
        return q;
    }

    private void putViewState(Map<String, String> q) {
        if (vendored && (kind == ChartKind.ADOPTION || kind == ChartKind.SHARE)) {
            q.put("vendored", "on");
        }
        if (includeRc) {
            q.put("rc", "on");
        }
        if (logScale && logAllowed(kind, subject)) {
            q.put("scale", "log");
        }
        if (!dateAxis && kind != ChartKind.DRIVER) {
            // the dashboard's default axis is the date axis; the release sequence is asked for
            q.put("x", "release");
        }
        if (from != null) {
            q.put("from", from);
        }
        if (to != null) {
            q.put("to", to);
        }
        if (!hidden.isEmpty()) {
            q.put("hide", String.join(",", hidden));
        }
    }

    /** {@code hide=drivers,samples} as a set; blank parts are ignored. */
    public static SortedSet<String> parseHidden(String text) {
        if (text == null || text.isBlank()) {
            return new TreeSet<>();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public ChartSpec withRange(String newFrom, String newTo) {
        return new ChartSpec(kind, subject, includeRc, vendored, logScale, dateAxis, newFrom, newTo, hidden);
    }

    public ChartSpec withHidden(SortedSet<String> newHidden) {
        return new ChartSpec(kind, subject, includeRc, vendored, logScale, dateAxis, from, to, newHidden);
    }
}
