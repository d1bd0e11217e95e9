package dev.oxidometer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.oxidometer.release.ReleaseSummary;
import dev.oxidometer.ui.chart.ChartColors;
import dev.oxidometer.ui.chart.image.ChartData;
import dev.oxidometer.ui.chart.image.ChartDataFactory;
import dev.oxidometer.ui.chart.image.ChartKind;
import dev.oxidometer.ui.chart.image.ChartSpec;

/**
 * The server-drawn images and the dashboard's Chart.js charts are built by two pieces of code; this holds them to
 * the same series: labels, order, colours and values.
 */
class ChartImagesMatchTheDashboardTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> datasets(software.xdev.chartjs.model.charts.Chart<?, ?, ?> chart) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(chart.toJson()).path("data").path("datasets").forEach(out::add);
        return out;
    }

    private static void same(List<JsonNode> dashboard, ChartKind kind, String subject, ChartData image) {
        List<ChartData.Series> all = ChartDataFactory.allSeries(kind, subject);
        assertThat(dashboard.stream().map(d -> d.path("label").asText()).toList())
                .isEqualTo(all.stream().map(ChartData.Series::label).toList());
        for (ChartData.Series s : image.series()) {
            JsonNode d = dashboard.stream().filter(n -> n.path("label").asText().equals(s.label())).findFirst()
                    .orElseThrow();
            assertThat(d.path("borderColor").asText()).isEqualTo(ChartColors.series(s.colour()));
            List<Double> values = new ArrayList<>();
            // on the date axis a point is {x, y}; on the release sequence a bare y
            d.path("data").forEach(v -> {
                JsonNode y = v.isObject() ? v.path("y") : v;
                values.add(y.isNull() || y.isMissingNode() ? null : y.asDouble());
            });
            assertThat(values).as(s.label()).isEqualTo(s.values());
        }
    }

    @Test
    void the_code_chart_image_has_the_dashboards_categories_colours_and_values() throws Exception {
        List<ReleaseSummary> releases = UiFixtures.releases(5);
        AdoptionSettings settings = AdoptionSettings.DEFAULT.withVendored(true);
        ChartSpec spec = new ChartSpec(ChartKind.ADOPTION, null, false, true, false, false, null, null, null);
        same(datasets(AdoptionCharts.codeByCategory(releases, settings)), ChartKind.ADOPTION, null,
                ChartDataFactory.releases(spec, releases));
        assertThat(ChartDataFactory.releases(spec, releases).series()).hasSize(6);
    }

    @Test
    void the_share_and_metric_images_have_the_dashboards_series_in_percent() throws Exception {
        List<ReleaseSummary> releases = UiFixtures.releases(4);
        same(datasets(AdoptionCharts.share(releases, AdoptionSettings.DEFAULT)), ChartKind.SHARE, null,
                ChartDataFactory.releases(ChartSpec.of(ChartKind.SHARE, null), releases));
        same(datasets(AdoptionCharts.metric(releases, "unsafe.blocks", AdoptionSettings.DEFAULT)), ChartKind.METRIC,
                "unsafe.blocks", ChartDataFactory.releases(ChartSpec.of(ChartKind.METRIC, "unsafe.blocks"), releases));
        same(datasets(AdoptionCharts.metric(releases, "share.code", AdoptionSettings.DEFAULT)), ChartKind.METRIC,
                "share.code", ChartDataFactory.releases(ChartSpec.of(ChartKind.METRIC, "share.code"), releases));
    }

    @Test
    void hidden_series_and_vendored_crates_are_left_out_of_the_image_as_the_legend_leaves_them_out() {
        List<ReleaseSummary> releases = UiFixtures.releases(3);
        ChartSpec spec = ChartSpec.of(ChartKind.ADOPTION, null).withHidden(new TreeSet<>(List.of("drivers")));
        assertThat(ChartDataFactory.releases(spec, releases).series().stream().map(ChartData.Series::key).toList())
                .containsExactly("abstractions", "samples", "infrastructure", "other");
    }
}
