package dev.oxidometer.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A series was switched off or on in the legend (Chart.js has already redrawn it). */
@DomEvent("chart-legend")
public class ChartLegendEvent extends ComponentEvent<ChartJs> {

    private final String label;
    private final boolean hidden;

    public ChartLegendEvent(ChartJs source, boolean fromClient, @EventData("event.detail.label") String label,
                            @EventData("event.detail.hidden") boolean hidden) {
        super(source, fromClient);
        this.label = label;
        this.hidden = hidden;
    }

    /** The series' legend label. */
    public String getLabel() {
        return label;
    }

    public boolean isHidden() {
        return hidden;
    }
}
