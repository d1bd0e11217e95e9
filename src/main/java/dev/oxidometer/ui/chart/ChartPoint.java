package dev.oxidometer.ui.chart;

/** One point of a chart: which dataset, which position in it, and the label at that position (may be null). */
public record ChartPoint(int datasetIndex, int index, String label) {
}
