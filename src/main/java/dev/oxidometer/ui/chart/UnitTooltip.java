package dev.oxidometer.ui.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.xdev.chartjs.model.options.tooltip.TooltipOptions;

/**
 * Tooltip options with what {@code <oxido-chart>} adds, since JSON cannot carry callbacks: the unit after every
 * value ({@code "lines"}, {@code "%"}) and footer lines that each sum some of the visible series (a stacked
 * chart's total, or the adoption bands' subtotal).
 */
public class UnitTooltip extends TooltipOptions {

    private final String oxidoUnit;
    private final List<Map<String, Object>> oxidoSums = new ArrayList<>();

    public UnitTooltip(String unit) {
        this.oxidoUnit = unit;
        setMode("index");
        setIntersect(false);
    }

    /** A footer line "label: sum" over the series at these dataset indices (none: every visible series). */
    public UnitTooltip addSum(String label, List<Integer> datasets) {
        Map<String, Object> sum = new LinkedHashMap<>();
        sum.put("label", label);
        sum.put("datasets", List.copyOf(datasets));
        oxidoSums.add(sum);
        return this;
    }

    public String getOxidoUnit() {
        return oxidoUnit;
    }

    public List<Map<String, Object>> getOxidoSums() {
        return oxidoSums.isEmpty() ? null : oxidoSums;
    }
}
