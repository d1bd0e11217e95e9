package dev.oxidometer.ui.chart;

import software.xdev.chartjs.model.options.Plugins;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * chartjs-java-model's {@link Plugins} plus the options of chartjs-plugin-annotation, which the model lacks.
 * Serialised as {@code plugins.annotation.annotations}: a map from an id to one annotation's options.
 */
public class AnnotatedPlugins extends Plugins {

    private final Map<String, Object> annotation = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> annotations = new LinkedHashMap<>();

    public AnnotatedPlugins() {
        annotation.put("annotations", annotations);
    }

    /** Read by Jackson when the chart is serialised. */
    public Map<String, Object> getAnnotation() {
        return annotations.isEmpty() ? Map.of() : annotation;
    }

    public Map<String, Map<String, Object>> annotations() {
        return annotations;
    }

    /**
     * A vertical line across the chart at an x value (a category label or a number on a linear axis), with an
     * optional label drawn at its top.
     */
    public AnnotatedPlugins addVerticalLine(String id, Object xValue, String color, String label, boolean dashed) {
        return addVerticalLine(id, xValue, color, label, dashed, 0);
    }

    /**
     * As {@link #addVerticalLine(String, Object, String, String, boolean)}, with the label moved down by
     * {@code labelRow} rows so that labels of lines close together (on a narrow screen) do not cover each other.
     */
    public AnnotatedPlugins addVerticalLine(String id, Object xValue, String color, String label, boolean dashed,
                                            int labelRow) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "line");
        line.put("scaleID", "x");
        line.put("value", xValue);
        line.put("borderColor", color);
        line.put("borderWidth", dashed ? 1 : 2);
        if (dashed) {
            line.put("borderDash", new int[] {4, 4});
        }
        if (label != null) {
            Map<String, Object> labelOptions = new LinkedHashMap<>();
            labelOptions.put("display", true);
            labelOptions.put("content", label);
            labelOptions.put("position", "start");
            // body text on the page's background, framed in the line's colour: that text reads at the body
            // text's contrast (WCAG AA) in both themes, which white or dark text on a coloured fill did not
            labelOptions.put("backgroundColor", "var(--lumo-base-color)");
            labelOptions.put("color", "var(--lumo-body-text-color)");
            labelOptions.put("borderColor", color);
            labelOptions.put("borderWidth", 1.5);
            labelOptions.put("font", Map.of("size", 11));
            labelOptions.put("yAdjust", labelRow * 24);
            line.put("label", labelOptions);
        }
        annotations.put(id, line);
        return this;
    }

    /**
     * Shorter forms of a line's label, tried in turn by {@code <oxido-chart>} when the full one would overlap
     * another label or cross another line (a narrow screen); a label that fits in none is left off. Null skips one.
     */
    @SuppressWarnings("unchecked")
    public AnnotatedPlugins shorterLabels(String id, String shortText, String tinyText) {
        Map<String, Object> line = annotations.get(id);
        if (line != null && line.get("label") instanceof Map<?, ?> label) {
            Map<String, Object> options = (Map<String, Object>) label;
            if (shortText != null) {
                options.put("oxidoShort", shortText);
            }
            if (tinyText != null) {
                options.put("oxidoTiny", tinyText);
            }
        }
        return this;
    }
}
