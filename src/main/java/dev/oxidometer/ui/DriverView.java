package dev.oxidometer.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.oxidometer.release.DriverRelease;
import dev.oxidometer.release.DriverSummary;
import dev.oxidometer.news.LinkKind;
import dev.oxidometer.news.LinkService;
import dev.oxidometer.release.ReleaseCatalog;
import dev.oxidometer.ui.news.LinkedArticles;
import dev.oxidometer.ui.chart.ChartJs;
import dev.oxidometer.ui.chart.ChartToolbar;
import dev.oxidometer.ui.chart.image.ChartImageService;
import dev.oxidometer.ui.chart.image.ChartKind;
import dev.oxidometer.ui.chart.image.ChartSpec;
import dev.oxidometer.ui.chart.ChartColors;
import dev.oxidometer.ui.format.Format;
import dev.oxidometer.ui.layout.NarrowScreen;
import software.xdev.chartjs.model.charts.BarChart;
import software.xdev.chartjs.model.data.BarData;
import software.xdev.chartjs.model.dataset.BarDataset;
import software.xdev.chartjs.model.options.BarOptions;
import software.xdev.chartjs.model.options.LegendOptions;
import software.xdev.chartjs.model.options.Plugins;

import java.util.List;
import java.util.Optional;

/** One driver across releases; a driver that moved (rnull) is still one driver, its path shown per release. */
@Route("drivers")
@AnonymousAllowed
@com.vaadin.flow.component.dependency.StyleSheet(NarrowScreen.STYLESHEET)
public class DriverView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final ReleaseCatalog catalog;
    private String title = "Driver · oxidometer";
    final ChartJs chart = new ChartJs();

    private final LinkService articleLinks;

    private final ChartImageService chartImages;

    /** The tree shown ({@code ?repo=}, issue 13) and its query, for the links to its releases. */
    private final dev.oxidometer.release.RepositoryScope repositories;
    com.vaadin.flow.router.QueryParameters treeQuery = com.vaadin.flow.router.QueryParameters.empty();

    public DriverView(ReleaseCatalog catalog, LinkService articleLinks, ChartImageService chartImages,
                      dev.oxidometer.release.RepositoryScope repositories) {
        this.repositories = repositories;
        this.chartImages = chartImages;
        this.articleLinks = articleLinks;
        this.catalog = catalog;
        addClassName("oxido-page");
        chart.setId("driver-chart");
        chart.setHeight("260px");
        chart.addClickListener(e -> {
            if (e.getPoint().label() != null) {
                UI.getCurrent().navigate(ReleaseView.class, e.getPoint().label(), treeQuery);
            }
        });
    }

    @Override
    public void setParameter(BeforeEvent event, String name) {
        TreeScope.within(event, repositories.withReleases(), () -> {
            treeQuery = TreeScope.query();
            Optional<DriverSummary> driver = catalog.driver(name);
            if (driver.isEmpty()) {
                event.rerouteToError(NotFoundException.class,
                        "There is no Rust driver called \"" + name + "\" in the scanned releases.");
                return;
            }
            show(driver.get(), catalog.driverHistory(name));
        });
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(DriverSummary d, List<DriverRelease> history) {
        removeAll();
        title = d.name() + " · oxidometer";
        H2 heading = new H2(d.name());
        heading.setId("driver-title");
        add(new Paragraph(new RouterLink("← All drivers", DriversView.class)), heading,
                new Paragraph(DriverRangeText.summary(d, RangeLinks.gaps(catalog))));

        BarData data = new BarData().setLabels(history.stream().map(DriverRelease::tag).toList())
                .addDataset(new BarDataset().setLabel("lines")
                        .setData(history.stream().map(h -> (Number) h.lines()).toList())
                        .setBackgroundColor(ChartColors.series(0)));
        chart.setChart(new BarChart(data, new BarOptions().setResponsive(true).setMaintainAspectRatio(false)
                .setAnimation(false).setPlugins(new Plugins().setLegend(new LegendOptions().setDisplay(false)))));
        chart.setAccessibleText("Lines of " + d.name() + " per release");
        add(new H3("Lines per release"),
                new ChartToolbar(chart, () -> ChartSpec.of(ChartKind.DRIVER, d.name()), chartImages, null), chart);

        Grid<DriverRelease> grid = new Grid<>();
        grid.setId("driver-history");
        grid.addComponentColumn(h -> {
            RouterLink link = new RouterLink(h.tag(), ReleaseView.class, h.tag());
            link.setQueryParameters(treeQuery);
            return link;
        }).setHeader("Release")
                .setAutoWidth(true);
        Grid.Column<DriverRelease> date = grid.addColumn(h -> Format.date(h.date())).setHeader("Date")
                .setAutoWidth(true);
        grid.addColumn(DriverRelease::path).setHeader("Path").setFlexGrow(2);
        Grid.Column<DriverRelease> files = grid.addColumn(DriverRelease::files).setHeader("Files")
                .setAutoWidth(true);
        grid.addColumn(h -> Format.number(h.lines())).setHeader("Lines").setAutoWidth(true);
        grid.setItems(history);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        NarrowScreen.secondaryColumns(grid, h -> List.of("Released " + Format.date(h.date()),
                h.files() + (h.files() == 1 ? " file" : " files")), List.of(date, files));
        long paths = history.stream().map(DriverRelease::path).distinct().count();
        add(new H3("History" + (paths > 1 ? " (moved: " + paths + " paths)" : "")), grid);
        add(new LinkedArticles(articleLinks, LinkKind.DRIVER, d.name()));
    }
}
