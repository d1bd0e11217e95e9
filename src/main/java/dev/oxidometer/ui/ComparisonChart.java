package dev.oxidometer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import dev.oxidometer.release.ReleaseCatalog;
import dev.oxidometer.release.ReleaseSummary;
import dev.oxidometer.release.Repo;
import dev.oxidometer.release.RepositoryScope;
import dev.oxidometer.scan.Metric;
import dev.oxidometer.ui.chart.ChartColors;
import dev.oxidometer.ui.chart.ChartJs;
import dev.oxidometer.ui.format.Format;
import software.xdev.chartjs.model.charts.LineChart;
import software.xdev.chartjs.model.data.LineData;
import software.xdev.chartjs.model.dataset.LineDataset;
import software.xdev.chartjs.model.options.CoreInteractionOptions;
import software.xdev.chartjs.model.options.LegendOptions;
import software.xdev.chartjs.model.options.LineOptions;
import software.xdev.chartjs.model.options.Plugins;
import software.xdev.chartjs.model.options.elements.LineElements;
import software.xdev.chartjs.model.options.elements.Point;
import software.xdev.chartjs.model.options.scale.Scales;
import software.xdev.chartjs.model.options.scale.cartesian.AbstractCartesianScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.CartesianScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearScaleOptions;
import software.xdev.chartjs.model.options.tooltip.TooltipOptions;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Comparison mode of the dashboard: one metric for two or more trees on one chart, aligned by release version
 * ({@link VersionAlignment}); URL state {@code ?compare=a,b&metric=KEY} (no metric: Rust adoption code lines). Each
 * version's axis label names the tag of each tree that stands there, since trees name their tags differently; the
 * table under the chart gives the same numbers with what each tree is.
 */
final class ComparisonChart extends Div {

    static final String PARAMETER = "compare";
    static final String DEFAULT_METRIC = "rust.adoption.code";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReleaseCatalog catalog;
    private final RepositoryPicker picker;
    private final Class<? extends Component> view;
    final MultiSelectComboBox<String> trees = new MultiSelectComboBox<>("Trees");
    final ComboBox<String> metric = new ComboBox<>("Metric");
    final ChartJs chart = new ChartJs();
    private List<String> asked = List.of();
    private String metricKey = DEFAULT_METRIC;
    private boolean active;

