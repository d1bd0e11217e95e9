package dev.oxidometer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;

import dev.oxidometer.OxidometerApplication;
import dev.oxidometer.news.Article;
import dev.oxidometer.news.ArticleDraft;
import dev.oxidometer.news.ArticleService;
import dev.oxidometer.news.LinkKind;
import dev.oxidometer.news.LinkService;
import dev.oxidometer.release.DatasetLoader;
import dev.oxidometer.release.ReleaseCatalog;
import dev.oxidometer.ui.chart.image.ChartImages;
import dev.oxidometer.ui.chart.image.PngChunks;

/**
 * The chart toolbar in a real browser (production bundle, headless Chromium; see AdoptionChartIT): PNG and SVG
 * downloaded from the home view's Download menu carry the stamp; a permalink with zoom, legend and article state
 * opens the same view, and legend, zoom and reset keep the address current.
 */
@SpringBootTest(classes = OxidometerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "oxidometer.load-bundled-dataset=false",
                "oxidometer.news.fetch-timeout=8s"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChartDownloadIT {

    @LocalServerPort
    int port;

    @Autowired
    DatasetLoader loader;
    @Autowired
    ReleaseCatalog catalog;
    @Autowired
    ArticleService articles;
    @Autowired
    LinkService links;

    private ChromeDriver browser;
    private Path downloads;
    private long articleId;

    @BeforeAll
    void startBrowserAndStoreFixture() throws Exception {
        HeadlessChromium.requireOrSkip();
        loader.importDataset(UiDatasets.small(), "linux");
        Article a = articles.create(new ArticleDraft("https://example.org/chart-download-it", "Rust driver lands",
                "Example", Instant.parse("2023-03-01T00:00:00Z"), null, null, List.of()), "ed");
        links.add(a.id(), LinkKind.RELEASE, "v6.2", "ed");
        articleId = a.id();
        downloads = Files.createTempDirectory("oxidometer-downloads");
        browser = HeadlessChromium.start(1600, 1000);
        browser.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString(), "eventsEnabled", true));
    }

    @AfterAll
    void stopBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (downloads != null) {
            try (var files = Files.list(downloads)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(downloads);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private Object js(String script, Object... args) {
        return HeadlessChromium.js(browser, script, args);
    }

    private void waitForChart(String id) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js(
                "const c = document.getElementById(arguments[0]); return !!(c && c.chart && c.chart.data.datasets.length);",
                id)));
    }

    /** Opens Download, then the format, then clicks the item with this id. */
    private void chooseFromDownloadMenu(String format, String itemId) {
        browser.findElement(By.cssSelector("#code-chart-download vaadin-menu-bar-button")).click();
        WebElement formatItem = new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(
                By.cssSelector("vaadin-menu-bar-item")).stream().filter(e -> e.isDisplayed()
                && e.getText().strip().equals(format)).findFirst().orElse(null));
        formatItem.click();
        WebElement item = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(itemId)));
        item.click();
    }

    private Path downloaded(String name) {
        Path file = downloads.resolve(name);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Files.exists(file)
                && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }

    private String stamp() {
        String commit = catalog.release("v6.4").orElseThrow().commit().substring(0, 12);
        return "oxidometer · linux · v6.0–v6.4 (" + commit + ") · counting rules 1 · scanned ";
    }

    @Test
    void a_slide_png_and_an_svg_as_shown_download_from_the_home_view_with_their_stamp() throws Exception {
        browser.get(url(""));
        waitForChart("code-chart");

        chooseFromDownloadMenu("PNG", "code-chart-png-1920x1080");
        Path png = downloaded("oxidometer-adoption-v6.0-v6.4.png");
        byte[] bytes = Files.readAllBytes(png);
        PngChunks.Header header = PngChunks.header(bytes);
        assertThat(header.width()).isEqualTo(1920);
        assertThat(header.height()).isEqualTo(1080);
        Map<String, String> text = PngChunks.text(bytes);
        assertThat(text.get("Source")).startsWith(stamp()).contains(" · " + url(""));
        assertThat(text.get("oxidometer:permalink")).isEqualTo(url(""));
        assertThat(text.get("Source")).doesNotContain("/fixtures/linux");
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(png, Path.of("target", "screenshots", "download-adoption-slide-1920x1080.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        chooseFromDownloadMenu("SVG", "code-chart-svg-shown");
        Path svg = downloaded("oxidometer-adoption-v6.0-v6.4.svg");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
        long shownWidth = Math.round(((Number) js(
                "return document.getElementById('code-chart').getBoundingClientRect().width;")).doubleValue());
        assertThat(Math.round(Double.parseDouble(doc.getDocumentElement().getAttribute("width"))))
                .as("as shown: the chart's width on screen").isEqualTo(shownWidth);
        assertThat(doc.getElementsByTagNameNS(ChartImages.SVG_METADATA_NS, "source").item(0).getTextContent())
                .startsWith(stamp());
        assertThat(new String(Files.readAllBytes(svg), StandardCharsets.UTF_8)).contains(">Drivers</text>");
    }

    @Test
    void the_cite_button_offers_a_citation_built_from_the_data_and_bibtex() throws Exception {
        browser.get(url("?from=v6.1"));
        waitForChart("code-chart");
        browser.findElement(By.id("code-chart-cite")).click();
        WebElement text = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("citation-text")));
        assertThat(text.getText()).startsWith("oxidometer (2023). Rust code in the Linux kernel by category, "
                + "v6.1–v6.4, counting rules 1, scanned 2023-11-06. " + url("?from=v6.1"));
        assertThat(browser.findElement(By.id("citation-bibtex")).getText()).startsWith("@misc{")
                .contains("howpublished = {\\url{" + url("?from=v6.1") + "}}");
        HeadlessChromium.screenshot(browser, "cite-dialog");
    }

    @Test
    void a_permalink_with_zoom_legend_and_article_state_opens_the_same_view_and_changes_keep_the_url_current()
            throws Exception {
        // the release sequence, so the zoomed scale's min and max are label indexes
        browser.get(url("?x=release&from=v6.1&to=v6.3&hide=drivers&article=" + articleId));
        waitForChart("code-chart");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(js(
                "const c = document.getElementById('code-chart').chart; return c.isZoomedOrPanned();")));
        assertThat(js("const c = document.getElementById('code-chart').chart; "
                + "return [c.data.labels[Math.ceil(c.scales.x.min)], c.data.labels[Math.floor(c.scales.x.max)]];"))
                .isEqualTo(List.of("v6.1", "v6.3"));
        assertThat(js("return document.getElementById('share-chart').chart.isZoomedOrPanned();")).isEqualTo(true);
        assertThat(js("const c = document.getElementById('code-chart').chart;"
                + " return c.isDatasetVisible(c.data.datasets.findIndex(d => d.label === 'Drivers'));"))
                .as("drivers switched off").isEqualTo(false);
        assertThat(browser.findElement(By.id("article-card")).getText()).contains("Rust driver lands");
        assertThat(browser.findElement(By.id("code-chart-reset-zoom")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("code-chart-zoom-hint")).getText()).contains("pinch");
        HeadlessChromium.screenshot(browser, "permalink-zoom-legend-article");

        // a legend click switches Infrastructure off and writes it into the address
        js("""
                const c = document.getElementById('code-chart').chart;
                const item = c.legend.legendItems.find(i => i.text === 'Infrastructure');
                c.options.plugins.legend.onClick({native: null}, item, c.legend);
                """);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("hide=drivers%2Cinfrastructure"));
        // the vendored legend entry and the checkbox are one setting
        js("""
                const c = document.getElementById('code-chart').chart;
                const item = c.legend.legendItems.find(i => i.text === 'Vendored crates');
                c.options.plugins.legend.onClick({native: null}, item, c.legend);
                """);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("vendored=on"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(js(
                "return document.querySelector('#vendored-toggle').checked;")));
        assertThat(browser.getCurrentUrl()).contains("from=v6.1", "to=v6.3", "article=" + articleId);

        browser.navigate().refresh();
        waitForChart("code-chart");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(js(
                "return document.getElementById('code-chart').chart.isZoomedOrPanned();")));
        assertThat(js("const c = document.getElementById('code-chart').chart; "
                + "return ['Infrastructure', 'Drivers', 'Vendored crates']"
                + ".map(l => c.isDatasetVisible(c.data.datasets.findIndex(d => d.label === l)));"))
                .isEqualTo(List.of(false, false, true));

        browser.findElement(By.id("code-chart-reset-zoom")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !browser.getCurrentUrl().contains("from="));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Boolean.FALSE.equals(js(
                "return document.getElementById('code-chart').chart.isZoomedOrPanned();")));

        // Ctrl + wheel zooms; the range lands in the address when the zoom ends
        js("""
                const el = document.getElementById('code-chart');
                const canvas = el.shadowRoot.querySelector('canvas');
                const r = canvas.getBoundingClientRect();
                const a = el.chart.chartArea;
                canvas.dispatchEvent(new WheelEvent('wheel', {deltaY: -600, ctrlKey: true, bubbles: true, cancelable: true,
                    clientX: r.left + (a.left + a.right) / 2, clientY: r.top + (a.top + a.bottom) / 2}));
                """);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("from="));
        assertThat(browser.getCurrentUrl()).contains("to=");
    }
}
