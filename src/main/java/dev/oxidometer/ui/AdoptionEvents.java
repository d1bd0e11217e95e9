package dev.oxidometer.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import dev.oxidometer.release.ReleaseCatalog;
import dev.oxidometer.release.ReleaseGaps;
import dev.oxidometer.release.ReleaseRange;
import dev.oxidometer.release.ReleaseSummary;
import dev.oxidometer.release.TreeEvent;
import dev.oxidometer.release.TreeEvents;
import dev.oxidometer.ui.chart.AnnotatedPlugins;
import dev.oxidometer.ui.chart.ChartColors;
import software.xdev.chartjs.model.charts.LineChart;

/**
 * The Adoption view's history parts, beside it: tree events drawn as one annotation per release (grouped, with
 * the range they happened in), gap marks on a release-sequence axis, and the coverage line.
 */
final class AdoptionEvents {

    private AdoptionEvents() {
    }

    static String kindLabel(String kind) {
        return switch (kind) {
            case TreeEvents.CRATE_ADDED -> "Crate added";
            case TreeEvents.CRATE_REMOVED -> "Crate removed";
            case TreeEvents.DRIVER_ADDED -> "Driver added";
            case TreeEvents.DRIVER_REMOVED -> "Driver removed";
            case TreeEvents.DRIVER_MOVED -> "Driver moved";
            case TreeEvents.RUSTC_MIN_CHANGED -> "Minimum rustc";
            case TreeEvents.FIRST_RUST -> "First Rust in the tree";
            case TreeEvents.FIRST_DRIVER -> "First Rust driver";
            default -> kind;
        };
    }

    /** Events by release tag, in version order. */
    static Map<String, List<TreeEvent>> byRelease(List<TreeEvent> events) {
        Map<String, List<TreeEvent>> grouped = new LinkedHashMap<>();
        for (TreeEvent e : events) {
            grouped.computeIfAbsent(e.tag(), k -> new ArrayList<>()).add(e);
        }
        return grouped;
    }

    /** A chart label: "v6.2–v6.12: first driver (rnull_mod), +rust/syn, 2 × driver added". */
    static String label(ReleaseRange range, List<TreeEvent> events) {
        List<String> parts = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (TreeEvent e : events) {
            switch (e.kind()) {
                case TreeEvents.FIRST_RUST -> parts.add("first Rust");
                case TreeEvents.FIRST_DRIVER -> parts.add("first driver (" + e.subject() + ")");
                case TreeEvents.RUSTC_MIN_CHANGED -> parts.add("rustc " + e.detail());
                case TreeEvents.CRATE_ADDED -> parts.add("+" + e.subject());
                case TreeEvents.CRATE_REMOVED -> parts.add("−" + e.subject());
                default -> counts.merge(e.kind(), 1, Integer::sum);
            }
        }
        counts.forEach((kind, n) -> parts.add(n + " × " + kindLabel(kind).toLowerCase(java.util.Locale.ROOT)));
        return range.label() + ": " + String.join(", ", parts);
    }

    /** One annotation per release with events, at that release, labelled with its range and what happened. */
    static void annotate(LineChart chart, List<ReleaseSummary> shown, List<TreeEvent> events, ReleaseGaps gaps,
                         AdoptionSettings settings) {
        if (!(chart.getOptions().getPlugins() instanceof AnnotatedPlugins plugins)) {
            return;
        }
        int row = 0;
        for (Map.Entry<String, List<TreeEvent>> release : byRelease(events).entrySet()) {
            ReleaseSummary r = shown.stream().filter(s -> s.tag().equals(release.getKey())).findFirst().orElse(null);
            if (r == null) {
                continue;
            }
            TreeEvent first = release.getValue().getFirst();
            plugins.addVerticalLine("event-" + r.tag(), xValue(r, settings), ChartColors.EVENT,
                    label(gaps.between(first.afterTag(), first.tag()), release.getValue()), false, row++ % 3);
            int n = release.getValue().size();
            plugins.shorterLabels("event-" + r.tag(), n + (n == 1 ? " event" : " events"), String.valueOf(n));
        }
    }

    /**
     * On a release-sequence axis, where evenly spaced points would draw v6.1 → v6.12 like v7.2 → v7.3: a dashed
     * mark between two releases with releases missing in between, saying which.
     */
    static void markGaps(LineChart chart, List<ReleaseSummary> shown, ReleaseGaps gaps, AdoptionSettings settings) {
        if (settings.dateAxis() || !(chart.getOptions().getPlugins() instanceof AnnotatedPlugins plugins)) {
            return;
        }
        for (ReleaseGaps.Gap gap : gaps.gaps()) {
            int after = indexOf(shown, gap.beforeTag());
            if (after > 0 && shown.get(after - 1).tag().equals(gap.afterTag())) {
                plugins.addVerticalLine("gap-" + gap.beforeTag(), after - 0.5, ChartColors.MARKER,
                        gap.label() + " not scanned", true, 3);
                plugins.shorterLabels("gap-" + gap.beforeTag(), "not scanned", "gap");
            }
        }
    }

    private static int indexOf(List<ReleaseSummary> shown, String tag) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).tag().equals(tag)) {
                return i;
            }
        }
        return -1;
    }

    private static Object xValue(ReleaseSummary r, AdoptionSettings settings) {
        return settings.dateAxis() && r.date() != null ? r.date().toEpochMilli() : r.tag();
    }

    /** The events as text below the chart, one line per release, with the range wording in full. */
    static Div list(List<TreeEvent> events, ReleaseGaps gaps) {
        Div box = new Div();
        box.setId("events");
        box.addClassName("oxido-muted");
        for (Map.Entry<String, List<TreeEvent>> release : byRelease(events).entrySet()) {
            TreeEvent first = release.getValue().getFirst();
            ReleaseRange range = gaps.between(first.afterTag(), first.tag());
            List<String> items = release.getValue().stream()
                    .map(e -> kindLabel(e.kind()) + " " + e.subject() + (e.detail() == null ? "" : " (" + e.detail() + ")"))
                    .toList();
            box.add(new Paragraph(RangeLinks.capitalized(range.phrase()) + ": " + String.join("; ", items) + "."));
        }
        return box;
    }

    /** The catalog's gaps; the numbering alone over the releases shown where the catalog gives none. */
    static ReleaseGaps gaps(ReleaseCatalog catalog, List<ReleaseSummary> releases) {
        ReleaseGaps gaps = catalog.gaps();
        return gaps != null ? gaps
                : ReleaseGaps.of(releases.stream().filter(r -> !r.rc()).map(ReleaseSummary::tag).toList());
    }
}
