package dev.oxidometer.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.H2;
import dev.oxidometer.release.DataSource;
import dev.oxidometer.release.ReleaseSummary;
import dev.oxidometer.ui.chart.ChartClickEvent;
import dev.oxidometer.ui.chart.ChartJs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
        assertThat(view.metric.getValue()).isEqualTo("unsafe.blocks");
        assertThat(view.scale.getValue()).isEqualTo(AdoptionView.LOG);
        assertThat(view.rc.getValue()).isTrue();
        assertThat(view.xAxis.getValue()).isEqualTo(AdoptionView.DATES);
        assertThat(view.metricChart.isAttached()).isTrue();
        assertThat(view.metricChart.getConfigJson()).contains("\"type\":\"logarithmic\"");
    }

    @Test
    void the_metric_picker_offers_numeric_metrics_only() {
        AdoptionView view = navigate(AdoptionView.class);
        List<String> items = view.metric.getListDataView().getItems().toList();
        assertThat(items).contains("unsafe.blocks", "share.code").doesNotContain("rustc.min");
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
        ComponentUtil.fireEvent(view.codeChart, new ChartClickEvent(view.codeChart, true, 0, 3, "v6.3"));
        assertThat(getCurrentView()).isInstanceOf(ReleaseView.class);
        assertThat(find(H2.class).id("release-title").getText()).isEqualTo("Release v6.3");
    }
}
