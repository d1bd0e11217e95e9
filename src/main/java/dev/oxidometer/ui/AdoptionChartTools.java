package dev.oxidometer.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

import dev.oxidometer.ui.chart.image.ChartData;
import dev.oxidometer.ui.chart.image.ChartDataFactory;
import dev.oxidometer.ui.chart.image.ChartImageService;
import dev.oxidometer.ui.chart.image.ChartKind;
import dev.oxidometer.ui.chart.image.ChartSpec;
import dev.oxidometer.ui.chart.ChartJs;
import dev.oxidometer.ui.chart.ChartToolbar;
import dev.oxidometer.ui.news.ArticleChartMarkers;
import software.xdev.chartjs.model.charts.LineChart;
import software.xdev.chartjs.model.dataset.LineDataset;

/**
 * The Adoption view's chart toolbars and the chart state they keep in the URL ({@link ChartViewState}): a legend
 * click, a zoom, the article toggle and a pinned article card each rewrite the address (without a new history
 * entry), so that reloading or sharing it shows the same view; the zoom range is shared by the view's charts.
 * The vendored crates' legend entry and the "Show vendored crates" checkbox are one setting.
 */
final class AdoptionChartTools {

    private record Bound(ChartJs chart, ChartKind kind, String subject, List<String> tags, ChartToolbar toolbar) {
    }

    private final ChartImageService images;
    private final ArticleChartMarkers markers;
    private final Supplier<AdoptionSettings> settings;
    private final Consumer<AdoptionSettings> navigate;
    private final Map<ChartJs, Bound> bound = new HashMap<>();
    private final Map<ChartJs, Boolean> listening = new HashMap<>();
    private ChartViewState state = ChartViewState.DEFAULT;

    AdoptionChartTools(ChartImageService images, ArticleChartMarkers markers, Supplier<AdoptionSettings> settings,
                       Consumer<AdoptionSettings> navigate) {
        this.images = images;
        this.markers = markers;
        this.settings = settings;
        this.navigate = navigate;
        markers.onViewStateChange(() -> update(state.withArticles(markers.isShown(),
                markers.pinnedArticle().orElse(null))));
    }

    /** Reads the state from the URL; call before the view renders. */
    void read(QueryParameters query) {
        state = ChartViewState.from(query);
        markers.setShown(state.articles());
    }

    ChartViewState state() {
        return state;
    }

    /** The settings' query with this state added: where a change of settings navigates to. */
    QueryParameters query(AdoptionSettings next) {
        return state.addTo(next.toQuery());
    }

    /**
     * Applies the state to a chart about to be drawn (series switched off, zoom range) and returns its toolbar.
     * For the adoption chart, call after the article markers decorated it, so that a pinned article can be found.
     */
    ChartToolbar decorate(ChartJs chart, LineChart config, ChartKind kind, String subject) {
        List<String> tags = config.getData().getLabels();
        for (LineDataset dataset : config.getData().getDatasets()) {
            ChartDataFactory.keyOfLabel(kind, subject, dataset.getLabel())
                    .filter(key -> !key.equals(ChartDataFactory.VENDORED))
                    .filter(state.hidden()::contains)
                    .ifPresent(key -> dataset.setHidden(true));
        }
        ChartToolbar toolbar = new ChartToolbar(chart, () -> spec(kind, subject, tags), images, this::resetZoom);
        bound.put(chart, new Bound(chart, kind, subject, tags, toolbar));
        ChartSpec spec = spec(kind, subject, tags);
        chart.setZoomRange(spec.from(), spec.to());
        if (listening.putIfAbsent(chart, true) == null) {
            chart.addLegendListener(e -> legend(e.getSource(), e.getLabel(), e.isHidden()));
            chart.addZoomListener(e -> zoomed(e.getSource(), e.getFrom(), e.getTo()));
        }
        if (kind == ChartKind.ADOPTION && state.article() != null && state.articles()) {
            markers.pinArticle(state.article());
        }
        return toolbar;
    }

    /** What the chart shows now, as the API asks for it; a zoom tag the chart does not have is ignored. */
    ChartSpec spec(ChartKind kind, String subject, List<String> tags) {
        AdoptionSettings s = settings.get();
        SortedSet<String> keys = new TreeSet<>();
        for (ChartData.Series series : ChartDataFactory.allSeries(kind, subject)) {
            if (state.hidden().contains(series.key()) && !series.key().equals(ChartDataFactory.VENDORED)) {
                keys.add(series.key());
            }
        }
        String from = tags.contains(state.from()) ? state.from() : null;
        String to = tags.contains(state.to()) ? state.to() : null;
        if (from != null && to != null && tags.indexOf(from) > tags.indexOf(to)) {
            from = null;
            to = null;
        }
        return new ChartSpec(kind, subject, s.includeRc(), s.vendored(), s.logScale(), s.dateAxis(), from, to, keys);
    }

    private void legend(ChartJs chart, String label, boolean hidden) {
        Bound b = bound.get(chart);
        if (b == null || label == null) {
            return;
        }
        ChartDataFactory.keyOfLabel(b.kind(), b.subject(), label).ifPresent(key -> {
            if (key.equals(ChartDataFactory.VENDORED)) {
                navigate.accept(settings.get().withVendored(!hidden));
            } else {
                update(state.withHidden(key, hidden));
            }
        });
    }

    private void zoomed(ChartJs source, String from, String to) {
        update(state.withRange(from, to));
        for (Bound b : new ArrayList<>(bound.values())) {
            if (b.chart() != source) {
                ChartSpec spec = spec(b.kind(), b.subject(), b.tags());
                b.chart().setZoomRange(spec.from(), spec.to());
            }
        }
    }

    void resetZoom() {
        update(state.withRange(null, null));
        bound.values().forEach(b -> b.chart().setZoomRange(null, null));
    }

    private void update(ChartViewState next) {
        state = next;
        bound.values().forEach(b -> b.toolbar().refresh());
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().getHistory().replaceState(null, new Location("", query(settings.get())));
        }
    }
}
