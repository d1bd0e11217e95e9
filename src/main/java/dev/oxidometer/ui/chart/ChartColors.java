package dev.oxidometer.ui.chart;

import java.util.List;

/**
 * Series colours as Lumo custom properties, which {@code <oxido-chart>} resolves in the browser: the same
 * configuration then reads well in the light and in the dark theme.
 */
public final class ChartColors {

    private static final List<String> SERIES = List.of(
            "var(--lumo-primary-color)",
            "var(--lumo-success-color)",
            "var(--lumo-warning-color)",
            "var(--lumo-error-color)",
            "var(--oxido-series-5)",
            "var(--oxido-series-6)",
            "var(--lumo-contrast-50pct)");

    /** A contrast colour for markers and secondary lines. */
    public static final String MARKER = "var(--lumo-contrast-60pct)";
    public static final String EVENT = "var(--lumo-error-text-color)";

    private ChartColors() {
    }

    /** The i-th series colour; repeats after the palette is used up. */
    public static String series(int i) {
        return SERIES.get(Math.floorMod(i, SERIES.size()));
    }

    /** The i-th series colour with an opacity, for filled areas. */
    public static String translucent(int i, double opacity) {
        return series(i) + " / " + opacity;
    }
}
