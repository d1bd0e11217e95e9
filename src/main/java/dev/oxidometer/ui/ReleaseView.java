package dev.oxidometer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.oxidometer.release.DriverChange;
import dev.oxidometer.release.FileChange;
import dev.oxidometer.news.LinkKind;
import dev.oxidometer.news.LinkService;
import dev.oxidometer.release.ReleaseCatalog;
import dev.oxidometer.ui.news.LinkedArticles;
import dev.oxidometer.release.ReleaseDiff;
import dev.oxidometer.release.ReleaseSummary;
import dev.oxidometer.ui.format.Format;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One release: every metric with its change against the previous release (the previous final release for a
 * final one, the previous tag of any kind for an rc), and what changed in between, each path linked to its source.
 */
@Route("release")
@AnonymousAllowed
public class ReleaseView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    /** A metric of this release next to the previous one. */
    record MetricRow(String key, Object value, Object previous, String delta) {
    }

    private final ReleaseCatalog catalog;
    private final SourceLinks links;
    private String title = "Release · oxidometer";

    private final LinkService articleLinks;

    public ReleaseView(ReleaseCatalog catalog, SourceLinks links, LinkService articleLinks) {
        this.articleLinks = articleLinks;
        this.catalog = catalog;
        this.links = links;
        addClassName("oxido-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String tag) {
        Optional<ReleaseSummary> release = catalog.release(tag);
        if (release.isEmpty()) {
            event.rerouteToError(NotFoundException.class,
                    "There is no scanned release called \"" + tag + "\". Pick one on the Adoption chart.");
            return;
        }
        show(release.get());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(ReleaseSummary release) {
        removeAll();
        title = release.tag() + " · oxidometer";
        Optional<ReleaseSummary> previous = catalog.previous(release.tag(), release.rc());
        H2 heading = new H2("Release " + release.tag());
        heading.setId("release-title");
        add(heading, new Paragraph(Format.date(release.date()) + (release.rc() ? " · release candidate" : "")
                + " · commit " + shortCommit(release.commit())
                + previous.map(p -> " · compared with " + p.tag()).orElse(" · the first scanned release")));
        if (previous.isPresent()) {
            add(new Paragraph(new RouterLink("← " + previous.get().tag(), ReleaseView.class, previous.get().tag())));
        }

        add(new H3("Metrics"), metricsGrid(metricRows(release, previous.orElse(null))));
        if (previous.isEmpty()) {
            return;
        }
        ReleaseDiff diff = catalog.diff(previous.get().tag(), release.tag());
        add(new H3("Rust files changed since " + diff.fromTag() + " (" + diff.files().size() + ")"), filesGrid(diff));
        add(new H3("Drivers"), driverChanges(diff));
        add(new H3("Abstraction modules"), abstractionChanges(diff));
        add(new LinkedArticles(articleLinks, LinkKind.RELEASE, release.tag()));
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
        grid.addColumn(MetricRow::key).setHeader("Metric").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(r -> Format.metric(r.key(), r.value())).setHeader("Value").setTextAlign(
                com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(r -> r.previous() == null ? "" : Format.metric(r.key(), r.previous())).setHeader("Previous")
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addComponentColumn(r -> deltaSpan(r.delta())).setHeader("Change")
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }

    private static Span deltaSpan(String delta) {
        Span span = new Span(delta);
        if (delta.startsWith("+")) {
            span.addClassName("oxido-up");
        } else if (delta.startsWith("−")) {
            span.addClassName("oxido-down");
        }
        return span;
    }

    private Component filesGrid(ReleaseDiff diff) {
        if (diff.files().isEmpty()) {
            return new Paragraph("No Rust file was added, removed or changed.");
        }
        Grid<FileChange> grid = new Grid<>();
        grid.setId("files-grid");
        grid.addComponentColumn(f -> pathLink(f.path(), "removed".equals(f.change()) ? diff.fromTag() : diff.toTag()))
                .setHeader("Path").setFlexGrow(3).setResizable(true)
                .setComparator(FileChange::path).setSortable(true);
        grid.addColumn(FileChange::category).setHeader("Category").setSortable(true).setAutoWidth(true);
        grid.addColumn(FileChange::change).setHeader("Change").setSortable(true).setAutoWidth(true);
        grid.addColumn(f -> Format.number(f.linesAfter())).setHeader("Lines")
                .setComparator(FileChange::linesAfter).setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(f -> deltaSpan(Format.delta("lines", f.linesBefore(), f.linesAfter())))
                .setHeader("Δ lines").setComparator(f -> f.linesAfter() - f.linesBefore()).setSortable(true)
                .setAutoWidth(true);
        grid.addComponentColumn(f -> deltaSpan(Format.delta("code", f.codeBefore(), f.codeAfter())))
                .setHeader("Δ code").setComparator(f -> f.codeAfter() - f.codeBefore()).setSortable(true)
                .setAutoWidth(true);
        grid.setItems(diff.files());
        grid.setHeight(Math.min(40 + diff.files().size() * 36, 520) + "px");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        return grid;
    }

    private Component driverChanges(ReleaseDiff diff) {
        if (diff.drivers().isEmpty()) {
            return new Paragraph("No Rust driver landed, left, moved or changed.");
        }
        Div list = new Div();
        list.setId("driver-changes");
        for (DriverChange d : diff.drivers()) {
            String path = d.pathAfter() != null ? d.pathAfter() : d.pathBefore();
            Paragraph p = new Paragraph(new Span(d.change() + ": "),
                    new RouterLink(d.name(), DriverView.class, d.name()),
                    new Span(" · "), pathLink(path, d.pathAfter() != null ? diff.toTag() : diff.fromTag()),
                    new Span(describe(d)));
            list.add(p);
        }
        return list;
    }

    private static String describe(DriverChange d) {
        return switch (d.change()) {
            case "moved" -> " (from " + d.pathBefore() + ")";
            case "landed" -> " · " + Format.number(d.linesAfter()) + " lines";
            case "left" -> " · had " + Format.number(d.linesBefore()) + " lines";
            default -> " · " + Format.number(d.linesBefore()) + " → " + Format.number(d.linesAfter()) + " lines";
        };
    }

    private Component abstractionChanges(ReleaseDiff diff) {
        if (diff.abstractionsAdded().isEmpty() && diff.abstractionsRemoved().isEmpty()) {
            return new Paragraph("No module was added to or removed from the kernel crate.");
        }
        Div div = new Div();
        div.setId("abstraction-changes");
        if (!diff.abstractionsAdded().isEmpty()) {
            div.add(new Paragraph("Added: " + String.join(", ", diff.abstractionsAdded())));
        }
        if (!diff.abstractionsRemoved().isEmpty()) {
            div.add(new Paragraph("Removed: " + String.join(", ", diff.abstractionsRemoved())));
        }
        return div;
    }

    private Component pathLink(String path, String tag) {
        if (!links.enabled()) {
            Span span = new Span(path);
            span.addClassName("oxido-code");
            return span;
        }
        Anchor a = new Anchor(links.url(path, tag), path, AnchorTarget.BLANK);
        a.addClassName("oxido-code");
        a.getElement().setAttribute("rel", "noopener");
        return a;
    }
}
