package dev.oxidometer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import dev.oxidometer.release.DataSource;
import dev.oxidometer.release.ReleaseSummary;
import dev.oxidometer.release.Repo;
import dev.oxidometer.release.RepositoryScope;
import dev.oxidometer.ui.chart.ChartToolbar;
import dev.oxidometer.ui.chart.image.ChartImageService;
import dev.oxidometer.ui.chart.image.ChartKind;
import dev.oxidometer.ui.chart.image.ChartSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.when;

/**
 * The dashboard with two trees (issue 13): the picker ({@code ?repo=}) and the comparison mode
 * ({@code ?compare=a,b&metric=KEY}). The read model answers for the tree {@link RepositoryScope} shows, as the real
 * one does, so a read made outside the picker's scope would show the wrong tree's numbers here.
 */
class TreesViewTest extends ViewTestBase {

    private static final Repo DEBIAN = new Repo(1, "debian", "/srv/debian", false);
    private static final Repo NEXT = new Repo(2, "next", "/srv/next", false);

    /** Debian's corpus: v5.10, v6.1, v6.12, each a Debian point release (see the notes). */
    private final List<ReleaseSummary> debian = List.of(UiFixtures.release("v5.10", 1, false),
            UiFixtures.release("v6.1", 2, false), UiFixtures.release("v6.12", 4, false));
    private final Map<String, String> debianNotes = Map.of(
            "v6.12", "Linux 6.12 (Debian linux-source-6.12 6.12.117-1, Linux 6.12.117)");
    /** Another tree: v6.1, a distribution tag placed at 6.12 by its note, v6.13. */
    private final List<ReleaseSummary> next = List.of(UiFixtures.release("v6.1", 3, false),
            UiFixtures.release("next-6.12.3", 5, false), UiFixtures.release("v6.13", 6, false));
    private final Map<String, String> nextNotes = Map.of("next-6.12.3", "Linux 6.12.3 (next's build)");

    private boolean showsNext() {
        return RepositoryScope.shown().map(r -> r.name().equals("next")).orElse(false);
    }

    @BeforeEach
    void twoTrees() {
        when(repositoryStore.withReleases()).thenReturn(List.of(DEBIAN, NEXT));
        when(shownRepository.get()).thenAnswer(i -> RepositoryScope.shown().or(() -> Optional.of(DEBIAN)));
        when(catalog.releases(anyBoolean())).thenAnswer(i -> showsNext() ? next : debian);
        when(catalog.notes()).thenAnswer(i -> showsNext() ? nextNotes : debianNotes);
        when(catalog.metricKeys()).thenReturn(List.copyOf(debian.getLast().metrics().keySet()));
        when(catalog.dataSource()).thenAnswer(i -> Optional.of(new DataSource(showsNext() ? "next" : "debian", "1",
                Instant.parse("2026-11-24T10:00:00Z"), List.of(), false)));
    }

    private AdoptionView open(String query) {
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
        return (AdoptionView) getCurrentView();
    }

    private static JsonNode config(AdoptionView view) {
        return JsonMapper.builder().build().readTree(view.comparison.chart.getConfigJson());
    }

    @Test
    void the_picker_shows_only_when_more_than_one_tree_has_releases() {
        AdoptionView two = open("");
        assertThat(two.picker.isVisible()).isTrue();
        assertThat(two.picker.select.getValue()).as("no ?repo=: the default tree").isEqualTo("debian");
        assertThat(two.codeChart.getConfigJson()).contains("\"labels\":[\"v5.10\",\"v6.1\",\"v6.12\"]");

        when(repositoryStore.withReleases()).thenReturn(List.of(DEBIAN));
        AdoptionView one = open("x=release");
        assertThat(one.picker.isVisible()).isFalse();
    }

    @Test
    void repo_from_the_url_shows_that_tree_in_every_chart_and_counter() {
        AdoptionView view = open("repo=next&x=release");
        assertThat(view.picker.select.getValue()).isEqualTo("next");
        assertThat(view.codeChart.getConfigJson()).contains("\"labels\":[\"v6.1\",\"next-6.12.3\",\"v6.13\"]");
        assertThat(view.shareChart.getConfigJson()).contains("next-6.12.3");
        // next's newest release is fixture step 6: 6 driver modules - 1
        assertThat(find(Counter.class).id("counter-drivers").getElement().getTextRecursively()).contains("5");
        assertThat(find(Paragraph.class).all().stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("Scanned from next"));
        // a setting changed on this tree keeps the tree
        assertThat(view.picker.addTo(QueryParameters.simple(Map.of("x", "release"))).getQueryString())
                .contains("repo=next");
    }

