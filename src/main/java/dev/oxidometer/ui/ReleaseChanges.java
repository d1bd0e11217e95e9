package dev.oxidometer.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

import dev.oxidometer.release.DriverChange;
import dev.oxidometer.release.FileChange;
import dev.oxidometer.release.ReleaseDiff;
import dev.oxidometer.release.RustFileRow;
import dev.oxidometer.ui.format.Format;
import dev.oxidometer.ui.layout.NarrowScreen;

/**
 * What changed between two releases, file by file and driver by driver, under one filter by kind of change. Files
 * whose content changed but whose line counts did not, and unchanged files, are hidden until asked for.
 */
final class ReleaseChanges extends Div {

    /** {@code ?repo=} of the tree shown, captured while the page is built in its scope (issue 13). */
    private final com.vaadin.flow.router.QueryParameters treeQuery = TreeScope.query();

    /** A kind of change, as the filter offers it. */
    enum Kind {
        ADDED("Added"), REMOVED("Removed"), CHANGED("Changed"), SAME_COUNTS("Edited, same line counts"),
        UNCHANGED("Unchanged");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    static final Set<Kind> SHOWN_FIRST = EnumSet.of(Kind.ADDED, Kind.REMOVED, Kind.CHANGED);

    private final List<FileChange> files;
    private final List<DriverChange> drivers;
    private final ReleaseDiff diff;
    private final PathLinks paths;
    private final Div filter = new Div();
    private final java.util.Map<Kind, Checkbox> boxes = new java.util.EnumMap<>(Kind.class);
    private final Grid<FileChange> grid = new Grid<>();
    private final H3 filesHeading = new H3();
    private final Div driverList = new Div();

