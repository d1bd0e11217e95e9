package dev.oxidometer.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.oxidometer.release.ReleaseCatalog;
import dev.oxidometer.release.ReleaseSummary;
import dev.oxidometer.release.ScanProgressBus;
import dev.oxidometer.ui.chart.ChartJs;
import dev.oxidometer.ui.chart.ChartPoint;
import dev.oxidometer.ui.chart.ChartToolbar;
import dev.oxidometer.ui.chart.image.ChartImageService;
import dev.oxidometer.ui.chart.image.ChartKind;
import dev.oxidometer.ui.chart.image.ChartSpec;
import dev.oxidometer.scan.Metric;
import dev.oxidometer.news.ArticleService;
import dev.oxidometer.news.LinkService;
import dev.oxidometer.ui.news.ArticleChartMarkers;
import dev.oxidometer.ui.format.Format;
import software.xdev.chartjs.model.charts.LineChart;

import java.util.List;
import java.util.Optional;

/**
 * Home: how Rust grew in the kernel, release by release. Everything the reader can change (metric, axis, rc
 * tags, vendored crates) lives in the URL, so a chart can be cited by its link; a click on a release opens it.
 */
@Route("")
@Menu(title = "Adoption", order = 0, icon = "vaadin:chart")
@PageTitle("Rust adoption in the Linux kernel · oxidometer")
@AnonymousAllowed
@com.vaadin.flow.component.dependency.StyleSheet("context://styles/dashboard.css")
public class AdoptionView extends Div implements BeforeEnterObserver {

    static final String LOG = "Logarithmic";
    static final String LINEAR = "Linear";
    static final String SEQUENCE = "Release sequence";
    static final String DATES = "Release dates";

    private final ReleaseCatalog catalog;
    private final ScanProgressBus scans;
    private AdoptionSettings settings = AdoptionSettings.DEFAULT;
    private Runnable unsubscribe = () -> { };

    final ChartJs codeChart = new ChartJs();
    final ChartJs shareChart = new ChartJs();
    final ChartJs metricChart = new ChartJs();
    final Checkbox vendored = new Checkbox("Show vendored crates");
    final Checkbox rc = new Checkbox("Include rc tags");
    final Checkbox treeEvents = new Checkbox("Show tree events");
    /** Tree events on the chart: on unless the URL says {@code events=off}. */
    private boolean showEvents = true;
    final Select<String> scale = new Select<>();
    final Select<String> xAxis = new Select<>();
    final ComboBox<Metric> metric = new ComboBox<>("Metric");
    /** Set when the reader picks a metric: its chart, below the fold, is scrolled into view once drawn. */
    private boolean scrollToMetric;
    final Span hoverInfo = new Span();
    /** "Open v6.12": the explicit way to open the release a tap (or an arrow key) selected on a chart. */
    final com.vaadin.flow.component.button.Button openSelected = new com.vaadin.flow.component.button.Button();
    private String selectedTag;

    final ArticleChartMarkers articleMarkers;
    final AdoptionChartTools chartTools;
    /** Which tree is shown ({@code ?repo=}) and the comparison of several ({@code ?compare=}): issue 13. */
    final RepositoryPicker picker;
    final ComparisonChart comparison;

