package dev.oxidometer.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.oxidometer.news.LinkKind;
import dev.oxidometer.news.LinkService;
import dev.oxidometer.release.ConfiguredRepository;
import dev.oxidometer.release.DefaultRepository;
import dev.oxidometer.release.ReleaseCatalog;
import dev.oxidometer.release.TreeNote;
import dev.oxidometer.scan.CountingRules;
import dev.oxidometer.scan.Metric;
import dev.oxidometer.ui.news.LinkedArticles;
import dev.oxidometer.release.ReleaseDiff;
import dev.oxidometer.release.ReleaseSummary;
import dev.oxidometer.ui.format.Format;
import dev.oxidometer.ui.layout.NarrowScreen;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One release, story first: a summary of what changed since the previous release (the previous final release for
 * a final one, the previous tag of any kind for an rc), the tree events, the files and drivers under a filter by
 * kind of change, each path linked to its source, then every metric with its change.
 */
@Route("release")
@AnonymousAllowed
@com.vaadin.flow.component.dependency.StyleSheet(NarrowScreen.STYLESHEET)
public class ReleaseView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    /** A metric of this release next to the previous one, in the scanner's published order. */
    record MetricRow(String key, Object value, Object previous, String delta) {
    }

    private final ReleaseCatalog catalog;
    private final SourceLinks links;
    private String title = "Release · oxidometer";

    private final LinkService articleLinks;
    private final DefaultRepository shownRepository;
    /** Which tree ({@code ?repo=}) and the comparison with another ({@code ?against=}): issue 13. */
    private final dev.oxidometer.release.RepositoryScope repositories;
    private final dev.oxidometer.release.TreeComparison trees;
    private List<dev.oxidometer.release.Repo> choices = List.of();
    private String against;

    public ReleaseView(ReleaseCatalog catalog, SourceLinks links, LinkService articleLinks,
                       DefaultRepository shownRepository, dev.oxidometer.release.RepositoryScope repositories,
                       dev.oxidometer.release.TreeComparison trees) {
        this.repositories = repositories;
        this.trees = trees;
        this.articleLinks = articleLinks;
        this.shownRepository = shownRepository;
        this.catalog = catalog;
        this.links = links;
        addClassName("oxido-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String tag) {
        against = event.getLocation().getQueryParameters().getSingleParameter(TreeCompareSection.PARAMETER)
                .orElse(null);
        choices = repositories.withReleases();
        TreeScope.within(event, choices, () -> {
            Optional<ReleaseSummary> release = catalog.release(tag);
            if (release.isEmpty()) {
                event.rerouteToError(NotFoundException.class,
                        "There is no scanned release called \"" + tag + "\". Pick one on the Adoption chart.");
            } else {
                show(release.get());
            }
        });
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(ReleaseSummary release) {
        removeAll();
        title = release.tag() + " · oxidometer";
        Optional<ReleaseSummary> previous = catalog.previous(release.tag(), release.rc());
        Optional<ReleaseSummary> next = catalog.next(release.tag(), release.rc());
        H2 heading = new H2("Release " + release.tag());
        heading.setId("release-title");
        Paragraph facts = new Paragraph(new Span(Format.date(release.date())
                + (release.rc() ? " · release candidate" : "") + " · commit "), commit(release.commit()),
                new Span(previous.map(p -> " · compared with " + p.tag()).orElse(" · the first scanned release")));
        facts.setId("release-facts");
        add(heading, facts, neighbours(previous, next));
        dev.oxidometer.release.DataSource.olderRulesNote(release.rulesVersion()).ifPresent(note -> {
            Paragraph older = new Paragraph(note);
            older.setId("older-rules");
            add(older);
        });
        ReleaseHistoryNotes.treeNote(catalog, release.tag()).forEach(this::add);
        if (against != null) {
            treeCompare(release);
        }
        boolean upstreamOnly = catalog.note(release.tag()).map(n -> TreeNote.notUpstream(release.tag(), n))
                .orElse(false);
        if (previous.isPresent()) {
            ReleaseDiff diff = catalog.diff(previous.get().tag(), release.tag());
            List<dev.oxidometer.release.RustFileRow> filesAfter = catalog.files(release.tag());
            java.util.Set<String> inDiff = new java.util.HashSet<>();
            diff.files().forEach(f -> inDiff.add(f.path()));
            int unchanged = (int) filesAfter.stream().filter(f -> !inDiff.contains(f.path())).count();
            Div summary = new Div();
            summary.setId("release-summary");
            ReleaseStory.lines(diff, unchanged, catalog.events(release.tag()))
                    .forEach(line -> summary.add(new Paragraph(line)));
            add(new H3("What changed since " + diff.fromTag()), summary);
            add(new H3("Tree events"), ReleaseHistoryNotes.events(catalog, release.tag()));
            add(new ReleaseChanges(diff, filesAfter, new PathLinks(links, upstreamOnly)));
        } else {
            add(new H3("Tree events"), ReleaseHistoryNotes.events(catalog, release.tag()));
        }
        add(new H3("Metrics"), metricsGrid(metricRows(release, previous.orElse(null))));
        add(new LinkedArticles(articleLinks, LinkKind.RELEASE, release.tag()));
        if (against == null) {
            treeCompare(release);
        }
    }

    /** Against another tree: asked for ({@code ?against=}) it comes first, else its offer comes last. */
    private void treeCompare(ReleaseSummary release) {
        shownRepository.get().ifPresent(here -> add(new TreeCompareSection(catalog, trees, here, choices, release,
                against)));
    }

    /** "← v7.2" and "v8.0 →", among the same kind of release as the one shown. */
    private static Nav neighbours(Optional<ReleaseSummary> previous, Optional<ReleaseSummary> next) {
        Nav nav = new Nav();
        nav.setId("release-nav");
        nav.addClassName("oxido-controls");
        previous.ifPresent(p -> {
            RouterLink link = new RouterLink("← " + p.tag(), ReleaseView.class, p.tag());
            link.getElement().setAttribute("aria-label", "previous release, " + p.tag());
            link.getElement().setAttribute("rel", "prev");
            link.setQueryParameters(TreeCompareSection.query(null));
            nav.add(link);
        });
        next.ifPresent(n -> {
            RouterLink link = new RouterLink(n.tag() + " →", ReleaseView.class, n.tag());
            link.getElement().setAttribute("aria-label", "next release, " + n.tag());
            link.getElement().setAttribute("rel", "next");
            link.setQueryParameters(TreeCompareSection.query(null));
            nav.add(link);
        });
        return nav;
    }

    /** The commit, linked to its page when the repository has a web address ({@code web-url}). */
    private com.vaadin.flow.component.Component commit(String commit) {
        String shown = shortCommit(commit);
        Optional<String> web = commit == null || commit.isBlank() ? Optional.empty() : shownRepository.webUrl();
        if (web.isEmpty()) {
            Span span = new Span(shown);
            span.addClassName("oxido-code");
            return span;
        }
        Anchor a = new Anchor(ConfiguredRepository.commitUrl(web.get(), commit), shown, AnchorTarget.BLANK);
        a.setId("commit-link");
        a.addClassName("oxido-code");
        a.getElement().setAttribute("rel", "noopener");
        a.getElement().setAttribute("title", "commit " + commit);
        return a;
    }

    private static String shortCommit(String commit) {
        return commit == null ? "" : commit.length() > 12 ? commit.substring(0, 12) : commit;
    }

    static List<MetricRow> metricRows(ReleaseSummary release, ReleaseSummary previous) {
        return release.metrics().entrySet().stream().map((Map.Entry<String, Object> e) -> {
            Object before = previous == null ? null : previous.metrics().get(e.getKey());
            String delta = before instanceof Number b && e.getValue() instanceof Number a
                    ? Format.delta(e.getKey(), b.doubleValue(), a.doubleValue())
                    : previous == null || java.util.Objects.equals(before, e.getValue()) ? "" : "changed";
            return new MetricRow(e.getKey(), e.getValue(), before, delta);
        }).toList();
    }

    private Grid<MetricRow> metricsGrid(List<MetricRow> rows) {
        Grid<MetricRow> grid = new Grid<>();
        grid.setId("metrics-grid");
        // the name column takes what is left and wraps; the numbers keep their width
        grid.addComponentColumn(ReleaseView::metricName).setHeader("Metric").setWidth("8em").setFlexGrow(2);
        // fixed widths that share the rest: a text value (a list of files or Kconfig conditions) wraps in its cell
        grid.addComponentColumn(r -> value(r.key(), r.value())).setHeader("Value").setTextAlign(
                com.vaadin.flow.component.grid.ColumnTextAlign.END).setWidth("7em").setFlexGrow(1);
        Grid.Column<MetricRow> previous = grid.addComponentColumn(r -> r.previous() == null ? new Span()
                        : value(r.key(), r.previous()))
                .setHeader("Previous").setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setWidth("7em").setFlexGrow(1).setKey("previous");
        grid.addComponentColumn(r -> deltaSpan(r.delta())).setHeader("Change")
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setWidth("6.5em").setFlexGrow(0);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        NarrowScreen.secondaryColumns(grid, r -> List.of(CountingRules.metrics().get(r.key())
                        .map(Metric::definition).map(d -> d.replace("`", "")).orElse(""),
                r.previous() == null ? "" : "Previous release: " + Format.metric(r.key(), r.previous())),
                List.of(previous));
        return grid;
    }

    private static Span value(String key, Object value) {
        Span span = new Span(Format.metric(key, value));
        span.addClassName("oxido-metric-value");
        return span;
    }

    /** The metric's name (the How we count page's), its definition on hover, and its key for citing. */
    static Div metricName(MetricRow row) {
        Optional<Metric> metric = CountingRules.metrics().get(row.key());
        Span name = new Span(metric.map(Metric::name).orElse(row.key()));
        Div cell = new Div(name);
        metric.ifPresent(m -> {
            cell.getElement().setAttribute("title", m.name() + ": " + m.definition().replace("`", ""));
            Span key = new Span(row.key());
            key.addClassNames("oxido-code", "oxido-muted", "oxido-metric-key");
            cell.add(new Span(" "), key);
        });
        return cell;
    }

    static Span deltaSpan(String delta) {
        Span span = new Span(delta);
        if (delta.equals("±0")) {
            span.addClassName("oxido-muted");
        } else if (delta.startsWith("+")) {
            span.addClassName("oxido-up");
        } else if (delta.startsWith("−")) {
            span.addClassName("oxido-down");
        }
        return span;
    }
}
