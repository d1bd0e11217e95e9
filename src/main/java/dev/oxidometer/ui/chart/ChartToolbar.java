package dev.oxidometer.ui.chart;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import dev.oxidometer.release.Repo;
import dev.oxidometer.release.RepositoryScope;
import dev.oxidometer.ui.chart.image.ChartImageService;
import dev.oxidometer.ui.chart.image.ChartSnapshot;
import dev.oxidometer.ui.chart.image.ChartSpec;
import dev.oxidometer.ui.chart.image.Citation;

/**
 * What a chart offers to take away: Download (PNG and SVG at the size shown, slide 1920×1080, article 1200×675,
 * square 1080×1080, in the page's theme; and "Data (CSV)" of exactly the series shown), Cite (plain text and
 * BibTeX), Copy link, and Reset zoom with a hint of how to zoom. Downloads ask {@code /api/charts/...} with the
 * chart's current state, so what the API gives and what is downloaded here are the same file.
 */
public class ChartToolbar extends Div {

    /** Sizes offered; 0 × 0 is "as shown", filled in by the browser from the chart's size on screen. */
    static final Map<String, int[]> SIZES = sizes();

    private final ChartJs chart;
    private final Supplier<ChartSpec> spec;
    private final ChartImageService images;
    /** The tree the chart was drawn for (a view's {@code ?repo=}), or null for the default one. */
    private final Repo repository = RepositoryScope.shown().orElse(null);
    final Button reset = new Button("Reset zoom");
    /** "Show as table": the chart's numbers in place of the canvas, and back. */
    final Button tableToggle = new Button("Show as table");
    private Div table;
    final Dialog citeDialog = new Dialog();

    /** @param resetZoom shows all releases again; null for a chart that does not zoom */
    public ChartToolbar(ChartJs chart, Supplier<ChartSpec> spec, ChartImageService images, Runnable resetZoom) {
        this.chart = chart;
        this.spec = spec;
        this.images = images;
        String id = chart.getId().orElse("chart");
        setId(id + "-tools");
        addClassName("oxido-chart-tools");
        // a new toolbar (the view drew again) starts with the chart shown, not a table left from before
        chart.setVisible(true);

        MenuBar menu = new MenuBar();
        menu.setId(id + "-download");
        menu.addThemeVariants(MenuBarVariant.LUMO_SMALL, MenuBarVariant.LUMO_TERTIARY);
        MenuItem download = menu.addItem("Download");
        download.getElement().setAttribute("aria-label", "Download this chart");
        SubMenu formats = download.getSubMenu();
        for (String format : new String[] {"png", "svg"}) {
            SubMenu sizes = formats.addItem(format.toUpperCase(java.util.Locale.ROOT)).getSubMenu();
            SIZES.forEach((label, size) -> {
                MenuItem item = sizes.addItem(label, e -> download(format, size[0], size[1]));
                item.setId(id + "-" + format + "-" + (size[0] == 0 ? "shown" : size[0] + "x" + size[1]));
            });
        }
        formats.addItem("Data (CSV)", e -> download("csv", 0, 0)).setId(id + "-csv");

        Button cite = new Button("Cite", e -> openCitation());
        cite.setId(id + "-cite");
        Button copyLink = new Button("Copy link", e -> copyLink());
        copyLink.setId(id + "-copy-link");
        reset.setId(id + "-reset-zoom");
        if (resetZoom != null) {
            reset.addClickListener(e -> resetZoom.run());
        }
        tableToggle.setId(id + "-table-toggle");
        tableToggle.addClickListener(e -> toggleTable());
        for (Button b : new Button[] {cite, copyLink, tableToggle, reset}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        Span hint = new Span("Zoom: Ctrl + mouse wheel, or pinch on touch; pan: Shift + drag");
        hint.addClassName("oxido-muted");
        hint.setId(id + "-zoom-hint");
        add(menu, cite, copyLink, tableToggle);
        if (resetZoom != null) {
            add(reset, hint);
        }
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-s)");
        refresh();
    }

