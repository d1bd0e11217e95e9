package dev.oxidometer.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The pointer moved onto another point of a chart. */
@DomEvent("chart-hover")
public class ChartHoverEvent extends ComponentEvent<ChartJs> {

    private final ChartPoint point;

    public ChartHoverEvent(ChartJs source, boolean fromClient,
                           @EventData("event.detail.datasetIndex") int datasetIndex,
                           @EventData("event.detail.index") int index,
                           @EventData("event.detail.label") String label) {
        super(source, fromClient);
        this.point = new ChartPoint(datasetIndex, index, label);
    }

    public ChartPoint getPoint() {
        return point;
    }
}
