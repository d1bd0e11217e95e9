package dev.oxidometer.ui;

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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.oxidometer.release.AbstractionModule;
import dev.oxidometer.release.ReleaseCatalog;
import dev.oxidometer.ui.format.Format;
import dev.oxidometer.ui.layout.NarrowScreen;

import java.util.List;
import java.util.Locale;

/** The kernel crate's modules and the release each first appeared in: the registry people keep by hand, generated. */
@Route("abstractions")
@Menu(title = "Abstractions", order = 2, icon = "vaadin:cubes")
@PageTitle("Rust abstractions · oxidometer")
@AnonymousAllowed
@com.vaadin.flow.component.dependency.StyleSheet(NarrowScreen.STYLESHEET)
public class AbstractionsView extends Div implements BeforeEnterObserver {

    private final ReleaseCatalog catalog;
    final Grid<AbstractionModule> grid = new Grid<>();
    final TextField filter = new TextField();
    private List<AbstractionModule> all = List.of();
    private dev.oxidometer.release.ReleaseGaps gaps = dev.oxidometer.release.ReleaseGaps.of(List.of());

    public AbstractionsView(ReleaseCatalog catalog) {
        this.catalog = catalog;
        addClassName("oxido-page");
        grid.setId("abstractions-grid");
        grid.addColumn(AbstractionModule::name).setHeader("Module").setSortable(true).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addComponentColumn(m -> RangeLinks.link(m.first(gaps), "first merged"))
                .setHeader("First merged").setComparator(m -> m.firstDate() == null ? java.time.Instant.EPOCH : m.firstDate())
                .setSortable(true).setAutoWidth(true);
        Grid.Column<AbstractionModule> date = grid.addColumn(m -> Format.date(m.firstDate())).setHeader("Date")
                .setComparator(m -> m.firstDate() == null ? java.time.Instant.EPOCH : m.firstDate())
                .setSortable(true).setAutoWidth(true);
        Grid.Column<AbstractionModule> newest = grid.addColumn(m -> m.present() ? "present" : "absent")
                .setHeader("Newest release").setSortable(true).setAutoWidth(true);
        NarrowScreen.secondaryColumns(grid, m -> List.of(RangeLinks.capitalized(m.first(gaps)
                        .describe("first merged")), "First seen in a release dated " + Format.date(m.firstDate()),
                m.present() ? "Present in the newest release" : "Not in the newest release"), List.of(date, newest));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setHeight("70vh");
        filter.setId("abstraction-filter");
        filter.setPlaceholder("Filter modules");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.setItems(filter(all, e.getValue())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        all = catalog.abstractions();
        gaps = RangeLinks.gaps(catalog);
        if (catalog.releases(true).isEmpty()) {
            add(new EmptyState());
            return;
        }
        grid.setItems(filter(all, filter.getValue()));
        Paragraph intro = new Paragraph(all.size() + " modules of the kernel crate (rust/kernel), with when each "
                + "was first merged: one release where the release before it is scanned too, else the range of "
                + "releases not scanned. " + gaps.coverage());
        intro.setId("abstraction-count");
        add(new H2("Abstractions"), intro, filter, grid);
    }

    static List<AbstractionModule> filter(List<AbstractionModule> modules, String query) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        return q.isEmpty() ? modules : modules.stream().filter(m -> m.name().toLowerCase(Locale.ROOT).contains(q)).toList();
    }
}
