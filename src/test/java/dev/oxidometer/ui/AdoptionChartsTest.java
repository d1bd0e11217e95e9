package dev.oxidometer.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.oxidometer.release.ReleaseSummary;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AdoptionChartsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(software.xdev.chartjs.model.charts.Chart<?, ?, ?> chart) throws Exception {
        return JSON.readTree(chart.toJson());
    }

    @Test
    void the_code_chart_has_one_point_per_release_stacked_by_category_with_vendored_hidden() throws Exception {
        JsonNode c = json(AdoptionCharts.codeByCategory(UiFixtures.releases(5), AdoptionSettings.DEFAULT));
        assertThat(c.path("type").asText()).isEqualTo("line");
        assertThat(c.path("data").path("labels")).hasSize(5);
        JsonNode datasets = c.path("data").path("datasets");
        List<String> labels = new ArrayList<>();
        datasets.forEach(d -> labels.add(d.path("label").asText()));
        assertThat(labels).containsExactly("Abstractions", "Infrastructure", "Drivers", "Samples", "Other",
                "Vendored crates");
        assertThat(datasets.get(2).path("data").get(4).asDouble()).isEqualTo(300.0);
        assertThat(datasets.get(5).path("hidden").asBoolean()).isTrue();
        assertThat(datasets.get(0).path("hidden").asBoolean(false)).isFalse();
        assertThat(c.path("options").path("scales").path("y").path("stacked").asBoolean()).isTrue();
    }

    @Test
    void the_vendored_switch_shows_the_vendored_series() throws Exception {
        JsonNode c = json(AdoptionCharts.codeByCategory(UiFixtures.releases(3),
                AdoptionSettings.DEFAULT.withVendored(true)));
        assertThat(c.path("data").path("datasets").get(5).path("hidden").asBoolean()).isFalse();
    }

    @Test
    void shares_are_drawn_in_percent() throws Exception {
        List<ReleaseSummary> releases = UiFixtures.releases(3);
        JsonNode c = json(AdoptionCharts.share(releases, AdoptionSettings.DEFAULT));
        double fraction = ((Number) releases.get(2).metrics().get("share.code")).doubleValue();
        assertThat(c.path("data").path("datasets").get(0).path("data").get(2).asDouble())
                .isCloseTo(fraction * 100, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void the_log_setting_makes_the_value_axis_logarithmic() throws Exception {
        JsonNode c = json(AdoptionCharts.metric(UiFixtures.releases(3), "unsafe.blocks",
                AdoptionSettings.DEFAULT.withLogScale(true)));
        assertThat(c.path("options").path("scales").path("y").path("type").asText()).isEqualTo("logarithmic");
    }

    @Test
    void on_a_date_axis_points_carry_their_release_date_and_keep_their_tag_as_label() throws Exception {
        List<ReleaseSummary> releases = UiFixtures.releases(3);
        JsonNode c = json(AdoptionCharts.metric(releases, "unsafe.blocks", AdoptionSettings.DEFAULT.withDateAxis(true)));
        JsonNode point = c.path("data").path("datasets").get(0).path("data").get(1);
        assertThat(point.path("x").asLong()).isEqualTo(releases.get(1).date().toEpochMilli());
        assertThat(point.path("y").asDouble()).isEqualTo(40.0);
        assertThat(c.path("data").path("labels").get(1).asText()).isEqualTo("v6.1");
        assertThat(c.path("options").path("scales").path("x").path("oxidoFormat").asText()).isEqualTo("date");
    }

    @Test
    void first_rust_and_first_driver_are_found_in_the_data_and_marked() throws Exception {
        List<ReleaseSummary> releases = UiFixtures.releases(4);
        assertThat(AdoptionCharts.events(releases)).containsExactly(
                new AdoptionCharts.Event("v6.1", "First Rust in the tree"),
                new AdoptionCharts.Event("v6.2", "First Rust driver"));
        JsonNode annotations = json(AdoptionCharts.codeByCategory(releases, AdoptionSettings.DEFAULT))
                .path("options").path("plugins").path("annotation").path("annotations");
        assertThat(annotations.path("event-v6.1").path("value").asText()).isEqualTo("v6.1");
        assertThat(annotations.path("event-v6.2").path("label").path("content").asText()).contains("First Rust driver");
    }

    @Test
    void no_event_is_claimed_when_the_data_starts_with_rust_already_present() {
        assertThat(AdoptionCharts.events(UiFixtures.releases(4).subList(1, 4)))
                .extracting(AdoptionCharts.Event::text).containsExactly("First Rust driver");
    }

    @Test
    void with_rc_tags_shown_final_releases_get_a_marker_and_rcs_do_not() throws Exception {
        List<ReleaseSummary> releases = List.of(UiFixtures.release("v6.1", 1, false),
                UiFixtures.release("v6.2-rc1", 2, true), UiFixtures.release("v6.2", 2, false));
        JsonNode annotations = json(AdoptionCharts.codeByCategory(releases, AdoptionSettings.DEFAULT.withIncludeRc(true)))
                .path("options").path("plugins").path("annotation").path("annotations");
        assertThat(annotations.has("release-v6.1")).isTrue();
        assertThat(annotations.has("release-v6.2")).isTrue();
        assertThat(annotations.has("release-v6.2-rc1")).isFalse();
    }
}
