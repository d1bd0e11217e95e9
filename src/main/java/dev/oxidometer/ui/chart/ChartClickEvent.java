package dev.oxidometer.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * A click on a chart, reported as the nearest point: dataset index, data index and the point's label, and the
 * kind of pointer ({@code mouse}, {@code touch} or {@code pen}): a tap may only select, as it also shows the
 * tooltip that a mouse shows on hover.
 */
@DomEvent("chart-click")
public class ChartClickEvent extends ComponentEvent<ChartJs> {

    private final ChartPoint point;
    private final boolean touch;

    public ChartClickEvent(ChartJs source, boolean fromClient,
                           @EventData("event.detail.datasetIndex") int datasetIndex,
                           @EventData("event.detail.index") int index,
                           @EventData("event.detail.label") String label,
                           @EventData("event.detail.pointerType") String pointerType) {
        super(source, fromClient);
        this.point = new ChartPoint(datasetIndex, index, label);
        this.touch = "touch".equals(pointerType) || "pen".equals(pointerType);
    }

    /** A tap of a finger or pen, not a mouse click. */
    public boolean isTouch() {
        return touch;
    }

    public ChartPoint getPoint() {
        return point;
    }
}
