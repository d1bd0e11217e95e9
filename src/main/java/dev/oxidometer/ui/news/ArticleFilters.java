package dev.oxidometer.ui.news;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import dev.oxidometer.news.ArticleFilter;

/** The filters over the article list: text, source, date range (whole days, UTC), linked or not. */
class ArticleFilters extends HorizontalLayout {

    static final String ALL = "All";
    static final String LINKED = "Linked";
    static final String UNLINKED = "Unlinked";

    final TextField search = new TextField();
    final ComboBox<String> source = new ComboBox<>("Source");
    final DatePicker from = IsoDates.picker("From");
    final DatePicker to = IsoDates.picker("To");
    final Select<String> linked = new Select<>();
    private List<String> knownSources = List.of();

    /** @param changed called whenever a filter changes */
    ArticleFilters(Runnable changed) {
        search.setLabel("Search");
        search.setPlaceholder("title, summary, source, author");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        source.setClearButtonVisible(true);
        linked.setLabel("Links");
        linked.setItems(ALL, LINKED, UNLINKED);
        linked.setValue(ALL);
        search.addValueChangeListener(e -> changed(changed, e.isFromClient()));
        source.addValueChangeListener(e -> changed(changed, e.isFromClient()));
        from.addValueChangeListener(e -> changed(changed, e.isFromClient()));
        to.addValueChangeListener(e -> changed(changed, e.isFromClient()));
        linked.addValueChangeListener(e -> changed(changed, e.isFromClient()));
        add(search, source, from, to, linked);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        addClassName("oxido-article-filters");
    }

    /** Offers these sources; only when the set changed, since resetting the items clears the choice and refilters. */
    void sources(List<String> sources) {
        if (!sources.equals(knownSources)) {
            String chosen = source.getValue();
            knownSources = sources;
            source.setItems(sources);
            source.setValue(chosen != null && sources.contains(chosen) ? chosen : null);
        }
    }

    ArticleFilter filter() {
        return new ArticleFilter(source.getValue(),
                from.getValue() == null ? null : from.getValue().atStartOfDay().toInstant(ZoneOffset.UTC),
                to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1),
                LINKED.equals(linked.getValue()) ? Boolean.TRUE : UNLINKED.equals(linked.getValue()) ? Boolean.FALSE : null,
                search.getValue());
    }

    // The filters live in the address (?q=&source=&from=2024-01-01&to=&linked=linked|unlinked, the names of
    // GET /api/articles), so that a filtered list can be shared and survives a reload.
    static final List<String> PARAMETERS = List.of("q", "source", "from", "to", "linked");

    private void changed(Runnable changed, boolean fromClient) {
        changed.run();
        if (fromClient) {
            UI ui = UI.getCurrent();
            if (ui != null) {
                Location here = ui.getActiveViewLocation();
                ui.getPage().getHistory().replaceState(null, new Location(here.getPath(),
                        addTo(here.getQueryParameters())));
            }
        }
    }

    /** The query with the filters' parameters set to what the filters hold (others kept, empty ones left out). */
    QueryParameters addTo(QueryParameters query) {
        Map<String, List<String>> p = new LinkedHashMap<>(query.getParameters());
        PARAMETERS.forEach(p::remove);
        put(p, "q", search.getValue() == null ? null : search.getValue().strip());
        put(p, "source", source.getValue());
        put(p, "from", from.getValue() == null ? null : from.getValue().toString());
        put(p, "to", to.getValue() == null ? null : to.getValue().toString());
        put(p, "linked", LINKED.equals(linked.getValue()) ? "linked" : UNLINKED.equals(linked.getValue()) ? "unlinked" : null);
        return new QueryParameters(p);
    }

    /** Sets the filters from a link; a malformed date or value is ignored. */
    void read(QueryParameters query) {
        Map<String, List<String>> p = query.getParameters();
        search.setValue(Objects.requireNonNullElse(first(p, "q"), ""));
        String wantedSource = first(p, "source");
        if (wantedSource != null && !knownSources.contains(wantedSource)) {
            knownSources = new java.util.ArrayList<>(knownSources);
            knownSources.add(wantedSource);
            source.setItems(knownSources);
        }
        source.setValue(wantedSource);
        from.setValue(date(first(p, "from")));
        to.setValue(date(first(p, "to")));
        String l = first(p, "linked");
        linked.setValue("linked".equals(l) ? LINKED : "unlinked".equals(l) ? UNLINKED : ALL);
    }

    private static void put(Map<String, List<String>> p, String key, String value) {
        if (value != null && !value.isEmpty()) {
            p.put(key, List.of(value));
        }
    }

    private static String first(Map<String, List<String>> p, String key) {
        List<String> values = p.get(key);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
