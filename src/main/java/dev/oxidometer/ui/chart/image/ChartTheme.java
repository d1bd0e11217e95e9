package dev.oxidometer.ui.chart.image;

import java.awt.Color;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's colours as the browser resolves them from Lumo 25 (light and dark) and from
 * {@code oxido-chart.js} (series 5 and 6), so that an image and the chart on the page look alike. The series order
 * is {@code ChartColors}'s: primary, success, warning, error, series 5, series 6, contrast 50 %. The background is
 * opaque: an image pasted on a slide of another colour must still read.
 */
public enum ChartTheme {

    LIGHT(new Color(0xFFFFFF), new Color(27, 43, 65, 176), new Color(24, 39, 57, 240), new Color(26, 57, 96, 26),
            List.of(new Color(0x006AF5), new Color(0x158443), new Color(0xFFCC00), new Color(0xE21D12),
                    new Color(0x8E5CD9), new Color(0x0F9FB0), new Color(28, 48, 74, 133))),
    DARK(new Color(0x233348), new Color(217, 232, 252, 176), new Color(232, 241, 253, 230), new Color(173, 200, 235, 36),
            List.of(new Color(0x0C6CE9), new Color(0x158443), new Color(0xF5AF00), new Color(0xE0241A),
                    new Color(0xB18CF0), new Color(0x4CC9D8), new Color(201, 221, 248, 128)));

    private final Color background;
    private final Color secondaryText;
    private final Color text;
    private final Color grid;
    private final List<Color> series;

    ChartTheme(Color background, Color secondaryText, Color text, Color grid, List<Color> series) {
        this.background = background;
        this.secondaryText = secondaryText;
        this.text = text;
        this.grid = grid;
        this.series = series;
    }

    /** {@code light} or {@code dark}, as the API and the dashboard's theme attribute spell it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ChartTheme of(String key) {
        for (ChartTheme theme : values()) {
            if (theme.key().equals(key)) {
                return theme;
            }
        }
        throw new IllegalArgumentException("theme must be light or dark, not \"" + key + "\"");
    }

    public Color background() {
        return background;
    }

    /** Axis titles, ticks, the stamp: Lumo's secondary text colour, flattened onto the background. */
    public Color secondaryText() {
        return flatten(secondaryText);
    }

    /** Titles and the legend. */
    public Color text() {
        return flatten(text);
    }

    public Color grid() {
        return flatten(grid);
    }

    /** The i-th series colour; repeats after the palette is used up, as ChartColors does. */
    public Color series(int i) {
        return flatten(series.get(Math.floorMod(i, series.size())));
    }

    /** The i-th series colour with an opacity, for filled areas (Chart.js fills the stacked bands at 0.45). */
    public Color translucent(int i, double opacity) {
        Color c = series(i);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(opacity * 255));
    }

    /** The i-th series colour at an opacity, painted on the background: a stacked band's colour, opaque. */
    public Color band(int i, double opacity) {
        return flatten(translucent(i, opacity));
    }

    /** A translucent colour painted on this theme's background, as it shows on the page. */
    private Color flatten(Color c) {
        double a = c.getAlpha() / 255.0;
        return new Color(mix(c.getRed(), background.getRed(), a), mix(c.getGreen(), background.getGreen(), a),
                mix(c.getBlue(), background.getBlue(), a));
    }

    private static int mix(int front, int back, double alpha) {
        return (int) Math.round(front * alpha + back * (1 - alpha));
    }
}
