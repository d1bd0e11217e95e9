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
import dev.oxidometer.ui.format.Format;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The inventory of Rust drivers at the newest release and before; the filter lives in the URL ({@code ?q=}). */
@Route("drivers")
@Menu(title = "Drivers", order = 1, icon = "vaadin:cog")
@PageTitle("Rust drivers · oxidometer")
@AnonymousAllowed
public class DriversView extends Div implements BeforeEnterObserver {

    private final ReleaseCatalog catalog;
    final TextField filter = new TextField();
    final Grid<DriverSummary> grid = new Grid<>();
    private List<DriverSummary> all = List.of();

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
        grid.addColumn(DriverSummary::path).setHeader("Path").setSortable(true).setFlexGrow(2).setResizable(true);
        grid.addColumn(DriverSummary::subsystem).setHeader("Subsystem").setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(d -> new RouterLink(d.landedTag(), ReleaseView.class, d.landedTag()))
                .setHeader("Landed").setComparator(d -> d.landedDate() == null ? java.time.Instant.EPOCH : d.landedDate())
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(d -> Format.date(d.landedDate())).setHeader("Landed on")
                .setComparator(d -> d.landedDate() == null ? java.time.Instant.EPOCH : d.landedDate())
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(DriverSummary::files).setHeader("Files").setSortable(true).setAutoWidth(true);
        grid.addColumn(d -> Format.number(d.lines())).setHeader("Lines")
                .setComparator(DriverSummary::lines).setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(d -> new Sparkline(d.linesPerRelease(), "lines per release, oldest first"))
                .setHeader("Trend").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("70vh");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String q = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        all = catalog.drivers();
        removeAll();
        if (catalog.releases(true).isEmpty()) {
            add(new EmptyState());
            return;
        }
        filter.setValue(q);
        List<DriverSummary> shown = filter(all, q);
        grid.setItems(shown);
        Paragraph count = new Paragraph(shown.size() == all.size()
                ? all.size() + " Rust drivers seen in the scanned releases"
                : shown.size() + " of " + all.size() + " Rust drivers match \"" + q + "\"");
        count.setId("driver-count");
        add(new H2("Rust drivers"), filter, count, grid);
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
