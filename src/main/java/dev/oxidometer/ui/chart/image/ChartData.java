package dev.oxidometer.ui.chart.image;

import java.time.Instant;
import java.util.List;

/**
 * The numbers one chart draws, ready for any renderer: one point per release ({@code tags}, {@code dates},
 * {@code commits} in order) and the visible series.
 *
 * @param stacked the series are bands stacked on each other (code by category)
 * @param percent values are percentages
 * @param bars    drawn as bars (the driver chart), else lines
 */
public record ChartData(String title, String yTitle, List<String> tags, List<Instant> dates, List<String> commits,
                        List<Series> series, boolean stacked, boolean percent, boolean bars, boolean logScale,
                        boolean dateAxis) {

    /**
     * One series: its key in URLs ({@code hide=}), its legend label, its colour in the palette, and one value per
     * release (null where the release lacks it).
     */
    public record Series(String key, String label, int colour, List<Double> values) {
    }

    public String xTitle() {
        return dateAxis ? "release date" : "release";
    }
}
