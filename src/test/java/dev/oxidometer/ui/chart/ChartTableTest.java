package dev.oxidometer.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

import dev.oxidometer.ui.chart.image.ChartData;

class ChartTableTest {

    private static List<List<String>> cells(Div table) {
        Element t = table.getElement().getChild(0);
        List<List<String>> rows = new java.util.ArrayList<>();
        t.getChildren().filter(e -> !e.getTag().equals("caption")).forEach(section -> section.getChildren()
                .forEach(tr -> rows.add(tr.getChildren().map(Element::getText).toList())));
        return rows;
    }

    @Test
    void a_stacked_chart_gets_a_row_per_release_a_column_per_series_and_the_total_shown() {
        ChartData data = new ChartData("Rust code lines by category", "lines", List.of("v6.1", "v6.12"),
                List.of(Instant.parse("2022-12-11T22:15:18Z"), Instant.parse("2024-11-17T22:15:08Z")),
                List.of("a", "b"),
                List.of(new ChartData.Series("abstractions", "Abstractions", 0, List.of(276.0, 6500.0)),
                        new ChartData.Series("drivers", "Drivers", 1, Arrays.asList(null, 1500.0))),
                true, false, false, false, true);
        assertThat(cells(ChartTable.of(data))).containsExactly(
                List.of("release", "date", "Abstractions", "Drivers", "Total shown"),
                List.of("v6.1", "2022-12-11", "276", "–", "276"),
                List.of("v6.12", "2024-11-17", "6,500", "1,500", "8,000"));
    }

    @Test
    void shares_are_percent_with_the_sign_and_no_total() {
        ChartData data = new ChartData("Rust share", "%", List.of("v7.3"), java.util.Collections.singletonList(null),
                List.of("c"), List.of(new ChartData.Series("share.code", "Share (%)", 0, List.of(0.2375))),
                false, true, false, false, false);
        assertThat(cells(ChartTable.of(data))).containsExactly(List.of("release", "date", "Share (%)"),
                List.of("v7.3", "", "0.2375%"));
    }
}
