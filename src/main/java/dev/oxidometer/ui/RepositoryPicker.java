package dev.oxidometer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import dev.oxidometer.release.DefaultRepository;
import dev.oxidometer.release.Repo;
import dev.oxidometer.release.RepositoryScope;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which tree a view shows, kept in the URL as {@code ?repo=NAME} (absent: the default repository, as the read API
 * without {@code ?repository=}). The picker only shows when more than one repository holds releases; its reads run
 * in {@link RepositoryScope}, so every read of the release history made through {@link #within} answers for the
 * picked tree. A name that is no repository with releases is said so, and nothing of another tree is shown in its
 * place.
 */
final class RepositoryPicker extends Div {

    static final String PARAMETER = "repo";

    private final RepositoryScope scope;
    private final DefaultRepository defaults;
    private final Class<? extends Component> view;
    final Select<String> select = new Select<>();
    final RouterLink compare = new RouterLink();
    private List<Repo> choices = List.of();
    private Repo picked;
    private String defaultName;
    private String unknown;
    private Map<String, List<String>> query = Map.of();

    RepositoryPicker(RepositoryScope scope, DefaultRepository defaults, Class<? extends Component> view) {
        this.scope = scope;
        this.defaults = defaults;
        this.view = view;
        setId("repo-picker-row");
        addClassName("oxido-controls");
        select.setId("repo-picker");
        select.setLabel("Tree");
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(view, switchedTo(e.getValue()));
            }
        });
        compare.setId("compare-link");
        compare.setText("Compare trees");
        add(select, compare);
        setVisible(false);
    }

    /** Reads {@code ?repo=} and the repositories a reader can pick; call before the view renders. */
    void read(QueryParameters parameters) {
        query = parameters.getParameters();
        choices = scope.withReleases();
        defaultName = defaults.get().map(Repo::name).orElse(null);
        String wanted = QueryValues.first(query, PARAMETER);
        picked = null;
        unknown = null;
        if (wanted != null && !wanted.isBlank()) {
            String name = wanted.strip();
            picked = choices.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
            unknown = picked == null ? name : null;
        }
        select.setItems(choices.stream().map(Repo::name).toList());
        select.setValue(picked != null ? picked.name() : defaultName);
        compare.setRoute(view);
        compare.setQueryParameters(compareQuery());
        setVisible(choices.size() > 1);
    }

    /** The repository names a reader can pick, in the order they were added. */
    List<String> names() {
        return choices.stream().map(Repo::name).toList();
    }

    /** The name of the tree shown: the picked one, else the default repository's; empty when nothing is stored. */
    Optional<String> shownName() {
        return picked != null ? Optional.of(picked.name()) : Optional.ofNullable(defaultName);
    }

    /** The repository a name names among those with releases. */
    Optional<Repo> named(String name) {
        return choices.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** A name in the URL that is no repository with releases, said in place of the charts. */
    Optional<Component> unknownMessage() {
        if (unknown == null) {
            return Optional.empty();
        }
        Paragraph p = new Paragraph("There is no tree called \"" + unknown + "\" with scanned releases"
                + (choices.isEmpty() ? "." : "; pick one of: " + String.join(", ", names()) + "."));
        p.setId("unknown-repo");
        return Optional.of(p);
    }

    /** Runs {@code work} with the release history's reads answering for the picked tree (the default: unchanged). */
    void within(Runnable work) {
        reading(() -> {
            work.run();
            return null;
        });
    }

    <T> T reading(Supplier<T> work) {
        return RepositoryScope.within(picked, work);
    }

    /** {@code parameters} with {@code ?repo=} added when a tree other than the default is picked. */
    QueryParameters addTo(QueryParameters parameters) {
        if (picked == null) {
            return parameters;
        }
        Map<String, List<String>> p = new LinkedHashMap<>(parameters.getParameters());
        p.put(PARAMETER, List.of(picked.name()));
        return new QueryParameters(p);
    }

    /** The same view state on another tree; the default tree is the address without {@code ?repo=}. */
    private QueryParameters switchedTo(String name) {
        Map<String, List<String>> p = new LinkedHashMap<>(query);
        p.remove(PARAMETER);
        if (!name.equals(defaultName)) {
            p.put(PARAMETER, List.of(name));
        }
        return new QueryParameters(p);
    }

    /** Comparison mode over every tree that holds releases, the shown tree first. */
    private QueryParameters compareQuery() {
        java.util.List<String> trees = new java.util.ArrayList<>();
        shownName().ifPresent(trees::add);
        names().stream().filter(n -> !trees.contains(n)).forEach(trees::add);
        Map<String, String> p = new LinkedHashMap<>();
        p.put(ComparisonChart.PARAMETER, String.join(",", trees));
        String metric = QueryValues.first(query, "metric");
        if (metric != null && !metric.isBlank()) {
            p.put("metric", metric.strip());
        }
        return QueryParameters.simple(p);
    }
}
