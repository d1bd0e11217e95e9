package dev.oxidometer.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import dev.oxidometer.release.DriverChange;
import dev.oxidometer.release.FileChange;
import dev.oxidometer.release.ReleaseCatalog;
import dev.oxidometer.release.ReleaseDiff;
import dev.oxidometer.release.ReleaseSummary;
import dev.oxidometer.release.Repo;
import dev.oxidometer.release.RepositoryScope;
import dev.oxidometer.release.TreeComparison;
import dev.oxidometer.release.TreeNote;
import dev.oxidometer.ui.format.Format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Release view's comparison across trees (issue 13): this release against the release of the same version in
 * another tree ({@code /release/v6.12?repo=debian&against=other}), e.g. Debian's 6.12.117 against another 6.12
 * tree: both trees' metrics side by side, the {@code .rs} files only in one of them or different (by blob), drivers
 * and kernel-crate modules only in one. Without {@code against}, links to the trees that hold the same version.
 */
final class TreeCompareSection extends Div {

    static final String PARAMETER = "against";

    /** Another tree's release at this release's version. */
    record Counterpart(Repo tree, ReleaseSummary release, Optional<String> label) {
    }

    /** A metric in both trees. */
    record MetricPair(String key, Object here, Object there, String difference) {
    }

    private final ReleaseCatalog catalog;
    private final TreeComparison comparison;

    /**
     * @param here     the tree the page shows (the reads of this thread answer for it)
     * @param choices  every tree with releases
     * @param against  the other tree's name from the URL, or null
     */
    TreeCompareSection(ReleaseCatalog catalog, TreeComparison comparison, Repo here, List<Repo> choices,
                       ReleaseSummary release, String against) {
        this.catalog = catalog;
        this.comparison = comparison;
        setId("tree-compare");
        List<Counterpart> counterparts = counterparts(here, choices, release);
        if (against == null || against.isBlank()) {
            offer(here, release, counterparts, choices.size() > 1);
            return;
        }
        Optional<Counterpart> other = counterparts.stream().filter(c -> c.tree().name().equals(against.strip()))
                .findFirst();
        if (other.isEmpty()) {
            add(new H3("Against another tree"));
            Paragraph p = new Paragraph("No tree called \"" + against.strip() + "\" holds a release of "
                    + versionName(release) + "." + (counterparts.isEmpty() ? ""
                    : " Trees that do: " + String.join(", ", counterparts.stream().map(c -> c.tree().name())
                            .toList()) + "."));
            p.setId("tree-compare-unknown");
            add(p);
            return;
        }
        compare(here, release, other.get());
    }

    /** The release at {@code release}'s version in every other tree: the same tag, else the same version. */
    private List<Counterpart> counterparts(Repo here, List<Repo> choices, ReleaseSummary release) {
        List<Counterpart> found = new ArrayList<>();
        Optional<int[]> version = VersionAlignment.version(release, catalog.note(release.tag()).orElse(null));
        for (Repo tree : choices) {
            if (tree.name().equals(here.name())) {
                continue;
            }
            RepositoryScope.within(tree, () -> {
                List<ReleaseSummary> releases = catalog.releases(release.rc());
                Map<String, String> notes = catalog.notes();
                Optional<ReleaseSummary> same = releases.stream().filter(r -> r.tag().equals(release.tag()))
                        .findFirst();
                Optional<ReleaseSummary> match = same.isPresent() || version.isEmpty() ? same
                        : releases.stream().filter(r -> VersionAlignment.version(r, notes.get(r.tag()))
                                .map(v -> v[0] == version.get()[0] && v[1] == version.get()[1]).orElse(false))
                        .reduce((first, later) -> later);
                match.ifPresent(r -> found.add(new Counterpart(tree, r, TreeNote.label(r.tag(),
                        notes.get(r.tag())))));
                return null;
            });
        }
        return found;
    }

