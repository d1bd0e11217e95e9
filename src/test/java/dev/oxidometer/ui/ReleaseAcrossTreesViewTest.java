package dev.oxidometer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import dev.oxidometer.release.DriverChange;
import dev.oxidometer.release.FileChange;
import dev.oxidometer.release.ReleaseDiff;
import dev.oxidometer.release.ReleaseSummary;
import dev.oxidometer.release.Repo;
import dev.oxidometer.release.RepositoryScope;
import dev.oxidometer.release.RustFileRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The Release view with two trees (issue 13): {@code ?repo=} shows the picked tree's release, {@code ?against=}
 * compares it with the release of the same version in another tree. The read model answers for the tree
 * {@link RepositoryScope} shows, as the real one does.
 */
class ReleaseAcrossTreesViewTest extends ViewTestBase {

    private static final Repo LINUX = new Repo(1, "linux", "/srv/linux", false);
    private static final Repo OTHER = new Repo(2, "other", "/srv/other", false);

    private final ReleaseSummary linux61 = UiFixtures.release("v6.1", 1, false);
    private final ReleaseSummary linux62 = UiFixtures.release("v6.2", 2, false);
    /** other's 6.2 tree is tagged by its own name; its note says which kernel it is. */
    private final ReleaseSummary other62 = UiFixtures.release("other-6.2.16", 5, false);

    private boolean showsOther() {
        return RepositoryScope.shown().map(r -> r.name().equals("other")).orElse(false);
    }

    @BeforeEach
    void twoTrees() {
        when(repositoryStore.withReleases()).thenReturn(List.of(LINUX, OTHER));
        when(shownRepository.get()).thenAnswer(i -> RepositoryScope.shown().or(() -> Optional.of(LINUX)));
        when(catalog.releases(anyBoolean())).thenAnswer(i -> showsOther() ? List.of(other62) : List.of(linux61, linux62));
        when(catalog.notes()).thenAnswer(i -> showsOther() ? Map.of("other-6.2.16", "Linux 6.2.16 (other tree)") : Map.of());
        when(catalog.note(anyString())).thenAnswer(i -> showsOther() && i.getArgument(0).equals("other-6.2.16")
                ? Optional.of("Linux 6.2.16 (other tree)") : Optional.empty());
        when(catalog.release(anyString())).thenAnswer(i -> (showsOther() ? List.of(other62) : List.of(linux61, linux62))
                .stream().filter(r -> r.tag().equals(i.getArgument(0))).findFirst());
        when(catalog.previous("v6.2", false)).thenAnswer(i -> showsOther() ? Optional.empty() : Optional.of(linux61));
        when(catalog.diff("v6.1", "v6.2")).thenReturn(new ReleaseDiff("v6.1", "v6.2", List.of(), List.of(), List.of(),
                List.of()));
        when(catalog.files("v6.2")).thenAnswer(i -> showsOther() ? List.of() : List.of(
                new RustFileRow("rust/kernel/str.rs", "abstractions", "b1", 900, 700),
                new RustFileRow("rust/kernel/lib.rs", "abstractions", "b2", 100, 80),
                new RustFileRow("drivers/block/rnull.rs", "drivers", "b3", 130, 100)));
        when(treeComparison.diff(LINUX, "v6.2", OTHER, "other-6.2.16")).thenReturn(Optional.of(new ReleaseDiff(
                "v6.2", "other-6.2.16",
                List.of(new FileChange("rust/kernel/str.rs", "abstractions", "changed", 900, 950, 700, 720),
                        new FileChange("drivers/gpu/nova/nova.rs", "drivers", "added", 0, 400, 0, 300),
                        new FileChange("drivers/block/rnull.rs", "drivers", "removed", 130, 0, 100, 0)),
                List.of(new DriverChange("nova", "landed", null, "drivers/gpu/nova/nova.rs", 0, 400)),
                List.of("block"), List.of())));
    }

    private void open(String tag, String query) {
        UI.getCurrent().navigate(ReleaseView.class, tag, QueryParameters.fromString(query));
    }

    @Test
    void a_release_offers_the_same_version_of_the_other_tree_whatever_its_tag_is_called() {
        open("v6.2", "");
        RouterLink link = find(RouterLink.class).withText("other-6.2.16 of other").single();
        assertThat(link.getHref()).isEqualTo("release/v6.2?against=other");
        assertThat(find(Paragraph.class).id("tree-compare-offer").getText()).startsWith("Compare v6.2 of linux with");
        verify(treeComparison, never()).diff(any(), any(), any(), any());
    }