    /** Shows the chart's numbers as a table in place of the chart, or the chart again. */
    void toggleTable() {
        boolean show = table == null;
        if (show) {
            ChartSnapshot snapshot = RepositoryScope.within(repository, () -> images.snapshot(spec.get(), null,
                    baseUrl()));
            table = ChartTable.of(snapshot.data());
            table.setId(chart.getId().orElse("chart") + "-table");
            table.getStyle().set("flex-basis", "100%");
            add(table);
        } else {
            remove(table);
            table = null;
        }
        chart.setVisible(!show);
        tableToggle.setText(show ? "Show as chart" : "Show as table");
    }

    /** Shows "Reset zoom" only while the chart is zoomed. */
    public void refresh() {
        ChartSpec s = spec.get();
        reset.setVisible(s.from() != null || s.to() != null);
    }

    private static Map<String, int[]> sizes() {
        Map<String, int[]> sizes = new LinkedHashMap<>();
        sizes.put("As shown", new int[] {0, 0});
        sizes.put("Slide 1920 × 1080", new int[] {1920, 1080});
        sizes.put("Article 1200 × 675", new int[] {1200, 675});
        sizes.put("Square 1080 × 1080", new int[] {1080, 1080});
        return sizes;
    }

    /**
     * The API address of this chart as it is shown; width 0 asks the browser for the size on screen. A tree other
     * than the default one ({@link RepositoryScope#shown()}) is named with {@code ?repository=}.
     */
    public static String apiUrl(ChartSpec spec, String format, int width, int height) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("api/charts/" + spec.kind().key() + "." + format);
        spec.apiQuery().forEach(uri::queryParam);
        RepositoryScope.shown().ifPresent(repo -> uri.queryParam("repository", repo.name()));
        if (!format.equals("csv")) {
            uri.queryParam("width", width).queryParam("height", height).queryParam("theme", "light");
        }
        return uri.encode().build().toUriString();
    }

    void download(String format, int width, int height) {
        ChartSpec s = spec.get();
        RepositoryScope.within(repository, () -> {
            ChartSnapshot snapshot = images.snapshot(s, null, baseUrl());
            chart.download(apiUrl(s, format, width, height), snapshot.fileName(format));
            return null;
        });
    }

    void openCitation() {
        ChartSnapshot snapshot = RepositoryScope.within(repository, () -> images.snapshot(spec.get(), null, baseUrl()));
        Citation citation = snapshot.citation(LocalDate.now(ZoneOffset.UTC));
        citeDialog.removeAll();
        citeDialog.setHeaderTitle("Cite this chart");
        Paragraph text = new Paragraph(citation.text());
        text.setId("citation-text");
        Pre bibtex = new Pre(citation.bibtex());
        bibtex.setId("citation-bibtex");
        bibtex.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        Button copyText = new Button("Copy citation", e -> copy(citation.text(), "Citation copied"));
        copyText.setId("copy-citation");
        Button copyBib = new Button("Copy BibTeX", e -> copy(citation.bibtex(), "BibTeX copied"));
        copyBib.setId("copy-bibtex");
        Button close = new Button("Close", e -> citeDialog.close());
        citeDialog.add(text, new Div(copyText), new H4("BibTeX"), bibtex, new Div(copyBib));
        citeDialog.getFooter().removeAll();
        citeDialog.getFooter().add(close);
        citeDialog.setWidth("min(48rem, 95vw)");
        citeDialog.open();
    }

    private void copyLink() {
        getElement().executeJs("return navigator.clipboard.writeText(window.location.href).then(() => window.location.href)")
                .then(String.class, url -> Notification.show("Link copied: " + url, 3000, Notification.Position.BOTTOM_START),
                        error -> Notification.show("Copy the address bar's link: the browser refused the clipboard",
                                4000, Notification.Position.BOTTOM_START));
    }

    private void copy(String text, String done) {
        getElement().executeJs("return navigator.clipboard.writeText($0)", text)
                .then(ok -> Notification.show(done, 2000, Notification.Position.BOTTOM_START),
                        error -> Notification.show("The browser refused the clipboard: select the text and copy it",
                                4000, Notification.Position.BOTTOM_START));
    }

    /** The application's address as the reader's browser sees it (scheme, host, port, context path). */
    static String baseUrl() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request instanceof VaadinServletRequest servlet) {
            return ServletUriComponentsBuilder.fromContextPath(servlet.getHttpServletRequest()).build().toUriString();
        }
        return "";
    }
}
