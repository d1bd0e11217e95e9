package dev.oxidometer.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import com.vaadin.flow.router.QueryParameters;

import dev.oxidometer.ui.chart.image.ChartSpec;

/**
 * The Adoption view's chart state beyond {@link AdoptionSettings}, also kept in the URL: the zoom range
 * ({@code from}, {@code to}: release tags), the series switched off in a legend ({@code hide=drivers,samples}),
 * the article markers ({@code articles=off}) and the pinned article card ({@code article=ID}). Defaults are left
 * out.
 */
public record ChartViewState(String from, String to, SortedSet<String> hidden, boolean articles, Long article) {

    public static final ChartViewState DEFAULT = new ChartViewState(null, null, new TreeSet<>(), true, null);
    static final List<String> PARAMETERS = List.of("from", "to", "hide", "articles", "article");

    public ChartViewState {
        hidden = hidden == null ? new TreeSet<>() : new TreeSet<>(hidden);
    }

    public static ChartViewState from(QueryParameters query) {
        Map<String, List<String>> p = query.getParameters();
        Long article = null;
        String articleText = QueryValues.first(p, "article");
        if (articleText != null && articleText.matches("\\d{1,18}")) {
            article = Long.parseLong(articleText);
        }
        return new ChartViewState(blankToNull(QueryValues.first(p, "from")), blankToNull(QueryValues.first(p, "to")),
                ChartSpec.parseHidden(QueryValues.first(p, "hide")), !"off".equals(QueryValues.first(p, "articles")), article);
    }

    /** Adds this state to the settings' query, so that one URL holds the whole view. */
    public QueryParameters addTo(QueryParameters settings) {
        Map<String, List<String>> p = new LinkedHashMap<>(settings.getParameters());
        if (from != null) {
            p.put("from", List.of(from));
        }
        if (to != null) {
            p.put("to", List.of(to));
        }
        if (!hidden.isEmpty()) {
            p.put("hide", List.of(String.join(",", hidden)));
        }
        if (!articles) {
            p.put("articles", List.of("off"));
        }
        if (article != null) {
            p.put("article", List.of(String.valueOf(article)));
        }
        return new QueryParameters(p);
    }

    public ChartViewState withRange(String newFrom, String newTo) {
        return new ChartViewState(newFrom, newTo, hidden, articles, article);
    }

    public ChartViewState withHidden(String key, boolean off) {
        SortedSet<String> next = new TreeSet<>(hidden);
        if (off) {
            next.add(key);
        } else {
            next.remove(key);
        }
        return new ChartViewState(from, to, next, articles, article);
    }

    public ChartViewState withArticles(boolean shown, Long pinned) {
        return new ChartViewState(from, to, hidden, shown, shown ? pinned : null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
