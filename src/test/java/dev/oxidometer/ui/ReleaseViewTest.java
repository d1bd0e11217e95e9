package dev.oxidometer.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dev.oxidometer.release.DriverChange;
import dev.oxidometer.release.FileChange;
import dev.oxidometer.release.ReleaseDiff;
import dev.oxidometer.release.ReleaseSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

class ReleaseViewTest extends ViewTestBase {

    private final List<ReleaseSummary> releases = UiFixtures.releases(4);

    @BeforeEach
    void data() {
        when(catalog.release("v6.3")).thenReturn(Optional.of(releases.get(3)));
        when(catalog.previous("v6.3", false)).thenReturn(Optional.of(releases.get(2)));
        when(catalog.diff("v6.2", "v6.3")).thenReturn(new ReleaseDiff("v6.2", "v6.3",
                List.of(new FileChange("drivers/block/rnull.rs", "drivers", "added", 0, 80, 0, 60),
                        new FileChange("rust/kernel/str.rs", "abstractions", "changed", 900, 950, 700, 720)),
                List.of(new DriverChange("rnull_mod", "landed", null, "drivers/block/rnull.rs", 0, 80)),
                List.of("block"), List.of()));
    }

    @Test
    void an_unknown_tag_shows_a_friendly_not_found_page() {
        when(catalog.release("v9.99")).thenReturn(Optional.empty());
        com.vaadin.flow.component.UI.getCurrent().navigate(ReleaseView.class, "v9.99");
        NotFoundView notFound = (NotFoundView) getCurrentView();
        assertThat(notFound.getElement().getTextRecursively()).contains("no scanned release called \"v9.99\"");
    }

    @Test
    void an_unknown_tag_lists_the_known_releases_and_has_a_title() {
        when(catalog.release("v9.99")).thenReturn(Optional.empty());
        when(catalog.releases(true)).thenReturn(releases);
        com.vaadin.flow.component.UI.getCurrent().navigate(ReleaseView.class, "v9.99");
        NotFoundView notFound = (NotFoundView) getCurrentView();
        assertThat(notFound.getPageTitle()).isEqualTo("Not found · oxidometer");
        assertThat(find(com.vaadin.flow.router.RouterLink.class).withText("v6.2").first().getHref())
                .isEqualTo("release/v6.2");
        assertThat(find(com.vaadin.flow.component.html.Div.class).id("known-releases").getElement()
                .getTextRecursively()).isEqualTo("Scanned releases: v6.0, v6.1, v6.2, v6.3");
    }

    @Test
    void every_metric_is_shown_with_its_change_against_the_previous_release() {
        navigate(ReleaseView.class, "v6.3");
        assertThat(find(H2.class).id("release-title").getText()).isEqualTo("Release v6.3");
        @SuppressWarnings("unchecked")
        Grid<ReleaseView.MetricRow> grid = find(Grid.class).id("metrics-grid");
        List<ReleaseView.MetricRow> rows = grid.getListDataView().getItems().toList();
        assertThat(rows).hasSize(releases.get(3).metrics().size());
        ReleaseView.MetricRow drivers = rows.stream().filter(r -> r.key().equals("rust.drivers.code")).findFirst().orElseThrow();
        assertThat(drivers.delta()).isEqualTo("+100");
        ReleaseView.MetricRow share = rows.stream().filter(r -> r.key().equals("share.code")).findFirst().orElseThrow();
        assertThat(share.delta()).endsWith(" pp");
    }

    @Test
    void changed_files_link_to_their_source_at_the_release() {
        navigate(ReleaseView.class, "v6.3");
        Anchor link = find(Anchor.class).withText("drivers/block/rnull.rs").first();
        assertThat(link.getHref()).isEqualTo(
                "https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tree/drivers/block/rnull.rs?h=v6.3");
    }

    @Test
    void landed_drivers_and_added_abstractions_are_listed() {
        navigate(ReleaseView.class, "v6.3");
        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains("landed: rnull_mod").contains("Added: block");
    }

    @Test
    void the_first_release_has_no_comparison_and_says_so() {
        when(catalog.release("v6.0")).thenReturn(Optional.of(releases.get(0)));
        when(catalog.previous("v6.0", false)).thenReturn(Optional.empty());
        navigate(ReleaseView.class, "v6.0");
        assertThat(find(Paragraph.class).withTextContaining("the first scanned release").exists()).isTrue();
    }

    @Test
    void a_tree_that_is_not_the_upstream_release_says_so_and_the_release_lists_its_events() {
        when(catalog.note("v6.3")).thenReturn(Optional.of("Linux 6.3 (Debian linux-source-6.3 6.3.13-1, Linux 6.3.13)"));
        when(catalog.gaps()).thenReturn(dev.oxidometer.release.ReleaseGaps.of(List.of("v6.0", "v6.1", "v6.2",
                "v6.3")));
        when(catalog.events("v6.3")).thenReturn(List.of(new dev.oxidometer.release.TreeEvent("v6.3", "v6.2", true,
                "crate-added", "rust/syn", "vendored, 40 files, 57,906 lines")));
        navigate(ReleaseView.class, "v6.3");
        assertThat(find(Paragraph.class).id("tree-note").getText()).isEqualTo("Not the upstream v6.3 release: the "
                + "tree counted is Linux 6.3.13 (tag note: Linux 6.3 (Debian linux-source-6.3 6.3.13-1, Linux 6.3.13)). "
                + "Source links go to the upstream v6.3 tag.");
        assertThat(find(com.vaadin.flow.component.html.Div.class).id("release-events").getElement()
                .getTextRecursively()).contains("Since v6.2, the release right before:")
                .contains("Crate added: rust/syn · vendored, 40 files, 57,906 lines");
    }
}
