package dev.oxidometer.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import software.xdev.chartjs.model.charts.Chart;

import java.util.Objects;

/**
 * A Chart.js 4 chart as a Flow component. Configure it with a chartjs-java-model chart (or its JSON); the browser
 * keeps the live Chart.js instance on the element as {@code element.chart} and updates it in place when the
 * configuration changes. Colours may be given as {@code var(--lumo-...)}: the element resolves them against the
 * current Lumo theme, so one configuration serves light and dark.
 */
@Tag("oxido-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@NpmPackage(value = "chartjs-plugin-annotation", version = "3.1.0")
@NpmPackage(value = "chartjs-plugin-zoom", version = "2.2.0")
@JsModule("./src/oxido-chart.js")
public class ChartJs extends Component implements HasSize, HasStyle {

    private String configJson;

    public ChartJs() {
        setHeight("360px");
        setWidthFull();
    }

    public ChartJs(Chart<?, ?, ?> chart) {
        this();
        setChart(chart);
    }

    /** Draws (or redraws in place) the given chart. */
    public void setChart(Chart<?, ?, ?> chart) {
        setConfigJson(Objects.requireNonNull(chart, "chart").toJson());
    }

    /** Draws the chart described by a Chart.js configuration object ({@code {type, data, options}}) in JSON. */
    public void setConfigJson(String json) {
        this.configJson = Objects.requireNonNull(json, "json");
        getElement().setProperty("configJson", json);
    }

    public String getConfigJson() {
        return configJson;
    }

    /** A text alternative for screen readers, as the canvas itself says nothing. */
    public void setAccessibleText(String text) {
        getElement().setProperty("ariaLabelText", text == null ? "" : text);
    }

    /** Called when a point (or the x position nearest to the click) is clicked. */
    public Registration addClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }

    /** Called after a legend click switched a series off or on. */
    public Registration addLegendListener(ComponentEventListener<ChartLegendEvent> listener) {
        return addListener(ChartLegendEvent.class, listener);
    }

    /** Called when a zoom or pan (wheel, pinch, drag) ends, with the range of point labels in view. */
    public Registration addZoomListener(ComponentEventListener<ChartZoomEvent> listener) {
        return addListener(ChartZoomEvent.class, listener);
    }

    /**
     * Shows only the points from label {@code from} to label {@code to} (both null: all), as a zoom the reader
     * can reset.
     */
    public void setZoomRange(String from, String to) {
        getElement().setProperty("zoomRange", from == null && to == null ? ""
                : (from == null ? "" : from) + "," + (to == null ? "" : to));
    }

    /** Saves {@code url} (same origin) as a file; a {@code width=0} query takes the chart's size on screen. */
    public void download(String url, String fileName) {
        getElement().callJsFunction("download", url, fileName);
    }

    /** Called when the pointer moves to another point; not repeated while it stays on the same one. */
    public Registration addHoverListener(ComponentEventListener<ChartHoverEvent> listener) {
        return addListener(ChartHoverEvent.class, listener);
    }
}
