package dev.oxidometer.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.H2;
import dev.oxidometer.release.DataSource;
import dev.oxidometer.release.ReleaseSummary;
import dev.oxidometer.ui.chart.ChartClickEvent;
import dev.oxidometer.ui.chart.ChartJs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.vaadin.flow.component.html.H3;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.when;

class AdoptionViewTest extends ViewTestBase {

    private final List<ReleaseSummary> releases = UiFixtures.releases(5);

    @BeforeEach
    void data() {
        when(catalog.releases(anyBoolean())).thenReturn(releases);
        when(catalog.metricKeys()).thenReturn(List.copyOf(releases.getLast().metrics().keySet()));
        when(catalog.dataSource()).thenReturn(Optional.of(new DataSource("/srv/linux", "1",
                Instant.parse("2026-11-24T10:00:00Z"), List.of("v6.4"), false)));
        for (ReleaseSummary r : releases) {
            when(catalog.release(r.tag())).thenReturn(Optional.of(r));
        }
    }

    /** The JavaScript the server has queued for the browser (and now drops), as expressions. */
    private static List<String> pendingJs() {
        return com.vaadin.flow.component.UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(i -> i.getInvocation().getExpression()).toList();
    }

    private AdoptionView open(String query) {
        com.vaadin.flow.component.UI.getCurrent().navigate("", com.vaadin.flow.router.QueryParameters.fromString(query));
        return (AdoptionView) getCurrentView();
    }

    @Test
    void an_empty_database_shows_how_to_scan_instead_of_a_chart() {
        when(catalog.releases(anyBoolean())).thenReturn(List.of());
        navigate(AdoptionView.class);
        assertThat(find(EmptyState.class).exists()).isTrue();
        assertThat(find(ChartJs.class).exists()).isFalse();
    }