    @Test
    void against_compares_both_trees_metrics_files_drivers_and_modules() {
        open("v6.2", "against=other");
        assertThat(find(H3.class).id("tree-compare-title").getText())
                .isEqualTo("v6.2 of linux against other-6.2.16 of other");
        assertThat(find(Paragraph.class).id("tree-compare-trees").getText())
                .contains("other-6.2.16 of other: Linux 6.2.16, not upstream other-6.2.16");
        assertThat(find(Paragraph.class).id("tree-compare-summary").getText()).isEqualTo(
                ".rs files the same in both (same path, same blob): 1; different: 1; only in linux: 1; only in "
                        + "other: 1. Drivers that differ: 1; kernel-crate modules in one tree only: 1.");
        @SuppressWarnings("unchecked")
        Grid<TreeCompareSection.MetricPair> metrics = find(Grid.class).id("tree-compare-metrics");
        TreeCompareSection.MetricPair code = metrics.getGenericDataView().getItems()
                .filter(p -> p.key().equals("rust.drivers.code")).findFirst().orElseThrow();
        // fixture: rust.drivers.code = 100 (i - 1): 100 at step 2, 400 at step 5
        assertThat(code.difference()).isEqualTo("+300");
        @SuppressWarnings("unchecked")
        Grid<FileChange> files = find(Grid.class).id("tree-compare-files");
        assertThat(files.getGenericDataView().getItems().map(FileChange::path))
                .containsExactly("rust/kernel/str.rs", "drivers/gpu/nova/nova.rs", "drivers/block/rnull.rs");
        assertThat(find(com.vaadin.flow.component.html.Div.class).id("tree-compare-drivers").getElement()
                .getTextRecursively()).contains("nova: only in other (drivers/gpu/nova/nova.rs, 400 lines)");
        assertThat(find(com.vaadin.flow.component.html.Div.class).id("tree-compare-modules").getElement()
                .getTextRecursively()).isEqualTo("Kernel-crate modules only in other: block");
        assertThat(find(RouterLink.class).id("tree-compare-stop").getHref()).isEqualTo("release/v6.2");
    }

    @Test
    void repo_shows_that_trees_release_and_its_links_stay_on_that_tree() {
        open("other-6.2.16", "repo=other");
        assertThat(find(com.vaadin.flow.component.html.H2.class).id("release-title").getText())
                .isEqualTo("Release other-6.2.16");
        // other's release is fixture step 5: rust.drivers.code 400
        @SuppressWarnings("unchecked")
        Grid<ReleaseView.MetricRow> grid = find(Grid.class).id("metrics-grid");
        assertThat(grid.getGenericDataView().getItems().filter(r -> r.key().equals("rust.drivers.code"))
                .findFirst().orElseThrow().value()).isEqualTo(400L);
        // other's 6.2 offers linux's v6.2, and the link keeps ?repo=
        assertThat(find(RouterLink.class).withText("v6.2 of linux").single().getHref())
                .startsWith("release/other-6.2.16?").contains("repo=other").contains("against=linux");
    }

    @Test
    void the_neighbour_links_of_a_picked_tree_keep_it() {
        when(catalog.previous("v6.2", false)).thenReturn(Optional.of(linux61));
        open("v6.2", "repo=other");
        // other has no v6.2: not found, rather than linux's v6.2
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        open("v6.2", "repo=linux");
        assertThat(find(RouterLink.class).withText("← v6.1").single().getHref()).isEqualTo("release/v6.1?repo=linux");
    }

    @Test
    void an_unknown_tree_is_said() {
        open("v6.2", "against=android");
        assertThat(find(Paragraph.class).id("tree-compare-unknown").getText())
                .isEqualTo("No tree called \"android\" holds a release of 6.2. Trees that do: other.");
        open("v6.2", "repo=android");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("no tree called \"android\"");
    }

    @Test
    void a_driver_of_a_picked_tree_is_read_in_that_tree_and_links_to_its_releases() {
        dev.oxidometer.release.DriverSummary nova = new dev.oxidometer.release.DriverSummary("nova",
                "drivers/gpu/nova/nova.rs", "gpu", "other-6.2.16", other62.date(), "other-6.2.16", 1, 400,
                List.of(400L));
        when(catalog.driver("nova")).thenAnswer(i -> showsOther() ? Optional.of(nova) : Optional.empty());
        when(catalog.driverHistory("nova")).thenAnswer(i -> showsOther() ? List.of(new dev.oxidometer.release
                .DriverRelease("other-6.2.16", other62.date(), "drivers/gpu/nova/nova.rs", 1, 400)) : List.of());

        UI.getCurrent().navigate(DriverView.class, "nova", QueryParameters.fromString("repo=other"));
        assertThat(find(com.vaadin.flow.component.html.H2.class).id("driver-title").getText()).isEqualTo("nova");
        // the history grid's release links and the chart's clicks go to this tree's releases
        assertThat(((DriverView) getCurrentView()).treeQuery.getQueryString()).isEqualTo("repo=other");

        UI.getCurrent().navigate(DriverView.class, "nova", QueryParameters.empty());
        assertThat(getCurrentView()).as("the default tree has no nova").isInstanceOf(NotFoundView.class);
        UI.getCurrent().navigate(DriverView.class, "nova", QueryParameters.fromString("repo=android"));
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void the_driver_links_of_a_picked_trees_release_keep_the_tree() {
        when(catalog.previous("other-6.2.16", false)).thenAnswer(i -> showsOther() ? Optional.of(linux61)
                : Optional.empty());
        when(catalog.diff("v6.1", "other-6.2.16")).thenReturn(new ReleaseDiff("v6.1", "other-6.2.16", List.of(),
                List.of(new DriverChange("nova", "landed", null, "drivers/gpu/nova/nova.rs", 0, 400)), List.of(),
                List.of()));
        open("other-6.2.16", "repo=other");
        assertThat(find(RouterLink.class).withText("nova").first().getHref()).isEqualTo("drivers/nova?repo=other");
    }
}
