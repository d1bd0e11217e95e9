package dev.oxidometer.ui.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;

import dev.oxidometer.news.Article;
import dev.oxidometer.news.ArticleFilter;
import dev.oxidometer.news.ArticleService;
import dev.oxidometer.news.LinkService;
import dev.oxidometer.release.ReleaseSummary;
import dev.oxidometer.ui.chart.AnnotatedPlugins;
import dev.oxidometer.ui.chart.ChartJs;
import software.xdev.chartjs.model.charts.LineChart;
import software.xdev.chartjs.model.data.LineData;
import software.xdev.chartjs.model.options.LineOptions;

class ArticleMarkersTest extends BrowserlessTest {

    static final List<ReleaseSummary> RELEASES = List.of(release("v6.12", "2024-11-17"), release("v7.2", "2026-10-28"),
            release("v7.3", "2026-11-15"));

    static ReleaseSummary release(String tag, String day) {
        return new ReleaseSummary(tag, "c", Instant.parse(day + "T12:00:00Z"), false, "1", Map.of());
    }

    static Article article(long id, String title, String day) {
        return new Article(id, "https://lwn.net/Articles/" + id, title, "lwn.net", Instant.parse(day + "T12:00:00Z"),
                null, null, List.of(), "ed", Instant.parse(day + "T12:00:00Z"));
    }

    static final List<Article> ARTICLES = List.of(
            article(1, "Binder merged", "2026-11-01"),
            article(2, "Nova progress", "2026-10-30"),
            article(3, "Rust in 6.13", "2024-12-01"),
            article(4, "Linked to v7.2 by an editor", "2026-11-20"),
            article(5, "Before any release shown", "2020-01-01"));

    @Test
    void articles_group_per_release_by_link_else_by_date_with_a_count() {
        List<ArticleMarkers.Group> groups = ArticleMarkers.group(ARTICLES, Map.of(4L, List.of("v7.2", "v9.9")), RELEASES);

        assertThat(groups).extracting(ArticleMarkers.Group::tag, ArticleMarkers.Group::label).containsExactly(
                org.assertj.core.groups.Tuple.tuple("v6.12", "1 article"),
                org.assertj.core.groups.Tuple.tuple("v7.2", "3 articles"));
        assertThat(groups.get(1).articles()).extracting(Article::id).containsExactly(4L, 1L, 2L);
    }

    @Test
    void each_group_is_one_styled_marker_that_reports_pointer_events() {
        AnnotatedPlugins plugins = new AnnotatedPlugins();
        ArticleMarkers.addTo(plugins, ArticleMarkers.group(ARTICLES, Map.of(), RELEASES), tag -> tag);

        Map<String, Object> marker = plugins.annotations().get("articles-v7.2");
        assertThat(marker).containsEntry("value", "v7.2").containsEntry("oxidoMarker", "articles-v7.2")
                .containsEntry("borderColor", "var(--lumo-success-color)");
        assertThat((Map<String, Object>) marker.get("label")).containsEntry("content", "2 articles");
    }

    ArticleChartMarkers markers(ChartJs chart, Runnable rerender) {
        ArticleService articles = mock(ArticleService.class);
        LinkService links = mock(LinkService.class);
        when(articles.search(ArticleFilter.ALL)).thenReturn(ARTICLES);
        when(links.acceptedReleaseLinks()).thenReturn(Map.of());
        ArticleChartMarkers m = new ArticleChartMarkers(articles, links, rerender);
        UI.getCurrent().add(chart, m);
        return m;
    }

    static LineChart lineChart() {
        return new LineChart(new LineData(), new LineOptions().setPlugins(new AnnotatedPlugins()));
    }

    @Test
    void hovering_shows_a_card_leaving_hides_it_and_a_click_pins_it_with_actions() {
        ChartJs chart = new ChartJs();
        ArticleChartMarkers m = markers(chart, () -> { });
        LineChart config = lineChart();
        m.decorate(chart, config, RELEASES, false);
        assertThat(config.toJson()).contains("\"oxidoMarker\":\"articles-v7.2\"");

        ComponentUtil.fireEvent(chart, new MarkerEvent.Hover(chart, true, "articles-v7.2"));
        assertThat(m.card.isVisible()).isTrue();
        assertThat(m.card.getElement().getTextRecursively()).contains("v7.2 · 2 articles", "Binder merged",
                "lwn.net, 2026-11-01").doesNotContain("open article");

        ComponentUtil.fireEvent(chart, new MarkerEvent.Leave(chart, true, "articles-v7.2"));
        assertThat(m.card.isVisible()).isFalse();

        ComponentUtil.fireEvent(chart, new MarkerEvent.Click(chart, true, "articles-v7.2"));
        ComponentUtil.fireEvent(chart, new MarkerEvent.Leave(chart, true, "articles-v7.2"));
        ComponentUtil.fireEvent(chart, new MarkerEvent.Hover(chart, true, "articles-v6.12"));
        assertThat(m.card.isVisible()).isTrue();
        assertThat(m.card.getElement().getTextRecursively()).contains("Binder merged").doesNotContain("Rust in 6.13");
        List<Anchor> open = find(Anchor.class, m.card).all();
        assertThat(open).hasSize(2).allSatisfy(a -> {
            assertThat(a.getElement().getAttribute("rel")).isEqualTo("noopener noreferrer");
            assertThat(a.getElement().getAttribute("target")).isEqualTo("_blank");
        });
        assertThat(find(Button.class, m.card).withText("show linked data").all()).hasSize(2);

        test(find(Button.class, m.card).withText("Close").single()).click();
        assertThat(m.card.isVisible()).isFalse();
    }

    @Test
    void the_toggle_takes_the_markers_off_the_chart() {
        ChartJs chart = new ChartJs();
        int[] rerenders = {0};
        ArticleChartMarkers m = markers(chart, () -> rerenders[0]++);

        test(m.show).click();
        LineChart config = lineChart();
        m.decorate(chart, config, RELEASES, false);

        assertThat(rerenders[0]).isEqualTo(1);
        assertThat(config.toJson()).doesNotContain("oxidoMarker");
        assertThat(m.groups()).isEmpty();
    }
}
