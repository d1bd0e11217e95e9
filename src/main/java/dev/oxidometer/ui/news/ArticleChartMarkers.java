package dev.oxidometer.ui.news;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;

import dev.oxidometer.news.Article;
import dev.oxidometer.news.ArticleFilter;
import dev.oxidometer.news.ArticleService;
import dev.oxidometer.news.LinkService;
import dev.oxidometer.release.ReleaseSummary;

import dev.oxidometer.ui.chart.AnnotatedPlugins;
import dev.oxidometer.ui.chart.ChartJs;
import dev.oxidometer.ui.format.Format;
import software.xdev.chartjs.model.charts.LineChart;

/**
 * Article markers for a release chart, with their toggle and card: hovering a marker shows its articles (title,
 * source, date); a click pins the card with "open article" and "show linked data" for each; "Show articles"
 * switches the markers off and on.
 */
public class ArticleChartMarkers extends Div {

    private final ArticleService articles;
    private final LinkService links;
    final Checkbox show = new Checkbox("Show articles", true);
    final Div card = new Div();
    private List<ArticleMarkers.Group> groups = List.of();
    private ArticleMarkers.Group pinned;
    private ChartJs listening;
    private Runnable stateChanged = () -> { };

    /** @param rerender draws the chart again (after the toggle) */
    public ArticleChartMarkers(ArticleService articles, LinkService links, Runnable rerender) {
        this.articles = articles;
        this.links = links;
        setId("article-markers");
        show.setId("articles-toggle");
        show.addValueChangeListener(e -> {
            pinned = null;
            card.setVisible(false);
            rerender.run();
            stateChanged.run();
        });
        card.setId("article-card");
        card.addClassName("oxido-article-card");
        card.getStyle().set("border", "1px solid var(--lumo-success-color)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-top", "var(--lumo-space-s)");
        card.setVisible(false);
        add(show, card);
    }

    /** Adds the article markers to a chart configuration (when shown) and listens to the chart's marker events. */
    public void decorate(ChartJs component, LineChart chart, List<ReleaseSummary> releases, boolean dateAxis) {
        if (listening != component) {
            listening = component;
            ComponentUtil.addListener(component, MarkerEvent.Hover.class, e -> hover(e.markerId()));
            ComponentUtil.addListener(component, MarkerEvent.Leave.class, e -> leave());
            ComponentUtil.addListener(component, MarkerEvent.Click.class, e -> pin(e.markerId()));
        }
        if (!show.getValue() || !(chart.getOptions().getPlugins() instanceof AnnotatedPlugins plugins)) {
            groups = List.of();
            return;
        }
        Map<Long, List<String>> linked = links.acceptedReleaseLinks();
        groups = ArticleMarkers.group(articles.search(ArticleFilter.ALL), linked, releases);
        Map<String, Object> x = new java.util.HashMap<>();
        releases.forEach(r -> x.put(r.tag(), dateAxis && r.date() != null ? r.date().toEpochMilli() : r.tag()));
        ArticleMarkers.addTo(plugins, groups, x::get);
    }

    List<ArticleMarkers.Group> groups() {
        return groups;
    }

    void hover(String id) {
        if (pinned == null) {
            find(id).ifPresent(g -> showCard(g, false));
        }
    }

    void leave() {
        if (pinned == null) {
            card.setVisible(false);
        }
    }

    void pin(String id) {
        find(id).ifPresent(g -> {
            pinned = g;
            showCard(g, true);
            stateChanged.run();
        });
    }

    private Optional<ArticleMarkers.Group> find(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    private void showCard(ArticleMarkers.Group g, boolean pin) {
        card.removeAll();
        card.add(new Div(new Span(g.tag() + " · " + g.label())));
        for (Article a : g.articles()) {
            Div row = new Div(new Span(a.title()), new Span(" — " + a.source() + ", " + Format.date(a.publishedAt())));
            row.addClassName("oxido-article-row");
            if (pin) {
                Button linkedData = new Button("show linked data", e -> UI.getCurrent().navigate(ArticlesView.class,
                        QueryParameters.of(ArticlesView.ARTICLE, String.valueOf(a.id()))));
                linkedData.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                row.add(new Span(" "), ArticleLinks.open(a.url(), "open article"), linkedData);
            }
            card.add(row);
        }
        if (pin) {
            Button close = new Button("Close", e -> {
                pinned = null;
                card.setVisible(false);
                stateChanged.run();
            });
            close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            card.add(close);
        }
        card.setVisible(true);
    }

    // View state for the page's URL (?articles=off, ?article=ID), kept by the chart toolbar (ui/AdoptionChartTools).

    /** Called when the markers are switched off or on, or a card is pinned or closed. */
    public void onViewStateChange(Runnable listener) {
        stateChanged = listener == null ? () -> { } : listener;
    }

    public boolean isShown() {
        return show.getValue();
    }

    /** Switches the markers on or off as a link asks, without reporting it back as a change. */
    public void setShown(boolean shown) {
        if (show.getValue() != shown) {
            Runnable listener = stateChanged;
            stateChanged = () -> { };
            try {
                show.setValue(shown);
            } finally {
                stateChanged = listener;
            }
        }
    }

    /** The first article of the pinned card, if one is pinned. */
    public Optional<Long> pinnedArticle() {
        return pinned == null || pinned.articles().isEmpty() ? Optional.empty()
                : Optional.of(pinned.articles().getFirst().id());
    }

    /** Pins the card of the marker holding this article (after {@link #decorate}); false when no marker holds it. */
    public boolean pinArticle(long articleId) {
        for (ArticleMarkers.Group g : groups) {
            if (g.articles().stream().anyMatch(a -> a.id() == articleId)) {
                pinned = g;
                showCard(g, true);
                return true;
            }
        }
        return false;
    }
}