    ComparisonChart(ReleaseCatalog catalog, RepositoryPicker picker, Class<? extends Component> view) {
        this.catalog = catalog;
        this.picker = picker;
        this.view = view;
        setId("comparison");
        trees.setId("compare-trees");
        // room for every tree's chip: a narrow box folds them into a count
        trees.setWidth("min(100%, 28rem)");
        metric.setId("compare-metric");
        chart.setId("compare-chart");
        chart.addClassName("oxido-chart-box");
        trees.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(picker.names().stream().filter(e.getValue()::contains).toList(), metricKey);
            }
        });
        metric.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(asked, e.getValue());
            }
        });
    }

    /** Reads {@code ?compare=} and {@code ?metric=}; after {@link RepositoryPicker#read}. */
    void read(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        String compare = QueryValues.first(p, PARAMETER);
        active = compare != null;
        Set<String> names = new LinkedHashSet<>();
        if (compare != null) {
            for (String name : compare.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        asked = List.copyOf(names);
        String key = QueryValues.first(p, "metric");
        metricKey = key == null || key.isBlank() ? DEFAULT_METRIC : key.strip();
    }

    /** Whether the URL asks for comparison mode. */
    boolean active() {
        return active;
    }

    /** Builds the comparison: the controls, the chart and its table, or what is missing for one. */
    void render() {
        removeAll();
        add(new H2("Trees compared"));
        List<Repo> shown = asked.stream().flatMap(n -> picker.named(n).stream()).toList();
        List<String> unknown = asked.stream().filter(n -> picker.named(n).isEmpty()).toList();
        Map<String, List<ReleaseSummary>> releases = new LinkedHashMap<>();
        Map<String, Map<String, String>> notes = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Repo repo : shown) {
            RepositoryScope.within(repo, () -> {
                List<ReleaseSummary> treeReleases = catalog.releases(false);
                releases.put(repo.name(), treeReleases);
                notes.put(repo.name(), catalog.notes());
                catalog.metricKeys().stream().filter(k -> Metrics.isNumeric(treeReleases, k)).forEach(keys::add);
                return null;
            });
        }
        add(controls(List.copyOf(keys)));
        if (!unknown.isEmpty()) {
            Paragraph p = new Paragraph("No tree with scanned releases is called " + String.join(", ", unknown)
                    + "; the trees are " + String.join(", ", picker.names()) + ".");
            p.setId("compare-unknown");
            add(p);
        }
        if (shown.size() < 2) {
            Paragraph p = new Paragraph("Pick two or more trees to compare.");
            p.setId("compare-needs-two");
            add(p);
            return;
        }
        if (!keys.contains(metricKey)) {
            Paragraph p = new Paragraph("None of these trees has a numeric metric called \"" + metricKey
                    + "\". Pick one from the list.");
            p.setId("compare-unknown-metric");
            add(p);
            return;
        }
        VersionAlignment alignment = VersionAlignment.of(releases, notes);
        Metric m = AdoptionCharts.metricOf(metricKey);
        Paragraph how = new Paragraph(m.name() + " (" + metricKey + ", " + m.unit() + ") of each tree at each kernel"
                + " version: a tree's final release of "
                + "that version, whatever its tag is called (each version's label names the tag of every tree; "
                + "\"—\": that tree has no scanned release of it). Release candidates are left out. A line joins "
                + "its tree's scanned versions; what happened between them was not measured.");
        how.setId("compare-how");
        how.addClassName("oxido-muted");
        chart.setConfigJson(config(alignment, metricKey));
        chart.setAccessibleText(m.name() + " for " + String.join(", ", alignment.trees()) + " at "
                + alignment.versions().size() + " kernel versions; the table below lists every value");
        H3 heading = new H3(m.name());
        heading.setId("compare-heading");
        add(heading, how, chart, table(alignment, metricKey));
        if (!alignment.leftOut().isEmpty()) {
            Paragraph left = new Paragraph("Not on the chart: " + String.join("; ", alignment.leftOut()) + ".");
            left.setId("compare-left-out");
            left.addClassName("oxido-muted");
            add(left);
        }
    }

    private Div controls(List<String> keys) {
        trees.setItems(picker.names());
        trees.setValue(new LinkedHashSet<>(asked.stream().filter(n -> picker.named(n).isPresent()).toList()));
        metric.setItems(keys);
        metric.setItemLabelGenerator(k -> AdoptionCharts.metricOf(k).name());
        metric.setValue(keys.contains(metricKey) ? metricKey : null);
        RouterLink single = new RouterLink("Show one tree", view);
        single.setId("single-tree-link");
        Div controls = new Div(trees, metric, single);
        controls.addClassName("oxido-controls");
        return controls;
    }

    private void go(List<String> names, String key) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(PARAMETER, String.join(",", names));
        if (!DEFAULT_METRIC.equals(key)) {
            p.put("metric", key);
        }
        UI.getCurrent().navigate(view, QueryParameters.simple(p));
    }

    /** A metric's value as the chart draws it: fractions in percent. */
    static Double value(ReleaseSummary release, String key) {
        return Metrics.number(release, key).map(v -> Metrics.isFraction(key) ? v * 100 : v).orElse(null);
    }

    /**
     * The chart's configuration: one line per tree over the versions, each version's label a list of lines (the
     * version, then each tree's tag there), which Chart.js draws as a multi-line tick and tooltip title.
     */
    static String config(VersionAlignment alignment, String key) {
        LineData data = new LineData().setLabels(alignment.versions().stream().map(VersionAlignment.Version::name)
                .toList());
        int colour = 0;
        for (String tree : alignment.trees()) {
            List<Object> points = new ArrayList<>();
            for (VersionAlignment.Version v : alignment.versions()) {
                points.add(v.cell(tree).map(c -> value(c.release(), key)).orElse(null));
            }
            LineDataset dataset = new LineDataset().setLabel(tree)
                    .setBorderColor(ChartColors.series(colour))
                    .setBackgroundColor(ChartColors.series(colour))
                    .setBorderWidth(2)
                    .setTension(0)
                    .setSpanGaps(true);
            dataset.setDataUnchecked(points);
            data.addDataset(dataset);
            colour++;
        }
        CartesianScaleOptions x = new CartesianScaleOptions("category");
        x.setTitle(new AbstractCartesianScaleOptions.Title().setDisplay(true).setText("kernel version"));
        LinearScaleOptions y = new LinearScaleOptions().setBeginAtZero(true);
        y.setTitle(new AbstractCartesianScaleOptions.Title().setDisplay(true)
                .setText(AdoptionCharts.metricOf(key).name() + " (" + AdoptionCharts.metricOf(key).unit() + ")"));
        LineOptions options = new LineOptions()
                .setResponsive(true)
                .setMaintainAspectRatio(false)
                .setAnimation(false)
                .setElements(new LineElements().setPoint(new Point().setRadius(4).setHitRadius(8).setHoverRadius(6)))
                .setInteraction(new CoreInteractionOptions().setMode("index").setIntersect(false))
                .setScales(new Scales().addScale("x", x).addScale("y", y))
                .setPlugins(new Plugins()
                        .setLegend(new LegendOptions().setPosition("bottom"))
                        .setTooltip(new TooltipOptions().setMode("index").setIntersect(false)));
        ObjectNode json = (ObjectNode) JSON.readTree(new LineChart(data, options).toJson());
        ArrayNode labels = JSON.createArrayNode();
        for (VersionAlignment.Version v : alignment.versions()) {
            ArrayNode lines = labels.addArray();
            alignment.axisLabel(v).forEach(lines::add);
        }
        ((ObjectNode) json.get("data")).set("labels", labels);
        return JSON.writeValueAsString(json);
    }

    /** The chart's numbers: per version, each tree's tag, what that tree is when not upstream, and the value. */
    private static Grid<VersionAlignment.Version> table(VersionAlignment alignment, String key) {
        Grid<VersionAlignment.Version> grid = new Grid<>();
        grid.setId("compare-table");
        grid.addColumn(VersionAlignment.Version::name).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        String name = AdoptionCharts.metricOf(key).name();
        for (String tree : alignment.trees()) {
            grid.addColumn(v -> v.cell(tree).map(c -> c.release().tag() + c.label().map(l -> " (" + l + ")")
                    .orElse("")).orElse("—")).setHeader(tree + ": tag").setAutoWidth(true).setResizable(true);
            grid.addColumn(v -> v.cell(tree).map(c -> Format.metric(key, c.release().metrics().get(key)))
                    .orElse("")).setHeader(tree + ": " + name).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        }
        grid.setItems(alignment.versions());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }
}
