package dev.oxidometer.ui;

import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import dev.oxidometer.release.Repo;
import dev.oxidometer.release.RepositoryScope;

import java.util.List;
import java.util.Map;

/**
 * The tree a page of one release or one driver shows: {@code ?repo=NAME} (absent: the default repository), as the
 * dashboard's picker ({@link RepositoryPicker}) sets it. A name that is no repository with releases is a not-found
 * page, never another tree's numbers. Links between such pages keep the parameter ({@link #query()}).
 */
final class TreeScope {

    private TreeScope() {
    }

    /**
     * Runs {@code show} with the release history's reads answering for the tree the URL names.
     *
     * @return false when the URL names no tree with releases (the event is rerouted to the not-found page)
     */
    static boolean within(BeforeEvent event, List<Repo> trees, Runnable show) {
        String name = event.getLocation().getQueryParameters().getSingleParameter(RepositoryPicker.PARAMETER)
                .map(String::strip).orElse("");
        Repo picked = trees.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
        if (!name.isEmpty() && picked == null) {
            event.rerouteToError(NotFoundException.class, "There is no tree called \"" + name
                    + "\" with scanned releases.");
            return false;
        }
        RepositoryScope.within(picked, () -> {
            show.run();
            return null;
        });
        return true;
    }

    /** {@code ?repo=} of the tree shown, for a link to another page of it; empty for the default tree. */
    static QueryParameters query() {
        return RepositoryScope.shown().map(r -> QueryParameters.simple(Map.of(RepositoryPicker.PARAMETER, r.name())))
                .orElse(QueryParameters.empty());
    }
}
