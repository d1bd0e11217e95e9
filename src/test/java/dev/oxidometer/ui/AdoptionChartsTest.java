package dev.oxidometer.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.oxidometer.release.ReleaseGaps;
import dev.oxidometer.release.ReleaseSummary;
import dev.oxidometer.release.TreeEvent;
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
        JsonNode c = json(AdoptionCharts.codeByCategory(UiFixtures.releases(5),
                AdoptionSettings.DEFAULT.withDateAxis(false)));
        assertThat(c.path("type").asText()).isEqualTo("line");
        assertThat(c.path("data").path("labels")).hasSize(5);
        JsonNode datasets = c.path("data").path("datasets");
        List<String> labels = new ArrayList<>();
        datasets.forEach(d -> labels.add(d.path("label").asText()));
        assertThat(labels).containsExactly("Abstractions", "Drivers", "Samples", "Infrastructure", "Other",
                "Vendored crates");
        assertThat(datasets.get(1).path("data").get(4).asDouble()).isEqualTo(300.0);
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
        JsonNode c = json(AdoptionCharts.share(releases, AdoptionSettings.DEFAULT.withDateAxis(false)));
        double fraction = ((Number) releases.get(2).metrics().get("share.code")).doubleValue();
        assertThat(c.path("data").path("datasets").get(2).path("data").get(2).asDouble())
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
        assertThat(c.path("options").path("scales").path("x").path("oxidoFormat").asText()).isEqualTo("release-date");
    }

    @Test
    void tree_events_are_drawn_as_one_annotation_per_release_labelled_with_their_range() throws Exception {
        List<ReleaseSummary> releases = UiFixtures.releases(4);
        ReleaseGaps gaps = ReleaseGaps.of(List.of("v6.0", "v6.1", "v6.2", "v6.3"));
        List<TreeEvent> events = List.of(
                new TreeEvent("v6.1", "v6.0", true, "first-rust", "Rust", "3 .rs files"),
                new TreeEvent("v6.2", "v6.1", true, "first-driver", "rnull_mod", "rnull_mod (drivers/block/rnull.rs)"),
                new TreeEvent("v6.2", "v6.1", true, "driver-added", "rnull_mod", "module drivers/block/rnull.rs"));
        software.xdev.chartjs.model.charts.LineChart chart = AdoptionCharts.codeByCategory(releases,
                AdoptionSettings.DEFAULT.withDateAxis(false));
        AdoptionEvents.annotate(chart, releases, events, gaps, AdoptionSettings.DEFAULT.withDateAxis(false));
        JsonNode annotations = json(chart).path("options").path("plugins").path("annotation").path("annotations");
        assertThat(annotations.path("event-v6.1").path("value").asText()).isEqualTo("v6.1");
        assertThat(annotations.path("event-v6.2").path("label").path("content").asText())
                .isEqualTo("v6.2: first driver (rnull_mod), 1 × driver added");
    }

    @Test
    void an_event_after_a_gap_is_labelled_with_the_range_not_a_single_release() throws Exception {
        List<ReleaseSummary> releases = List.of(UiFixtures.release("v6.1", 1, false),
                UiFixtures.release("v6.12", 2, false));
        ReleaseGaps gaps = ReleaseGaps.of(List.of("v6.1", "v6.12"));
        software.xdev.chartjs.model.charts.LineChart chart = AdoptionCharts.codeByCategory(releases,
                AdoptionSettings.DEFAULT);
        AdoptionEvents.annotate(chart, releases, List.of(new TreeEvent("v6.12", "v6.1", false, "first-driver",
                "rnull_mod", "x")), gaps, AdoptionSettings.DEFAULT);
        assertThat(json(chart).path("options").path("plugins").path("annotation").path("annotations")
                .path("event-v6.12").path("label").path("content").asText())
                .isEqualTo("v6.2–v6.12: first driver (rnull_mod)");
    }

    @Test
    void on_a_release_sequence_axis_a_gap_between_two_releases_is_marked_with_what_is_missing() throws Exception {
        List<ReleaseSummary> releases = List.of(UiFixtures.release("v6.1", 1, false),
                UiFixtures.release("v6.12", 2, false), UiFixtures.release("v6.13", 3, false));
        ReleaseGaps gaps = ReleaseGaps.of(List.of("v6.1", "v6.12", "v6.13"));
        AdoptionSettings sequence = AdoptionSettings.DEFAULT.withDateAxis(false);
        software.xdev.chartjs.model.charts.LineChart chart = AdoptionCharts.codeByCategory(releases, sequence);
        AdoptionEvents.markGaps(chart, releases, gaps, sequence);
        JsonNode annotations = json(chart).path("options").path("plugins").path("annotation").path("annotations");
        assertThat(annotations.path("gap-v6.12").path("value").asDouble()).isEqualTo(0.5);
        assertThat(annotations.path("gap-v6.12").path("label").path("content").asText())
                .isEqualTo("v6.2–v6.11 not scanned");
        assertThat(annotations.has("gap-v6.13")).isFalse();
    }

    @Test
    void the_default_x_axis_is_a_date_axis() {
        assertThat(AdoptionSettings.DEFAULT.dateAxis()).isTrue();
    }

    @Test
    void the_share_chart_leads_with_the_vendored_free_share_and_shows_the_full_share_with_vendored_crates()
            throws Exception {
        List<ReleaseSummary> releases = UiFixtures.releases(3);
        JsonNode hidden = json(AdoptionCharts.share(releases, AdoptionSettings.DEFAULT)).path("data").path("datasets");
        assertThat(hidden.get(0).path("label").asText()).isEqualTo(AdoptionCharts.SHARE_LABEL);
        assertThat(hidden.get(2).path("label").asText()).isEqualTo(AdoptionCharts.SHARE_WITH_VENDORED_LABEL);
        assertThat(hidden.get(2).path("hidden").asBoolean()).isTrue();
        JsonNode shown = json(AdoptionCharts.share(releases, AdoptionSettings.DEFAULT.withVendored(true)))
                .path("data").path("datasets");
        assertThat(shown.get(2).path("hidden").asBoolean()).isFalse();
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
