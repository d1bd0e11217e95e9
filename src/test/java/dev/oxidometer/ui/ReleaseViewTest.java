package dev.oxidometer.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dev.oxidometer.release.DriverChange;
import dev.oxidometer.release.FileChange;
import dev.oxidometer.release.ReleaseDiff;
import dev.oxidometer.release.ReleaseSummary;
import dev.oxidometer.release.RustFileRow;
import dev.oxidometer.release.TreeEvent;
import dev.oxidometer.release.TreeEvents;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
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
                        new FileChange("rust/kernel/print.rs", "abstractions", "changed", 300, 300, 200, 200),
                        new FileChange("rust/kernel/str.rs", "abstractions", "changed", 900, 950, 700, 720),
                        new FileChange("samples/rust/rust_print.rs", "samples", "removed", 40, 0, 30, 0)),
                List.of(new DriverChange("rnull_mod", "landed", null, "drivers/block/rnull.rs", 0, 80)),
                List.of("block"), List.of()));
        when(catalog.files("v6.3")).thenReturn(List.of(
                new RustFileRow("drivers/block/rnull.rs", "drivers", "b1", 80, 60),
                new RustFileRow("rust/kernel/lib.rs", "abstractions", "b2", 120, 90),
                new RustFileRow("rust/kernel/print.rs", "abstractions", "b3", 300, 200),
                new RustFileRow("rust/kernel/str.rs", "abstractions", "b4", 950, 720)));
    }

    @SuppressWarnings("unchecked")
    private List<FileChange> shownFiles() {
        Grid<FileChange> grid = find(Grid.class).id("files-grid");
        return grid.getListDataView().getItems().toList();
    }

    @Test
    void the_release_opens_with_a_summary_counted_from_the_diff() {
        when(catalog.events("v6.3")).thenReturn(List.of(
                new TreeEvent("v6.3", "v6.2", true, TreeEvents.CRATE_ADDED, "rust/syn", "vendored, 40 files"),
                new TreeEvent("v6.3", "v6.2", true, TreeEvents.DRIVER_ADDED, "rnull_mod", "drivers, 1 file"),
                new TreeEvent("v6.3", "v6.2", true, TreeEvents.RUSTC_MIN_CHANGED, "rustc", "1.62.0 → 1.78.0")));
        navigate(ReleaseView.class, "v6.3");
        Div summary = find(Div.class).id("release-summary");
        assertThat(summary.getChildren().map(c -> c.getElement().getText()).toList()).containsExactly(
                "Rust files: +1 added, −1 removed, 2 changed (1 of them with the same line counts), 1 unchanged.",
                "Drivers: landed rnull_mod.",
                "Kernel crate modules: added block.",
                "Events: crate added rust/syn; minimum rustc 1.62.0 → 1.78.0.");
        // the summary comes before the files and the metrics
        List<String> headings = find(H3.class).all().stream().map(H3::getText).toList();
        assertThat(headings.indexOf("What changed since v6.2")).isLessThan(headings.indexOf("Metrics"));
        assertThat(headings.getFirst()).isEqualTo("What changed since v6.2");
    }

    @Test
    void files_are_filtered_by_kind_of_change_and_unchanged_and_same_count_edits_are_hidden_at_first() {
        navigate(ReleaseView.class, "v6.3");
        assertThat(shownFiles()).extracting(FileChange::path).containsExactly(
                "drivers/block/rnull.rs", "rust/kernel/str.rs", "samples/rust/rust_print.rs");
        assertThat(find(H3.class).id("files-heading").getText()).isEqualTo("Rust files (3 shown of 5)");
        List<Checkbox> boxes = find(Div.class).id("change-filter").getChildren()
                .filter(Checkbox.class::isInstance).map(Checkbox.class::cast).toList();
        assertThat(boxes).extracting(Checkbox::getLabel).containsExactly(
                "Added (1 file · 1 driver)", "Removed (1 file)", "Changed (1 file)",
                "Edited, same line counts (1 file)", "Unchanged (1 file)");
        assertThat(boxes).extracting(Checkbox::getValue).containsExactly(true, true, true, false, false);

        test(find(Checkbox.class).id("show-unchanged")).click();
        assertThat(shownFiles()).extracting(FileChange::path).contains("rust/kernel/lib.rs")
                .doesNotContain("rust/kernel/print.rs");
        test(find(Checkbox.class).id("show-added")).click();
        assertThat(shownFiles()).extracting(FileChange::path).doesNotContain("drivers/block/rnull.rs");
        assertThat(find(Div.class).id("driver-changes").getElement().getTextRecursively())
                .isEqualTo("No driver change of the kinds shown.");
    }

    @Test
    void a_release_links_the_previous_and_the_next_release() {
        when(catalog.release("v6.2")).thenReturn(Optional.of(releases.get(2)));
        when(catalog.previous("v6.2", false)).thenReturn(Optional.of(releases.get(1)));
        when(catalog.next("v6.2", false)).thenReturn(Optional.of(releases.get(3)));
        when(catalog.diff("v6.1", "v6.2")).thenReturn(new ReleaseDiff("v6.1", "v6.2", List.of(), List.of(),
                List.of(), List.of()));
        navigate(ReleaseView.class, "v6.2");
        com.vaadin.flow.component.html.Nav nav = find(com.vaadin.flow.component.html.Nav.class).id("release-nav");
        List<RouterLink> links = nav.getChildren().map(RouterLink.class::cast).toList();
        assertThat(links).extracting(RouterLink::getText).containsExactly("← v6.1", "v6.3 →");
        assertThat(links).extracting(RouterLink::getHref).containsExactly("release/v6.1", "release/v6.3");

        navigate(ReleaseView.class, "v6.3");   // the newest: no next
        assertThat(find(com.vaadin.flow.component.html.Nav.class).id("release-nav").getChildren()
                .map(c -> ((RouterLink) c).getText()).toList()).containsExactly("← v6.2");
    }

    @Test
    void the_commit_is_linked_only_when_the_repository_has_a_web_url() {
        navigate(ReleaseView.class, "v6.3");
        assertThat(find(Anchor.class).withId("commit-link").exists()).isFalse();
        assertThat(find(Paragraph.class).id("release-facts").getElement().getTextRecursively())
                .contains("commit c0ffee3");

        when(shownRepository.webUrl()).thenReturn(Optional.of(
                "https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git"));
        navigate(ReleaseView.class, "v6.3");
        Anchor commit = find(Anchor.class).id("commit-link");
        assertThat(commit.getHref()).isEqualTo(
                "https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/commit/?id=c0ffee3");
        assertThat(commit.getText()).isEqualTo("c0ffee3");
    }

    @Test
    void source_links_say_upstream_when_the_counted_tree_is_not_the_upstream_release() {
        navigate(ReleaseView.class, "v6.3");
        assertThat(find(Span.class).withClassName("oxido-upstream").exists()).isFalse();

        when(catalog.note("v6.3")).thenReturn(Optional.of("Linux 6.3 (Debian linux-source-6.3 6.3.13-1, Linux 6.3.13)"));
        navigate(ReleaseView.class, "v6.3");
        Anchor link = fileLink("drivers/block/rnull.rs");
        assertThat(link.getElement().getTextRecursively()).isEqualTo("drivers/block/rnull.rs" + "upstream");
        assertThat(link.getElement().getAttribute("title"))
                .isEqualTo("upstream source (not the tree counted here) of drivers/block/rnull.rs at v6.3");
    }

    private Anchor fileLink(String path) {
        return find(Anchor.class).all().stream()
                .filter(a -> a.getHref().contains("/tree/" + path + "?")).findFirst().orElseThrow();
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
        // named as on the How we count page, with its definition on hover and its key for citing
        com.vaadin.flow.component.html.Div name = ReleaseView.metricName(drivers);
        assertThat(name.getElement().getTextRecursively()).isEqualTo(
                dev.oxidometer.scan.CountingRules.metrics().get("rust.drivers.code").orElseThrow().name()
                        + " rust.drivers.code");
        assertThat(name.getElement().getAttribute("title")).startsWith(
                dev.oxidometer.scan.CountingRules.metrics().get("rust.drivers.code").orElseThrow().name() + ": ");
        assertThat(ReleaseView.metricName(new ReleaseView.MetricRow("no.such.key", 1, null, ""))
                .getElement().getTextRecursively()).isEqualTo("no.such.key");
    }

    @Test
    void a_release_counted_under_older_rules_says_so_and_one_under_the_current_rules_does_not() {
        navigate(ReleaseView.class, "v6.3");
        assertThat(find(Paragraph.class).id("older-rules").getText())
                .startsWith("Counted under counting rules version 1, not this build's version "
                        + dev.oxidometer.scan.CountingRules.RULES_VERSION);
        ReleaseSummary old = releases.get(3);
        when(catalog.release("v6.3")).thenReturn(Optional.of(new ReleaseSummary(old.tag(), old.commit(), old.date(),
                old.rc(), dev.oxidometer.scan.CountingRules.RULES_VERSION, old.metrics())));
        navigate(ReleaseView.class, "v6.3");
        assertThat(find(Paragraph.class).withId("older-rules").exists()).isFalse();
    }

    @Test
    void changed_files_link_to_their_source_at_the_release() {
        navigate(ReleaseView.class, "v6.3");
        Anchor link = fileLink("drivers/block/rnull.rs");
        assertThat(link.getElement().getTextRecursively()).isEqualTo("drivers/block/rnull.rs");
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
        assertThat(find(Paragraph.class).id("release-facts").getElement().getTextRecursively())
                .endsWith(" · the first scanned release");
        assertThat(find(Div.class).withId("release-summary").exists()).isFalse();
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
