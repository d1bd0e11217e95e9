package dev.oxidometer.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.LitRenderer;

import dev.oxidometer.release.ReleaseSummary;
import dev.oxidometer.scan.CountingRules;
import dev.oxidometer.scan.Metric;

/**
 * The Adoption view's metric picker: every numeric stored metric by its name from the counting rules, listed by
 * group (each item shows its group, key and unit under its name), searchable by name, key, group or definition.
 */
final class MetricPicker {

    private MetricPicker() {
    }

    static void configure(ComboBox<Metric> picker) {
        picker.setId("metric-picker");
        picker.setClearButtonVisible(true);
        picker.setPlaceholder("search 40+ metrics by name");
        picker.setItemLabelGenerator(Metric::name);
        picker.setRenderer(LitRenderer.<Metric>of("""
                <div class="oxido-metric-item">
                  <div>${item.name}</div>
                  <div class="oxido-muted">${item.group} · <code>${item.key}</code> · ${item.unit}</div>
                </div>""")
                .withProperty("name", Metric::name)
                .withProperty("group", Metric::group)
                .withProperty("key", Metric::key)
                .withProperty("unit", MetricPicker::unitWord));
        picker.getStyle().set("--vaadin-combo-box-overlay-width", "28em");
    }

    /** The catalogue's order (grouped), keys it lacks last; a search matches any word of name, key, group or definition. */
    static void setItems(ComboBox<Metric> picker, List<Metric> metrics) {
        List<String> order = CountingRules.metrics().all().stream().map(Metric::key).toList();
        List<Metric> sorted = metrics.stream()
                .sorted(Comparator.comparingInt(m -> order.indexOf(m.key()) < 0 ? Integer.MAX_VALUE
                        : order.indexOf(m.key())))
                .toList();
        picker.setItems(MetricPicker::matches, sorted);
    }

    static boolean matches(Metric m, String filter) {
        String text = (m.name() + " " + m.key() + " " + m.group() + " " + m.definition()).toLowerCase(Locale.ROOT);
        for (String word : filter.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!word.isEmpty() && !text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    static String unitWord(Metric m) {
        return m.fraction() ? "percent" : m.unit();
    }

    /**
     * The picked metric's definition under its chart's heading, in the words of "How we count"; on a log axis,
     * which cannot show 0, which releases are left out of the line for it.
     */
    static Paragraph definition(Metric m, boolean log, List<ReleaseSummary> releases) {
        StringBuilder text = new StringBuilder(m.key() + ", in " + unitWord(m) + ": " + m.definition()
                .replace("`", "") + ".");
        if (log) {
            List<String> zero = releases.stream()
                    .filter(r -> Metrics.number(r, m.key()).map(v -> v <= 0).orElse(false))
                    .map(ReleaseSummary::tag).toList();
            text.append(" Logarithmic axis");
            text.append(zero.isEmpty() ? "." : ": it cannot show 0, so " + String.join(", ", zero)
                    + (zero.size() == 1 ? ", where the value is 0, is" : ", where the value is 0, are")
                    + " left out of the line.");
        }
        Paragraph p = new Paragraph(text.toString());
        p.setId("metric-definition");
        p.addClassName("oxido-muted");
        return p;
    }
}