    ReleaseChanges(ReleaseDiff diff, List<RustFileRow> filesAfter, PathLinks paths) {
        this.diff = diff;
        this.paths = paths;
        this.drivers = diff.drivers();
        this.files = new ArrayList<>(diff.files());
        Set<String> inDiff = new java.util.HashSet<>();
        diff.files().forEach(f -> inDiff.add(f.path()));
        filesAfter.stream().filter(f -> !inDiff.contains(f.path()))
                .map(f -> new FileChange(f.path(), f.category(), "unchanged", f.lines(), f.lines(), f.code(), f.code()))
                .forEach(files::add);
        files.sort(java.util.Comparator.comparing(FileChange::path));

        // one checkbox per kind that occurs (Vaadin's CheckboxGroup is not in the frontend bundle)
        filter.setId("change-filter");
        filter.addClassName("oxido-controls");
        filter.getElement().setAttribute("role", "group");
        filter.getElement().setAttribute("aria-label", "Show changes of these kinds");
        filter.add(new Span("Show:"));
        for (Kind k : Kind.values()) {
            if (count(k) > 0) {
                Checkbox box = new Checkbox(itemLabel(k), SHOWN_FIRST.contains(k));
                box.setId("show-" + k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                box.addValueChangeListener(e -> refresh());
                boxes.put(k, box);
                filter.add(box);
            }
        }
        filesHeading.setId("files-heading");
        driverList.setId("driver-changes");
        configureGrid();
        add(filter, filesHeading, grid, new H3("Drivers"), driverList, new H3("Abstraction modules"),
                abstractionChanges());
        refresh();
    }

    static Kind kind(FileChange f) {
        return switch (f.change()) {
            case "added" -> Kind.ADDED;
            case "removed" -> Kind.REMOVED;
            case "unchanged" -> Kind.UNCHANGED;
            default -> f.linesBefore() == f.linesAfter() && f.codeBefore() == f.codeAfter()
                    ? Kind.SAME_COUNTS : Kind.CHANGED;
        };
    }

    static Kind kind(DriverChange d) {
        return switch (d.change()) {
            case "landed" -> Kind.ADDED;
            case "left" -> Kind.REMOVED;
            default -> Kind.CHANGED;
        };
    }

    /** The checkbox of a kind of change; there is none for a kind that does not occur. */
    Checkbox box(Kind kind) {
        return boxes.get(kind);
    }

    /** The files the filter shows, in path order. */
    List<FileChange> shownFiles() {
        return grid.getListDataView().getItems().toList();
    }

    private long count(Kind k) {
        return fileCount(k) + driverCount(k);
    }

    private long fileCount(Kind k) {
        return files.stream().filter(f -> kind(f) == k).count();
    }

    private long driverCount(Kind k) {
        return drivers.stream().filter(d -> kind(d) == k).count();
    }

    /** "Added (25 files · 2 drivers)". */
    private String itemLabel(Kind k) {
        List<String> parts = new ArrayList<>();
        long f = fileCount(k);
        long d = driverCount(k);
        if (f > 0) {
            parts.add(Format.number(f) + (f == 1 ? " file" : " files"));
        }
        if (d > 0) {
            parts.add(Format.number(d) + (d == 1 ? " driver" : " drivers"));
        }
        return k.label + " (" + String.join(" · ", parts) + ")";
    }

    private void refresh() {
        Set<Kind> shown = EnumSet.noneOf(Kind.class);
        boxes.forEach((k, box) -> {
            if (box.getValue()) {
                shown.add(k);
            }
        });
        List<FileChange> visible = files.stream().filter(f -> shown.contains(kind(f))).toList();
        grid.setItems(visible);
        grid.setVisible(!visible.isEmpty());
        grid.setHeight(Math.min(40 + visible.size() * 36, 560) + "px");
        filesHeading.setText("Rust files (" + Format.number(visible.size()) + " shown of "
                + Format.number(files.size()) + ")");
        driverList.removeAll();
        List<DriverChange> shownDrivers = drivers.stream().filter(d -> shown.contains(kind(d))).toList();
        if (drivers.isEmpty()) {
            driverList.add(new Paragraph("No Rust driver landed, left, moved or changed in size."));
        } else if (shownDrivers.isEmpty()) {
            driverList.add(new Paragraph("No driver change of the kinds shown."));
        }
        for (DriverChange d : shownDrivers) {
            String path = d.pathAfter() != null ? d.pathAfter() : d.pathBefore();
            driverList.add(new Paragraph(new Span(d.change() + ": "),
                    driverLink(d.name()),
                    new Span(" · "), paths.link(path, d.pathAfter() != null ? diff.toTag() : diff.fromTag()),
                    new Span(describe(d))));
        }
    }

    /** A driver's page in the tree shown (the filter redraws this list later, outside the page's tree scope). */
    private RouterLink driverLink(String name) {
        RouterLink link = new RouterLink(name, DriverView.class, name);
        link.setQueryParameters(treeQuery);
        return link;
    }

    private void configureGrid() {
        grid.setId("files-grid");
        grid.addComponentColumn(f -> paths.link(f.path(), "removed".equals(f.change()) ? diff.fromTag() : diff.toTag()))
                .setHeader("Path").setFlexGrow(3).setResizable(true)
                .setComparator(FileChange::path).setSortable(true);
        Grid.Column<FileChange> category = grid.addColumn(FileChange::category).setHeader("Category")
                .setSortable(true).setAutoWidth(true).setKey("category");
        grid.addColumn(f -> changeLabel(f)).setHeader("Change").setSortable(true).setAutoWidth(true);
        Grid.Column<FileChange> lines = grid.addColumn(f -> Format.number(f.linesAfter())).setHeader("Lines")
                .setComparator(FileChange::linesAfter).setSortable(true).setAutoWidth(true).setKey("lines");
        grid.addComponentColumn(f -> delta("lines", f.linesBefore(), f.linesAfter()))
                .setHeader("Δ lines").setComparator(f -> f.linesAfter() - f.linesBefore()).setSortable(true)
                .setAutoWidth(true);
        Grid.Column<FileChange> code = grid.addComponentColumn(f -> delta("code", f.codeBefore(), f.codeAfter()))
                .setHeader("Δ code").setComparator(f -> f.codeAfter() - f.codeBefore()).setSortable(true)
                .setAutoWidth(true).setKey("code");
        // paths wrap (at their slashes) rather than being cut off before the file name
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        NarrowScreen.secondaryColumns(grid, f -> List.of(f.path(), "Category: " + f.category(),
                "Lines: " + Format.number(f.linesAfter()), f.codeBefore() == f.codeAfter() ? "Code lines unchanged"
                        : "Δ code: " + Format.delta("code", f.codeBefore(), f.codeAfter())),
                List.of(category, lines, code));
    }

    static String changeLabel(FileChange f) {
        return kind(f) == Kind.SAME_COUNTS ? "edited" : f.change();
    }

    /** A signed difference, or nothing where the count did not change. */
    static Span delta(String key, long before, long after) {
        return ReleaseView.deltaSpan(before == after ? "" : Format.delta(key, before, after));
    }

    private static String describe(DriverChange d) {
        return switch (d.change()) {
            case "moved" -> " (from " + d.pathBefore() + ")";
            case "landed" -> " · " + Format.number(d.linesAfter()) + " lines";
            case "left" -> " · had " + Format.number(d.linesBefore()) + " lines";
            default -> " · " + Format.number(d.linesBefore()) + " → " + Format.number(d.linesAfter()) + " lines";
        };
    }

    private Component abstractionChanges() {
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
}