    public AdoptionView(ReleaseCatalog catalog, ScanProgressBus scans, ArticleService articles, LinkService links,
                        ChartImageService chartImages, dev.oxidometer.release.RepositoryScope repositories,
                        dev.oxidometer.release.DefaultRepository defaultRepository) {
        this.catalog = catalog;
        this.picker = new RepositoryPicker(repositories, defaultRepository, AdoptionView.class);
        this.comparison = new ComparisonChart(catalog, picker, AdoptionView.class);
        this.scans = scans;
        this.articleMarkers = new ArticleChartMarkers(articles, links, this::render);
        this.chartTools = new AdoptionChartTools(chartImages, articleMarkers, () -> settings, this::go);
        addClassNames("oxido-page", "oxido-dashboard");
        codeChart.setId("code-chart");
        shareChart.setId("share-chart");
        metricChart.setId("metric-chart");
        hoverInfo.setId("hover-info");
        hoverInfo.addClassName("oxido-muted");
        // read out when a tap or an arrow key selects another release
        hoverInfo.getElement().setAttribute("aria-live", "polite");
        vendored.setId("vendored-toggle");
        rc.setId("rc-toggle");
        treeEvents.setId("events-toggle");
        treeEvents.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                java.util.Map<String, List<String>> query = new java.util.LinkedHashMap<>(
                        settings.toQuery().getParameters());
                if (!e.getValue()) {
                    query.put("events", List.of("off"));
                }
                UI.getCurrent().navigate(AdoptionView.class, picker.addTo(new com.vaadin.flow.router.QueryParameters(query)));
            }
        });
        scale.setId("scale-select");
        scale.setLabel("Axis");
        scale.setItems(LINEAR, LOG);
        xAxis.setId("x-select");
        xAxis.setLabel("X axis");
        xAxis.setItems(SEQUENCE, DATES);
        MetricPicker.configure(metric);

        vendored.addValueChangeListener(e -> { if (e.isFromClient()) go(settings.withVendored(e.getValue())); });
        rc.addValueChangeListener(e -> { if (e.isFromClient()) go(settings.withIncludeRc(e.getValue())); });
        scale.addValueChangeListener(e -> { if (e.isFromClient()) go(settings.withLogScale(LOG.equals(e.getValue()))); });
        xAxis.addValueChangeListener(e -> { if (e.isFromClient()) go(settings.withDateAxis(DATES.equals(e.getValue()))); });
        metric.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                scrollToMetric = e.getValue() != null;
                go(settings.withMetric(e.getValue() == null ? null : e.getValue().key()));
            }
        });

        openSelected.setId("open-release");
        openSelected.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
        openSelected.setVisible(false);
        openSelected.addClickListener(e -> {
            if (selectedTag != null) {
                openRelease(new ChartPoint(0, 0, selectedTag));
            }
        });
        for (ChartJs chart : List.of(codeChart, shareChart, metricChart)) {
            chart.addClassName("oxido-chart-box");
            // a mouse click opens the release; a tap shows its tooltip and values, and "Open" opens it
            chart.addClickListener(e -> {
                if (e.isTouch()) {
                    showHover(e.getPoint());
                } else {
                    openRelease(e.getPoint());
                }
            });
            chart.addHoverListener(e -> showHover(e.getPoint()));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        settings = AdoptionSettings.from(event.getLocation().getQueryParameters());
        showEvents = !"off".equals(event.getLocation().getQueryParameters().getSingleParameter("events").orElse(""));
        chartTools.read(event.getLocation().getQueryParameters());
        picker.read(event.getLocation().getQueryParameters());
        comparison.read(event.getLocation().getQueryParameters());
        render();
    }

    /** Settings change by navigation, so the URL always tells what is shown and Back undoes a change. */
    private void go(AdoptionSettings next) {
        UI.getCurrent().navigate(AdoptionView.class, picker.addTo(chartTools.query(next)));
    }

    /** Draws the picked tree ({@link RepositoryPicker#within}), or the comparison of trees. */
    void render() {
        if (comparison.active()) {
            removeAll();
            comparison.render();
            add(comparison);
            return;
        }
        picker.within(this::draw);
    }

    private void draw() {
        removeAll();
        if (picker.unknownMessage().isPresent()) {
            add(new H2("Rust in the Linux kernel"), picker, picker.unknownMessage().get());
            return;
        }
        List<ReleaseSummary> releases = catalog.releases(settings.includeRc());
        if (releases.isEmpty()) {
            add(new EmptyState());
            return;
        }
        add(new H2("Rust in the Linux kernel"), picker);
        catalog.dataSource().ifPresent(source -> {
            add(phoneOrder(new Paragraph(sourceLine(source, releases)), 2));
            // a warning: it stays above the chart on a phone too
            source.olderRulesNote().ifPresent(note -> {
                Paragraph older = new Paragraph(note);
                older.setId("older-rules");
                add(older);
            });
        });
        dev.oxidometer.release.ReleaseGaps gaps = AdoptionEvents.gaps(catalog, releases);
        Paragraph coverage = new Paragraph(gaps.coverage() + (gaps.gaps().isEmpty() ? ""
                : " What first shows in a release after a gap is given as the range of releases it may have "
                        + "happened in."));
        coverage.setId("coverage");
        coverage.addClassName("oxido-muted");
        add(phoneOrder(coverage, 2));
        add(counters(releases));
        add(phoneOrder(controls(releases), 2));

        List<dev.oxidometer.release.TreeEvent> events = catalog.events();
        LineChart code = AdoptionCharts.codeByCategory(releases, settings);
        if (showEvents) {
            AdoptionEvents.annotate(code, releases, events, gaps, settings);
        }
        AdoptionEvents.markGaps(code, releases, gaps, settings);
        articleMarkers.decorate(codeChart, code, releases, settings.dateAxis());
        ChartToolbar codeTools = chartTools.decorate(codeChart, code, ChartKind.ADOPTION, null);
        codeChart.setChart(code);
        codeChart.setAccessibleText("Rust code lines per release by category, " + releases.size() + " releases");
        Div selection = new Div(hoverInfo, openSelected);
        selection.setId("chart-selection");
        selection.addClassName("oxido-chart-selection");
        openSelected.setVisible(false);
        selectedTag = null;
        hoverInfo.setText("");
        add(phoneOrder(new Div(new H3("Rust code lines by category"), codeTools, codeChart, selection, articleMarkers), 1));
        if (!events.isEmpty()) {
            add(phoneOrder(AdoptionEvents.list(events, gaps), 1));
        }

        LineChart share = AdoptionCharts.share(releases, settings);
        AdoptionEvents.markGaps(share, releases, gaps, settings);
        ChartToolbar shareTools = chartTools.decorate(shareChart, share, ChartKind.SHARE, null);
        shareChart.setChart(share);
        shareChart.setAccessibleText("Rust share of code per release, in percent, vendored crates left out"
                + (settings.vendored() ? " and included" : ""));
        add(phoneOrder(new Div(new H3("Rust share of the code"), shareTools, shareChart), 3));

        if (settings.metric() != null) {
            if (!catalog.metricKeys().contains(settings.metric()) || !Metrics.isNumeric(releases, settings.metric())) {
                Paragraph unknown = new Paragraph("There is no numeric metric called \"" + settings.metric()
                        + "\". Pick one from the list.");
                unknown.setId("unknown-metric");
                add(phoneOrder(unknown, 3));
            } else {
                Metric m = AdoptionCharts.metricOf(settings.metric());
                LineChart picked = AdoptionCharts.metric(releases, settings.metric(), settings);
                ChartToolbar metricTools = chartTools.decorate(metricChart, picked, ChartKind.METRIC, settings.metric());
                metricChart.setChart(picked);
                metricChart.setAccessibleText(m.name() + " (" + m.unit() + ") per release");
                H3 heading = new H3(m.name());
                heading.setId("metric-heading");
                Paragraph definition = MetricPicker.definition(m, settings.logScale()
                        && ChartSpec.logAllowed(ChartKind.METRIC, m.key()), releases);
                add(phoneOrder(new Div(heading, definition, metricTools, metricChart), 3));
                if (scrollToMetric) {
                    scrollToMetric = false;
                    heading.scrollIntoView();
                }
            }
        }
    }

    /**
     * Where a part goes on a phone (dashboard.css, below 600 px): the headline counters first (0), then the code
     * chart (1), then the source, coverage and controls (2), then the other charts (3), so that a chart is on the
     * first screen.
     */
    private static <T extends com.vaadin.flow.component.HasStyle> T phoneOrder(T part, int order) {
        part.addClassName("oxido-phone-order-" + order);
        return part;
    }

    private String sourceLine(dev.oxidometer.release.DataSource source, List<ReleaseSummary> releases) {
        String from = releases.getFirst().tag();
        String to = releases.getLast().tag();
        return (source.bundled() ? "Bundled dataset" : "Scanned from " + source.repository())
                + " · " + releases.size() + " releases, " + from + " to " + to
                + " · counting rules version " + source.rulesVersion()
                + (source.scannedAt() == null ? "" : " · scanned " + Format.dateTime(source.scannedAt()));
    }

    private Div counters(List<ReleaseSummary> releases) {
        ReleaseSummary newest = releases.getLast();
        Optional<ReleaseSummary> previous = releases.size() > 1
                ? Optional.of(releases.get(releases.size() - 2)) : Optional.empty();
        // two headline numbers, then the rest: a row that scrolls sideways on a phone
        Div headline = new Div(
                counter("counter-code", "Rust adoption code lines (abstractions, drivers, samples), " + newest.tag(), "rust.adoption.code", newest, previous),
                shareCounter(newest, previous));
        headline.addClassName("oxido-counters-main");
        Div more = new Div(
                nonVendoredCounter(newest, previous),
                counter("counter-drivers", "Rust driver modules", "drivers.modules", newest, previous),
                counter("counter-abstractions", "Abstraction modules in the kernel crate", "abstractions.modules", newest, previous),
                counter("counter-docs", "Rust documentation pages", "docs.rust.files", newest, previous),
                counter("counter-maintainers", "MAINTAINERS sections for Rust", "maintainers.rust", newest, previous));
        more.addClassName("oxido-counters-more");
        more.setId("more-counters");
        more.getElement().setAttribute("role", "region");
        more.getElement().setAttribute("aria-label", "More counters (scrolls sideways on a narrow screen)");
        more.getElement().setAttribute("tabindex", "0");
        Div counters = new Div(headline, more);
        counters.addClassName("oxido-counters");
        return counters;
    }

    /**
     * The headline share, vendored crates left out ({@code share.nonvendored.code}, the share chart's first
     * series); for releases stored before that metric existed, the share with them, labelled so.
     */
    private Counter shareCounter(ReleaseSummary newest, Optional<ReleaseSummary> previous) {
        boolean nonVendored = newest.metrics().get("share.nonvendored.code") != null;
        String key = nonVendored ? "share.nonvendored.code" : "share.code";
        String caption = nonVendored
                ? "Rust share of Rust + C code lines, vendored crates left out (share.nonvendored.code), "
                : "Rust share of Rust + C code lines, vendored crates included (share.code), ";
        return counter("counter-share", caption + newest.tag(), key, newest, previous);
    }

    /**
     * All Rust code lines without the vendored crates ({@code rust.code − rust.vendored.code}): the top of the
     * stacked adoption chart, whose lower three bands are the adoption code above.
     */
    private Counter nonVendoredCounter(ReleaseSummary newest, Optional<ReleaseSummary> previous) {
        java.util.function.Function<ReleaseSummary, Optional<Double>> value = r -> Metrics.number(r, "rust.code")
                .flatMap(all -> Metrics.number(r, "rust.vendored.code").map(v -> all - v));
        String change = previous.flatMap(value).flatMap(before -> value.apply(newest)
                .map(after -> Format.delta("rust.code", before, after))).orElse(null);
        return new Counter("counter-nonvendored", "Rust code lines, vendored crates left out (rust.code − "
                + "rust.vendored.code): the chart's top, " + newest.tag(),
                value.apply(newest).map(v -> Format.metric("rust.code", v.longValue())).orElse("—"), change);
    }

    private Counter counter(String id, String caption, String key, ReleaseSummary newest,
                            Optional<ReleaseSummary> previous) {
        Object value = newest.metrics().get(key);
        String change = previous.flatMap(p -> Metrics.number(p, key))
                .flatMap(before -> Metrics.number(newest, key).map(after -> Format.delta(key, before, after)))
                .orElse(null);
        return new Counter(id, caption, Format.metric(key, value), change);
    }

    private Div controls(List<ReleaseSummary> releases) {
        vendored.setValue(settings.vendored());
        rc.setValue(settings.includeRc());
        scale.setValue(settings.logScale() ? LOG : LINEAR);
        // only the picked metric's single line may use a log axis (ChartSpec.logAllowed)
        scale.setVisible(settings.metric() != null && ChartSpec.logAllowed(ChartKind.METRIC, settings.metric()));
        xAxis.setValue(settings.dateAxis() ? DATES : SEQUENCE);
        List<Metric> numeric = catalog.metricKeys().stream().filter(k -> Metrics.isNumeric(releases, k))
                .map(AdoptionCharts::metricOf).toList();
        MetricPicker.setItems(metric, numeric);
        metric.setValue(numeric.stream().filter(m -> m.key().equals(settings.metric())).findFirst().orElse(null));
        treeEvents.setValue(showEvents);
        Div controls = new Div(metric, scale, xAxis, vendored, rc, treeEvents);
        controls.addClassName("oxido-controls");
        return controls;
    }

    private void openRelease(ChartPoint point) {
        if (point.label() != null) {
            UI.getCurrent().navigate(ReleaseView.class, point.label(),
                    picker.addTo(com.vaadin.flow.router.QueryParameters.empty()));
        }
    }

    private void showHover(ChartPoint point) {
        if (point.label() == null) {
            return;
        }
        picker.within(() -> catalog.release(point.label()).ifPresent(r -> hoverInfo.setText(r.tag()
                + catalog.note(r.tag()).flatMap(n -> dev.oxidometer.release.TreeNote.label(r.tag(), n))
                        .map(l -> " (" + l + ")").orElse("")
                + " · " + Format.date(r.date())
                + " · " + Format.metric("rust.adoption.code", r.metrics().get("rust.adoption.code"))
                + " adoption code lines (abstractions, drivers, samples) · Rust share without vendored crates "
                + Format.metric("share.nonvendored.code", r.metrics().get("share.nonvendored.code"))
                + ", with them " + Format.metric("share.code", r.metrics().get("share.code")))));
        picker.within(() -> catalog.release(point.label()).ifPresent(r -> {
            selectedTag = r.tag();
            openSelected.setText("Open " + r.tag());
            openSelected.setVisible(true);
        }));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        unsubscribe = scans.addListener(progress -> {
            if (!progress.running()) {
                ui.access(this::render);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unsubscribe.run();
        super.onDetach(event);
    }
}
