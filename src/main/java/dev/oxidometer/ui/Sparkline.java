package dev.oxidometer.ui;

import com.vaadin.flow.component.html.Span;

import java.util.List;
import java.util.Locale;

/** A tiny trend line drawn as inline SVG: cheap enough for one per grid row, no chart library needed. */
class Sparkline extends Span {

    Sparkline(List<Long> values, String description) {
        getElement().setProperty("innerHTML", svg(values));
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", description);
        getElement().setAttribute("title", description);
    }

    static String svg(List<Long> values) {
        int width = 100;
        int height = 24;
        if (values.isEmpty()) {
            return "";
        }
        long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            double x = values.size() == 1 ? width : (double) i * width / (values.size() - 1);
            double y = height - 2 - (double) values.get(i) * (height - 4) / max;
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return "<svg width=\"" + width + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height
                + "\" style=\"display:block\"><polyline fill=\"none\" stroke=\"var(--lumo-primary-color)\""
                + " stroke-width=\"1.5\" points=\"" + points.toString().trim() + "\"/></svg>";
    }
}
