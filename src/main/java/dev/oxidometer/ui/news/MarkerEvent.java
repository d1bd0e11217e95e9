package dev.oxidometer.ui.news;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

import dev.oxidometer.ui.chart.ChartJs;

/** The pointer entered, left or clicked an article marker of a chart (see {@code oxidoMarker} in oxido-chart.js). */
public abstract class MarkerEvent extends ComponentEvent<ChartJs> {

    private final String markerId;

    MarkerEvent(ChartJs source, boolean fromClient, String markerId) {
        super(source, fromClient);
        this.markerId = markerId;
    }

    public String markerId() {
        return markerId;
    }

    @DomEvent("chart-marker-hover")
    public static class Hover extends MarkerEvent {
        public Hover(ChartJs source, boolean fromClient, @EventData("event.detail.id") String markerId) {
            super(source, fromClient, markerId);
        }
    }

    @DomEvent("chart-marker-leave")
    public static class Leave extends MarkerEvent {
        public Leave(ChartJs source, boolean fromClient, @EventData("event.detail.id") String markerId) {
            super(source, fromClient, markerId);
        }
    }

    @DomEvent("chart-marker-click")
    public static class Click extends MarkerEvent {
        public Click(ChartJs source, boolean fromClient, @EventData("event.detail.id") String markerId) {
            super(source, fromClient, markerId);
        }
    }
}