    private void offer(Repo here, ReleaseSummary release, List<Counterpart> counterparts, boolean otherTrees) {
        if (!otherTrees) {
            return;
        }
        add(new H3("Against another tree"));
        if (counterparts.isEmpty()) {
            Paragraph none = new Paragraph("No other tree holds a release of " + versionName(release) + ".");
            none.setId("tree-compare-none");
            none.addClassName("oxido-muted");
            add(none);
            return;
        }
        Paragraph offer = new Paragraph("Compare " + release.tag() + " of " + here.name() + " with ");
        offer.setId("tree-compare-offer");
        for (int i = 0; i < counterparts.size(); i++) {
            Counterpart c = counterparts.get(i);
            RouterLink link = new RouterLink(c.release().tag() + " of " + c.tree().name(), ReleaseView.class,
                    release.tag());
            link.setQueryParameters(query(c.tree().name()));
            link.addClassName("tree-compare-link");
            offer.add(new Span(i == 0 ? "" : ", "), link);
        }
        offer.add(new Span("."));
        add(offer);
    }

    private void compare(Repo here, ReleaseSummary release, Counterpart other) {
        ReleaseDiff diff = comparison.diff(here, release.tag(), other.tree(), other.release().tag()).orElseThrow();
        String hereName = release.tag() + " of " + here.name();
        String thereName = other.release().tag() + " of " + other.tree().name();
        H3 title = new H3(hereName + " against " + thereName);
        title.setId("tree-compare-title");
        add(title);
        Paragraph what = new Paragraph(describe(hereName, TreeNote.label(release.tag(),
                catalog.note(release.tag()).orElse(null))) + " " + describe(thereName, other.label()));
        what.setId("tree-compare-trees");
        what.addClassName("oxido-muted");
        RouterLink stop = new RouterLink("Stop comparing", ReleaseView.class, release.tag());
        stop.setQueryParameters(query(null));
        stop.setId("tree-compare-stop");
        add(what, new Paragraph(stop));

        int filesHere = catalog.files(release.tag()).size();
        long onlyHere = diff.files().stream().filter(f -> f.change().equals("removed")).count();
        long onlyThere = diff.files().stream().filter(f -> f.change().equals("added")).count();
        long differ = diff.files().stream().filter(f -> f.change().equals("changed")).count();
        Paragraph summary = new Paragraph(".rs files the same in both (same path, same blob): "
                + Format.number(filesHere - onlyHere - differ) + "; different: " + Format.number(differ)
                + "; only in " + here.name() + ": " + Format.number(onlyHere) + "; only in " + other.tree().name()
                + ": " + Format.number(onlyThere) + ". Drivers that differ: " + diff.drivers().size()
                + "; kernel-crate modules in one tree only: "
                + (diff.abstractionsAdded().size() + diff.abstractionsRemoved().size()) + ".");
        summary.setId("tree-compare-summary");
        add(summary);
        add(metrics(release, other, here.name()));
        if (!diff.files().isEmpty()) {
            add(files(diff, here.name(), other.tree().name()));
        }
        if (!diff.drivers().isEmpty()) {
            Div drivers = new Div();
            drivers.setId("tree-compare-drivers");
            for (DriverChange d : diff.drivers()) {
                drivers.add(new Paragraph(d.name() + ": " + driverText(d, here.name(), other.tree().name())));
            }
            add(drivers);
        }
        if (!diff.abstractionsAdded().isEmpty() || !diff.abstractionsRemoved().isEmpty()) {
            Div modules = new Div();
            modules.setId("tree-compare-modules");
            if (!diff.abstractionsRemoved().isEmpty()) {
                modules.add(new Paragraph("Kernel-crate modules only in " + here.name() + ": "
                        + String.join(", ", diff.abstractionsRemoved())));
            }
            if (!diff.abstractionsAdded().isEmpty()) {
                modules.add(new Paragraph("Kernel-crate modules only in " + other.tree().name() + ": "
                        + String.join(", ", diff.abstractionsAdded())));
            }
            add(modules);
        }
    }