    @Test
    void an_unknown_repo_is_said_and_no_other_trees_numbers_are_shown() {
        AdoptionView view = open("repo=android");
        Paragraph unknown = find(Paragraph.class).id("unknown-repo");
        assertThat(unknown.getText()).contains("\"android\"").contains("debian, next");
        assertThat(view.codeChart.isAttached()).isFalse();
        assertThat(find(Counter.class).exists()).isFalse();
    }

    @Test
    void the_comparison_overlays_one_metric_aligned_by_version_and_names_each_trees_tag() {
        AdoptionView view = open("compare=debian,next&metric=rust.adoption.code");
        assertThat(view.codeChart.isAttached()).isFalse();
        JsonNode config = config(view);
        JsonNode labels = config.get("data").get("labels");
        assertThat(labels).hasSize(4);
        assertThat(labels.get(0).toString()).isEqualTo("[\"5.10\",\"debian: v5.10\",\"next: —\"]");
        assertThat(labels.get(2).toString()).isEqualTo("[\"6.12\",\"debian: v6.12\",\"next: next-6.12.3\"]");
        assertThat(labels.get(3).get(0).asString()).isEqualTo("6.13");
        JsonNode datasets = config.get("data").get("datasets");
        assertThat(datasets.get(0).get("label").asString()).isEqualTo("debian");
        // rust.adoption.code of fixture step i: 1000 i + 100 (i - 1) + 50 (i >= 2)
        assertThat(datasets.get(0).get("data").toString()).isEqualTo("[1050.0,2150.0,4350.0,null]");
        assertThat(datasets.get(1).get("data").toString()).isEqualTo("[null,3250.0,5450.0,6550.0]");
        assertThat(datasets.get(0).get("data").get(3).isNull()).as("debian has no 6.13").isTrue();

        @SuppressWarnings("unchecked")
        Grid<VersionAlignment.Version> table = find(Grid.class).id("compare-table");
        assertThat(table.getGenericDataView().getItems().map(VersionAlignment.Version::name).toList())
                .containsExactly("5.10", "6.1", "6.12", "6.13");
        assertThat(view.comparison.trees.getValue()).containsExactlyInAnyOrder("debian", "next");
        assertThat(view.comparison.metric.getValue()).isEqualTo("rust.adoption.code");
        // named as the How we count page names it, the key beside it for citing
        assertThat(find(H3.class).id("compare-heading").getText()).isEqualTo("Adoption code lines");
        assertThat(view.comparison.metric.getItemLabelGenerator().apply("rust.adoption.code"))
                .isEqualTo("Adoption code lines");
        assertThat(find(Paragraph.class).id("compare-how").getText())
                .startsWith("Adoption code lines (rust.adoption.code, lines) of each tree");
    }

    @Test
    void the_comparison_needs_two_known_trees_and_a_metric_they_have() {
        open("compare=debian,android");
        assertThat(find(Paragraph.class).id("compare-unknown").getText()).contains("android");
        assertThat(find(Paragraph.class).id("compare-needs-two").getText()).contains("two or more");

        AdoptionView view = open("compare=debian,next&metric=rustc.min");
        assertThat(find(Paragraph.class).id("compare-unknown-metric").getText()).contains("rustc.min");
        assertThat(view.comparison.chart.isAttached()).isFalse();
    }

    @Test
    void without_a_metric_the_comparison_draws_adoption_code_and_fractions_in_percent() {
        AdoptionView view = open("compare=next,debian");
        assertThat(config(view).get("data").get("datasets").get(0).get("label").asString())
                .as("the order asked for").isEqualTo("next");
        assertThat(view.comparison.metric.getValue()).isEqualTo(ComparisonChart.DEFAULT_METRIC);

        AdoptionView share = open("compare=debian,next&metric=share.code");
        double v510 = config(share).get("data").get("datasets").get(0).get("data").get(0).asDouble();
        assertThat(v510).isCloseTo(100.0 * (Double) debian.getFirst().metrics().get("share.code"),
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void downloads_and_permalinks_made_on_a_picked_tree_name_it() {
        ChartSpec spec = ChartSpec.of(ChartKind.ADOPTION, null);
        assertThat(ChartToolbar.apiUrl(spec, "png", 0, 0)).doesNotContain("repository");
        assertThat(ChartImageService.permalink("http://localhost", spec)).doesNotContain("repo");
        RepositoryScope.within(NEXT, () -> {
            assertThat(ChartToolbar.apiUrl(spec, "png", 0, 0)).contains("repository=next");
            assertThat(ChartImageService.permalink("http://localhost", spec)).endsWith("repo=next");
            return null;
        });
    }
}
