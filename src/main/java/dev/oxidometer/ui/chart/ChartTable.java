package dev.oxidometer.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

import dev.oxidometer.ui.chart.image.ChartData;

/**
 * A chart's numbers as a table, the alternative to the canvas for a screen reader or a reader who wants the
 * figures: one row per release, one column per series shown (what the CSV download holds), and for a stacked
 * chart the total of the series shown.
 */
final class ChartTable {

    private ChartTable() {
    }

    static Div of(ChartData data) {
        Element table = new Element("table");
        Element caption = new Element("caption").setText(data.title());
        table.appendChild(caption);
        List<String> headers = new ArrayList<>(List.of("release", "date"));
        data.series().forEach(s -> headers.add(s.label()));
        if (data.stacked()) {
            headers.add("Total shown");
        }
        Element head = new Element("tr");
        headers.forEach(h -> head.appendChild(new Element("th").setAttribute("scope", "col").setText(h)));
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (int i = 0; i < data.tags().size(); i++) {
            Element row = new Element("tr");
            row.appendChild(new Element("th").setAttribute("scope", "row").setText(data.tags().get(i)));
            row.appendChild(new Element("td").setText(data.dates().get(i) == null ? ""
                    : data.dates().get(i).toString().substring(0, 10)));
            double total = 0;
            for (ChartData.Series s : data.series()) {
                Double v = s.values().get(i);
                total += v == null ? 0 : v;
                row.appendChild(new Element("td").setText(format(v, data.percent())));
            }
            if (data.stacked()) {
                row.appendChild(new Element("td").setText(format(total, data.percent())));
            }
            body.appendChild(row);
        }
        table.appendChild(body);
        Div wrapper = new Div();
        wrapper.addClassName("oxido-table");
        wrapper.getElement().appendChild(table);
        return wrapper;
    }

    static String format(Double v, boolean percent) {
        if (v == null) {
            return "–";
        }
        String number = v == Math.rint(v) && !percent ? String.format(Locale.ROOT, "%,d", v.longValue())
                : String.format(Locale.ROOT, "%,.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
        return percent ? number + "%" : number;
    }
}
