package dev.oxidometer.ui.news;

import java.time.ZoneOffset;
import java.util.List;

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
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
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
        search.addValueChangeListener(e -> changed.run());
        source.addValueChangeListener(e -> changed.run());
        from.addValueChangeListener(e -> changed.run());
        to.addValueChangeListener(e -> changed.run());
        linked.addValueChangeListener(e -> changed.run());
        add(search, source, from, to, linked);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
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
}
