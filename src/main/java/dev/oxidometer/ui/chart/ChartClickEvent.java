package dev.oxidometer.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A click on a chart, reported as the nearest point: dataset index, data index and the point's label. */
@DomEvent("chart-click")
public class ChartClickEvent extends ComponentEvent<ChartJs> {

    private final ChartPoint point;

    public ChartClickEvent(ChartJs source, boolean fromClient,
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
