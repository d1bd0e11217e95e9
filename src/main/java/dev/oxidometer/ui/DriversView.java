package dev.oxidometer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.oxidometer.release.DriverSummary;
import dev.oxidometer.release.ReleaseCatalog;
import dev.oxidometer.release.ReleaseGaps;
import dev.oxidometer.ui.format.Format;
import dev.oxidometer.ui.layout.NarrowScreen;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The inventory of Rust drivers at the newest release and before; the filter lives in the URL ({@code ?q=}). */
@Route("drivers")
@Menu(title = "Drivers", order = 1, icon = "vaadin:cog")
@PageTitle("Rust drivers · oxidometer")
@AnonymousAllowed
@com.vaadin.flow.component.dependency.StyleSheet(NarrowScreen.STYLESHEET)
public class DriversView extends Div implements BeforeEnterObserver {

    private final ReleaseCatalog catalog;
    final TextField filter = new TextField();
    final Grid<DriverSummary> grid = new Grid<>();
    private List<DriverSummary> all = List.of();
    private ReleaseGaps gaps = ReleaseGaps.of(List.of());

    public DriversView(ReleaseCatalog catalog) {
        this.catalog = catalog;
        addClassName("oxido-page");
        filter.setId("driver-filter");
        filter.setPlaceholder("Filter by name, path or subsystem");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("min(100%, 28em)");
        filter.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                UI.getCurrent().navigate(DriversView.class, e.getValue().isBlank()
                        ? QueryParameters.empty() : QueryParameters.simple(Map.of("q", e.getValue())));
            }
        });

        grid.setId("drivers-grid");
        grid.addComponentColumn(d -> new RouterLink(d.name(), DriverView.class, d.name()))
                .setHeader("Driver").setComparator(DriverSummary::name).setSortable(true).setAutoWidth(true)
                .setFrozen(true);
        Grid.Column<DriverSummary> path = grid.addColumn(DriverSummary::path).setHeader("Path").setSortable(true)
                .setFlexGrow(2).setResizable(true);
        Grid.Column<DriverSummary> subsystem = grid.addColumn(DriverSummary::subsystem).setHeader("Subsystem")
                .setSortable(true).setAutoWidth(true);
        Grid.Column<DriverSummary> kind = grid.addColumn(DriverSummary::kind).setHeader("Kind").setSortable(true)
                .setAutoWidth(true)
                .setTooltipGenerator(d -> d.isLibrary() ? "Rust under drivers/ in no module's tree (linked into C)"
                        : "a kernel module (module! macro) and its module tree");
        // a range, never a single release the scans did not show: "v6.2–v6.12", the wording on hover
        grid.addComponentColumn(d -> RangeLinks.link(d.landed(gaps), "landed"))
                .setHeader("Landed").setComparator(d -> d.landedDate() == null ? java.time.Instant.EPOCH : d.landedDate())
                .setSortable(true).setAutoWidth(true);
        Grid.Column<DriverSummary> removed = grid.addComponentColumn(d -> RangeLinks.linkOrDash(d.removed(gaps),
                "removed")).setHeader("Removed").setAutoWidth(true);
        Grid.Column<DriverSummary> files = grid.addColumn(DriverSummary::files).setHeader("Files").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(d -> Format.number(d.lines())).setHeader("Lines")
                .setComparator(DriverSummary::lines).setSortable(true).setAutoWidth(true);
        Grid.Column<DriverSummary> trend = grid.addComponentColumn(d -> new Sparkline(d.linesPerRelease(),
                "lines per release, oldest first")).setHeader("Trend").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // a phone keeps the name, the landing range and the size; the rest is a tap on the row away
        NarrowScreen.secondaryColumns(grid, d -> List.of(d.path(), "Subsystem: " + d.subsystem() + " · " + d.kind(),
                RangeLinks.capitalized(d.landed(gaps).describe("landed")),
                d.removed(gaps).map(r -> RangeLinks.capitalized(r.describe("removed"))).orElse("Not removed"),
                d.files() + (d.files() == 1 ? " file" : " files")),
                List.of(path, subsystem, kind, removed, files, trend));
        grid.setHeight("70vh");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String q = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        all = catalog.drivers();
        gaps = RangeLinks.gaps(catalog);
        removeAll();
        if (catalog.releases(true).isEmpty()) {
            add(new EmptyState());
            return;
        }
        filter.setValue(q);
        List<DriverSummary> shown = filter(all, q);
        grid.setItems(shown);
        long libraries = all.stream().filter(DriverSummary::isLibrary).count();
        Paragraph count = new Paragraph(shown.size() == all.size()
                ? (all.size() - libraries) + " Rust driver modules and " + libraries + " libraries seen in the "
                        + "scanned releases; sizes are each one's own module tree"
                : shown.size() + " of " + all.size() + " Rust drivers match \"" + q + "\"");
        count.setId("driver-count");
        Paragraph coverage = new Paragraph(gaps.coverage() + " Landing and removal are ranges where releases "
                + "in between are not scanned.");
        coverage.setId("driver-coverage");
        coverage.addClassName("oxido-muted");
        add(new H2("Rust drivers"), filter, count, coverage, grid);
    }

    static List<DriverSummary> filter(List<DriverSummary> drivers, String query) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return drivers;
        }
        return drivers.stream().filter(d -> contains(d.name(), q) || contains(d.path(), q) || contains(d.subsystem(), q))
                .toList();
    }

    private static boolean contains(String s, String q) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(q);
    }
}