    @Test
    void numbers_counted_under_older_rules_say_so_and_current_ones_do_not() {
        navigate(AdoptionView.class);
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).id("older-rules").getText())
                .contains("counting rules version 1, not this build's version "
                        + dev.oxidometer.scan.CountingRules.RULES_VERSION)
                .contains("until the repository is rescanned");
        when(catalog.dataSource()).thenReturn(Optional.of(new DataSource("/srv/linux",
                dev.oxidometer.scan.CountingRules.RULES_VERSION, Instant.parse("2026-11-24T10:00:00Z"),
                List.of("v6.4"), false)));
        navigate(AdoptionView.class);
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("older-rules").exists()).isFalse();
    }

    @Test
    void the_counters_show_the_newest_release_with_its_change() {
        navigate(AdoptionView.class);
        Counter drivers = find(Counter.class).id("counter-drivers");
        assertThat(drivers.getElement().getTextRecursively()).contains("3").contains("+1 since previous release");
        assertThat(find(Counter.class).id("counter-code").getElement().getTextRecursively()).contains("4,350").contains("+1,100");
    }

    @Test
    void the_code_chart_gets_one_point_per_release() {
        AdoptionView view = navigate(AdoptionView.class);
        assertThat(view.codeChart.getConfigJson()).contains("\"labels\":[\"v6.0\",\"v6.1\",\"v6.2\",\"v6.3\",\"v6.4\"]");
        assertThat(find(H2.class).first().getText()).isEqualTo("Rust in the Linux kernel");
    }

    @Test
    void a_metric_from_the_url_gets_its_own_chart_and_the_controls_reflect_the_url() {
        AdoptionView view = open("metric=unsafe.blocks&scale=log&rc=on&x=date");
        assertThat(view.metric.getValue().key()).isEqualTo("unsafe.blocks");
        assertThat(view.scale.getValue()).isEqualTo(AdoptionView.LOG);
        assertThat(view.rc.getValue()).isTrue();
        assertThat(view.xAxis.getValue()).isEqualTo(AdoptionView.DATES);
        assertThat(view.metricChart.isAttached()).isTrue();
        assertThat(view.metricChart.getConfigJson()).contains("\"type\":\"logarithmic\"");
        assertThat(view.scale.isVisible()).as("log is offered for one metric's line").isTrue();
        // named and defined as "How we count" has it, with the unit on the axis and in the tooltip
        assertThat(find(H3.class).id("metric-heading").getText()).isEqualTo("Lines opening an unsafe block");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).id("metric-definition").getText())
                .startsWith("unsafe.blocks, in lines: lines of .rs files containing unsafe {.")
                .contains("it cannot show 0, so v6.0, where the value is 0, is left out of the line");
        assertThat(view.metricChart.getConfigJson()).contains("\"text\":\"Lines opening an unsafe block (lines)\"")
                .contains("\"oxidoUnit\":\"lines\"");
    }

    @Test
    void the_stacked_chart_is_never_logarithmic_and_its_tooltip_sums_the_adoption_bands_and_the_total() {
        AdoptionView view = open("scale=log");
        assertThat(view.codeChart.getConfigJson()).doesNotContain("logarithmic")
                .contains("\"oxidoSums\":[{\"label\":\"Adoption code (abstractions + drivers + samples)\","
                        + "\"datasets\":[0,1,2]}");
        assertThat(view.scale.isVisible()).as("no log axis offered without a metric").isFalse();
        // bottom three bands = the adoption counter, top of all = the counter without vendored crates
        List<String> labels = new java.util.ArrayList<>();
        tools.jackson.databind.json.JsonMapper.builder().build().readTree(view.codeChart.getConfigJson())
                .path("data").path("datasets").forEach(d -> labels.add(d.path("label").asString()));
        assertThat(labels).startsWith("Abstractions", "Drivers", "Samples", "Infrastructure", "Other");
        assertThat(find(Counter.class).id("counter-code").getElement().getTextRecursively()).contains("4,350");
        assertThat(find(Counter.class).id("counter-nonvendored").getElement().getTextRecursively())
                .contains("6,390").contains("+1,610");
    }

    @Test
    void a_share_metric_is_drawn_in_percent_with_the_sign_on_the_ticks_and_never_on_a_log_axis() {
        AdoptionView view = open("metric=share.code&scale=log");
        assertThat(view.metricChart.getConfigJson()).doesNotContain("logarithmic")
                .contains("\"oxidoFormat\":\"percent\"").contains("\"oxidoUnit\":\"%\"");
        assertThat(view.scale.isVisible()).isFalse();
        assertThat(find(H3.class).id("metric-heading").getText())
                .isEqualTo("Rust share of code, vendored crates included");
    }

    @Test
    void on_the_date_axis_the_ticks_are_the_releases() {
        AdoptionView view = open("x=date");
        assertThat(view.codeChart.getConfigJson()).contains("\"oxidoFormat\":\"release-date\"");
    }

    @Test
    void the_metric_picker_offers_numeric_metrics_only() {
        AdoptionView view = navigate(AdoptionView.class);
        List<String> items = view.metric.getListDataView().getItems().map(dev.oxidometer.scan.Metric::key).toList();
        assertThat(items).contains("unsafe.blocks", "share.code").doesNotContain("rustc.min");
        // in the catalogue's order, so that each group's metrics are listed together
        List<String> order = dev.oxidometer.scan.CountingRules.metrics().all().stream()
                .map(dev.oxidometer.scan.Metric::key).filter(items::contains).toList();
        assertThat(items).isEqualTo(order);
        assertThat(view.metric.getItemLabelGenerator().apply(dev.oxidometer.scan.CountingRules.metrics()
                .get("drivers.modules").orElseThrow())).isEqualTo("Rust driver modules");
    }

    @Test
    void the_metric_search_matches_names_keys_groups_and_definitions_word_by_word() {
        dev.oxidometer.scan.Metric unsafe = dev.oxidometer.scan.CountingRules.metrics().get("unsafe.blocks")
                .orElseThrow();
        assertThat(MetricPicker.matches(unsafe, "unsafe")).isTrue();
        assertThat(MetricPicker.matches(unsafe, "unsafe.blocks")).isTrue();
        assertThat(MetricPicker.matches(unsafe, "UNSAFE code")).as("its group").isTrue();
        assertThat(MetricPicker.matches(unsafe, "block .rs")).as("words of its definition").isTrue();
        assertThat(MetricPicker.matches(unsafe, "driver")).isFalse();
    }

    @Test
    void picking_a_metric_scrolls_its_chart_into_view() {
        AdoptionView view = navigate(AdoptionView.class);
        test(view.metric).selectItem("Rust driver modules");
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation()
                .getPathWithQueryParameters()).isEqualTo("?metric=drivers.modules");
        H3 heading = find(H3.class).id("metric-heading");
        assertThat(heading.getText()).isEqualTo("Rust driver modules");
        assertThat(pendingJs()).anyMatch(js -> js.contains("scrollIntoView"));
    }

    @Test
    void an_unknown_metric_in_the_url_says_so_instead_of_drawing_nothing() {
        open("metric=no.such.metric");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).id("unknown-metric").getText())
                .contains("no.such.metric");
    }

    @Test
    void changing_a_control_puts_the_setting_into_the_url() {
        AdoptionView view = navigate(AdoptionView.class);
        test(view.vendored).click();
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation()
                .getPathWithQueryParameters()).isEqualTo("?vendored=on");
    }

    @Test
    void clicking_a_release_point_opens_that_release() {
        when(catalog.previous("v6.3", false)).thenReturn(Optional.of(releases.get(2)));
        when(catalog.diff("v6.2", "v6.3")).thenReturn(new dev.oxidometer.release.ReleaseDiff("v6.2", "v6.3",
                List.of(), List.of(), List.of(), List.of()));
        AdoptionView view = navigate(AdoptionView.class);
        ComponentUtil.fireEvent(view.codeChart, new ChartClickEvent(view.codeChart, true, 0, 3, "v6.3", "mouse"));
        assertThat(getCurrentView()).isInstanceOf(ReleaseView.class);
        assertThat(find(H2.class).id("release-title").getText()).isEqualTo("Release v6.3");
    }

    @Test
    void a_tap_selects_a_release_and_only_open_opens_it() {
        when(catalog.previous("v6.3", false)).thenReturn(Optional.of(releases.get(2)));
        when(catalog.diff("v6.2", "v6.3")).thenReturn(new dev.oxidometer.release.ReleaseDiff("v6.2", "v6.3",
                List.of(), List.of(), List.of(), List.of()));
        AdoptionView view = navigate(AdoptionView.class);
        assertThat(view.openSelected.isVisible()).isFalse();
        ComponentUtil.fireEvent(view.codeChart, new ChartClickEvent(view.codeChart, true, 0, 3, "v6.3", "touch"));
        assertThat(getCurrentView()).as("a tap stays on the chart").isSameAs(view);
        assertThat(view.hoverInfo.getText()).startsWith("v6.3 · ").contains("adoption code lines");
        assertThat(view.openSelected.isVisible()).isTrue();
        assertThat(view.openSelected.getText()).isEqualTo("Open v6.3");
        test(view.openSelected).click();
        assertThat(getCurrentView()).isInstanceOf(ReleaseView.class);
    }

    @Test
    void two_headline_counters_come_first_and_the_rest_in_their_own_row() {
        navigate(AdoptionView.class);
        com.vaadin.flow.component.html.Div more = find(com.vaadin.flow.component.html.Div.class).id("more-counters");
        com.vaadin.flow.component.Component headline = find(Counter.class).id("counter-code").getParent().orElseThrow();
        assertThat(headline.getChildren().map(c -> c.getId().orElse(""))).containsExactly("counter-code",
                "counter-share");
        assertThat(more.getChildren().map(c -> c.getId().orElse(""))).contains("counter-nonvendored",
                "counter-drivers").doesNotContain("counter-code");
        // a phone hides the parenthesized detail of a caption; the words before and after stay
        assertThat(find(Counter.class).id("counter-code").getElement().getTextRecursively())
                .contains("Rust adoption code lines (abstractions, drivers, samples), v6.4");
    }

    @Test
    void the_coverage_line_the_share_counter_and_the_events_say_what_they_count_and_which_releases_are_missing() {
        when(catalog.gaps()).thenReturn(dev.oxidometer.release.ReleaseGaps.of(List.of("v6.0", "v6.1", "v6.2",
                "v6.3", "v6.4")));
        when(catalog.events()).thenReturn(List.of(new dev.oxidometer.release.TreeEvent("v6.2", "v6.1", true,
                "first-driver", "rnull_mod", "rnull_mod (drivers/block/rnull.rs)")));
        AdoptionView view = navigate(AdoptionView.class);
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).id("coverage").getText())
                .startsWith("Scanned: v6.0, v6.1, v6.2, v6.3, v6.4. No release is missing");
        assertThat(find(Counter.class).id("counter-share").getElement().getTextRecursively())
                .contains("vendored crates left out (share.nonvendored.code)");
        assertThat(find(com.vaadin.flow.component.html.Div.class).id("events").getElement().getTextRecursively())
                .contains("In v6.2: First Rust driver rnull_mod");
        assertThat(view.codeChart.getConfigJson()).contains("v6.2: first driver (rnull_mod)");
        assertThat(view.treeEvents.getValue()).isTrue();
    }

    @Test
    void tree_events_can_be_switched_off_in_the_url() {
        when(catalog.events()).thenReturn(List.of(new dev.oxidometer.release.TreeEvent("v6.2", "v6.1", true,
                "first-driver", "rnull_mod", "x")));
        AdoptionView view = open("events=off");
        assertThat(view.treeEvents.getValue()).isFalse();
        assertThat(view.codeChart.getConfigJson()).doesNotContain("event-v6.2");
    }
}
