package dev.oxidometer.ui.chart;

import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearScaleOptions;

/**
 * A linear scale whose tick labels use a format known to {@code <oxido-chart>}, since JSON cannot carry a
 * JavaScript callback: {@code "date"} shows epoch milliseconds as year-month, {@code "percent"} appends a percent
 * sign.
 */
public class NamedFormatLinearScale extends LinearScaleOptions {

    private final String oxidoFormat;

    public NamedFormatLinearScale(String format) {
        this.oxidoFormat = format;
    }

    public String getOxidoFormat() {
        return oxidoFormat;
    }
}