    private static String describe(String name, Optional<String> label) {
        return name + ": " + label.map(l -> l + ".").orElse("no tag note says it is another tree than the upstream "
                + "release of that name.");
    }

    static List<MetricPair> metricPairs(ReleaseSummary here, ReleaseSummary there) {
        Set<String> keys = new LinkedHashSet<>(here.metrics().keySet());
        keys.addAll(there.metrics().keySet());
        List<MetricPair> pairs = new ArrayList<>();
        for (String key : keys) {
            Object a = here.metrics().get(key);
            Object b = there.metrics().get(key);
            String difference = a instanceof Number x && b instanceof Number y
                    ? Format.delta(key, x.doubleValue(), y.doubleValue())
                    : java.util.Objects.equals(a, b) ? "" : "differs";
            pairs.add(new MetricPair(key, a, b, difference));
        }
        return pairs;
    }

    private static Grid<MetricPair> metrics(ReleaseSummary release, Counterpart other, String hereName) {
        Grid<MetricPair> grid = new Grid<>();
        grid.setId("tree-compare-metrics");
        grid.addColumn(MetricPair::key).setHeader("Metric").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(p -> p.here() == null ? "—" : Format.metric(p.key(), p.here())).setHeader(hereName)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(p -> p.there() == null ? "—" : Format.metric(p.key(), p.there()))
                .setHeader(other.tree().name()).setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(p -> ReleaseView.deltaSpan(p.difference()))
                .setHeader(other.tree().name() + " − " + hereName).setTextAlign(ColumnTextAlign.END);
        grid.setItems(metricPairs(release, other.release()));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }

    private static Grid<FileChange> files(ReleaseDiff diff, String hereName, String thereName) {
        Grid<FileChange> grid = new Grid<>();
        grid.setId("tree-compare-files");
        grid.addColumn(FileChange::path).setHeader("Path").setFlexGrow(3).setResizable(true).setSortable(true);
        grid.addColumn(f -> switch (f.change()) {
            case "added" -> "only in " + thereName;
            case "removed" -> "only in " + hereName;
            default -> "differs";
        }).setHeader("Where").setAutoWidth(true).setSortable(true);
        grid.addColumn(f -> f.change().equals("added") ? "—" : Format.number(f.linesBefore()))
                .setHeader("Lines in " + hereName).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(f -> f.change().equals("removed") ? "—" : Format.number(f.linesAfter()))
                .setHeader("Lines in " + thereName).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setItems(diff.files());
        grid.setHeight(Math.min(40 + diff.files().size() * 36, 520) + "px");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        return grid;
    }

    private static String driverText(DriverChange d, String hereName, String thereName) {
        return switch (d.change()) {
            case "landed" -> "only in " + thereName + " (" + d.pathAfter() + ", " + Format.number(d.linesAfter())
                    + " lines)";
            case "left" -> "only in " + hereName + " (" + d.pathBefore() + ", " + Format.number(d.linesBefore())
                    + " lines)";
            case "moved" -> "at " + d.pathBefore() + " in " + hereName + ", at " + d.pathAfter() + " in " + thereName;
            default -> Format.number(d.linesBefore()) + " lines in " + hereName + ", "
                    + Format.number(d.linesAfter()) + " in " + thereName;
        };
    }

    /** How a version is named in sentences: "6.12" for v6.12, else the tag itself. */
    private static String versionName(ReleaseSummary release) {
        return dev.oxidometer.scan.ReleaseTag.parseName(release.tag())
                .map(t -> t.major() + "." + t.minor() + (t.isRc() ? "-rc" + t.rc() : "")).orElse(release.tag());
    }

    /** The page's query: {@code ?repo=} for a tree other than the default one, {@code ?against=} when comparing. */
    static QueryParameters query(String against) {
        Map<String, String> p = new LinkedHashMap<>();
        RepositoryScope.shown().ifPresent(r -> p.put(RepositoryPicker.PARAMETER, r.name()));
        if (against != null) {
            p.put(PARAMETER, against);
        }
        return QueryParameters.simple(p);
    }
}
