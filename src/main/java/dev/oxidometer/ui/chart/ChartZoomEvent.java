package dev.oxidometer.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * A zoom or pan ended: the first and last point labels (release tags) in view, both null when the whole range
 * shows again.
 */
@DomEvent("chart-zoom")
public class ChartZoomEvent extends ComponentEvent<ChartJs> {

    private final String from;
    private final String to;

    public ChartZoomEvent(ChartJs source, boolean fromClient, @EventData("event.detail.from") String from,
                          @EventData("event.detail.to") String to) {
        super(source, fromClient);
        this.from = from;
        this.to = to;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public boolean isWholeRange() {
        return from == null && to == null;
    }
}
