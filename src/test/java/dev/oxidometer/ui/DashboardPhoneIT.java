package dev.oxidometer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

import dev.oxidometer.OxidometerApplication;

/**
 * The dashboard on a phone (390×844) and a desktop (1920×1080) in headless Debian Chromium, on the bundled
 * dataset of the real kernel corpus and its bundled articles, as a first start serves it: a chart on the first
 * screen, nothing wider than the screen, a tap that shows the values and an explicit "Open", labels that do not
 * overlap, each chart drawn once. Screenshots go to target/screenshots.
 */
@SpringBootTest(classes = OxidometerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "oxidometer.load-bundled-dataset=true",
                "oxidometer.load-bundled-news=true",
                "spring.datasource.url=jdbc:h2:mem:dashboard-phone-${random.uuid};DB_CLOSE_DELAY=-1"})
class DashboardPhoneIT extends OneBrowserPerClass {

    DashboardPhoneIT() {
        super(390, 844);
    }

    @AfterEach
    void phoneSize() {
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    private void open(String query, int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
        // the viewport itself at that size (the window's size includes the browser's own frame)
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
        // the bundled dataset is loaded once the application is ready: until then the page offers to scan
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
            browser.get("http://localhost:" + port + "/" + query);
            try {
                return new WebDriverWait(browser, Duration.ofSeconds(10)).until(x -> Boolean.TRUE.equals(
                        HeadlessChromium.js(browser, "const c = document.getElementById('code-chart');"
                                + " return !!(c && c.chart && c.chart.data.datasets.length);")));
            } catch (org.openqa.selenium.TimeoutException e) {
                return false;
            }
        });
    }

    private long viewportHeight() {
        return (Long) HeadlessChromium.js(browser, "return window.innerHeight;");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> rect(String id) {
        return (Map<String, Object>) HeadlessChromium.js(browser,
                "const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                        + " return {top: r.top, bottom: r.bottom, left: r.left, right: r.right};", id);
    }

    private static double num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    private long sidewaysOverflow() {
        return (Long) HeadlessChromium.js(browser,
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    @Test
    void on_a_phone_the_code_chart_is_on_the_first_screen_and_nothing_overflows_sideways() throws Exception {
        open("", 390, 844);
        Map<String, Object> chart = rect("code-chart");
        long height = viewportHeight();
        HeadlessChromium.screenshot(browser, "dashboard-390");
        assertThat(num(chart, "top")).as("the chart starts on the first screen").isLessThan(height * 0.6);
        assertThat(num(chart, "bottom")).as("and ends on it").isLessThanOrEqualTo(height);
        assertThat(sidewaysOverflow()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);
        // the two headline numbers side by side, the other counters in a row that scrolls by itself
        assertThat(num(rect("counter-code"), "top")).isEqualTo(num(rect("counter-share"), "top"));
        assertThat((Boolean) HeadlessChromium.js(browser,
                "const m = document.getElementById('more-counters'); return m.scrollWidth > m.clientWidth;"))
                .isTrue();
    }

    @Test
    void on_a_desktop_nothing_overflows_sideways_and_each_chart_is_drawn_once() throws Exception {
        open("", 1920, 1080);
        HeadlessChromium.screenshot(browser, "dashboard-1920");
        assertThat(sidewaysOverflow()).isLessThanOrEqualTo(0);
        Thread.sleep(1500);
        assertThat(HeadlessChromium.js(browser, "return performance.getEntriesByName('oxido-chart-drawn:code-chart').length;"))
                .as("the code chart is drawn once on load, drawn for: " + HeadlessChromium.js(browser,
                        "return performance.getEntriesByName('oxido-chart-drawn:code-chart')"
                                + ".map(e => e.detail && e.detail.reason).join(', ');"))
                .isEqualTo(1L);
        assertThat(HeadlessChromium.js(browser, "return performance.getEntriesByName('oxido-chart-drawn:share-chart').length;"))
                .as("the share chart is drawn once on load").isEqualTo(1L);
    }

    @Test
    void a_tap_shows_the_tooltip_and_the_values_and_open_opens_the_release() throws Exception {
        open("?x=release", 390, 844);
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) HeadlessChromium.js(browser, """
                const el = document.getElementById('code-chart');
                const labels = el.chart.data.labels;
                const i = labels.indexOf('v6.12');
                const p = el.chart.getDatasetMeta(0).data[i];
                const r = el.shadowRoot.querySelector('canvas').getBoundingClientRect();
                return {x: r.left + p.x, y: r.top + p.y - 5};
                """);
        PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
        Sequence tap = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.viewport(),
                        (int) num(at, "x"), (int) num(at, "y")))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        browser.perform(List.of(tap));
        WebElement openButton = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("open-release")));
        assertThat(openButton.getText()).isEqualTo("Open v6.12");
        assertThat(browser.getCurrentUrl()).as("a tap does not leave the page").doesNotContain("/release/");
        assertThat(HeadlessChromium.js(browser, "return document.getElementById('code-chart').chart.tooltip.opacity;"))
                .as("the tooltip shows").isEqualTo(1L);
        assertThat(browser.findElement(By.id("hover-info")).getText()).startsWith("v6.12");
        assertThat(num(rect("open-release"), "bottom")).as("Open is on the screen").isLessThanOrEqualTo(viewportHeight());
        HeadlessChromium.screenshot(browser, "dashboard-390-tap");
        openButton.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/release/v6.12"));
    }

    @Test
    void line_labels_never_overlap_nor_cross_another_line_at_either_size() throws Exception {
        for (int width : new int[] {390, 1920}) {
            open("", width, width == 390 ? 844 : 1080);
            @SuppressWarnings("unchecked")
            Map<String, Object> all = (Map<String, Object>) HeadlessChromium.js(browser, """
                    const chart = document.getElementById('code-chart').chart;
                    const plugin = chart.constructor.registry.getPlugin('annotation');
                    const boxes = [];
                    const lines = [];
                    for (const a of plugin.getAnnotations(chart)) {
                      lines.push(a.x);
                      const label = (a.elements ?? [])[0];
                      if (label && label.options && label.options.display && label.width > 0) {
                        boxes.push({x: label.x, y: label.y, x2: label.x2, y2: label.y2, own: a.x,
                                    text: String(label.options.content)});
                      }
                    }
                    return {boxes, lines};
                    """);
            List<Map<String, Object>> boxes = (List<Map<String, Object>>) all.get("boxes");
            List<Number> lines = (List<Number>) all.get("lines");
            assertThat(boxes).as("the bundled history has events and articles to label at " + width).isNotEmpty();
            for (int i = 0; i < boxes.size(); i++) {
                Map<String, Object> a = boxes.get(i);
                for (int j = i + 1; j < boxes.size(); j++) {
                    Map<String, Object> b = boxes.get(j);
                    boolean overlap = num(a, "x") < num(b, "x2") && num(b, "x") < num(a, "x2")
                            && num(a, "y") < num(b, "y2") && num(b, "y") < num(a, "y2");
                    assertThat(overlap).as(width + " px: \"" + a.get("text") + "\" and \"" + b.get("text") + "\"")
                            .isFalse();
                }
                for (Number line : lines) {
                    double x = line.doubleValue();
                    if (Math.abs(x - num(a, "own")) > 0.5) {
                        assertThat(x > num(a, "x") + 1 && x < num(a, "x2") - 1)
                                .as(width + " px: a line at " + x + " crosses \"" + a.get("text") + "\"").isFalse();
                    }
                }
            }
            HeadlessChromium.screenshot(browser, "dashboard-labels-" + width);
        }
    }

    private void prefersDark(boolean dark) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    /** Whether Lumo's base (background) colour is dark now, whichever way the page got its scheme. */
    private boolean pageIsDark() {
        return Boolean.TRUE.equals(HeadlessChromium.js(browser, """
                const probe = document.createElement('div');
                probe.style.color = 'var(--lumo-base-color)';
                document.body.appendChild(probe);
                const c = document.createElement('canvas').getContext('2d');
                c.fillStyle = getComputedStyle(probe).color;
                probe.remove();
                c.fillRect(0, 0, 1, 1);
                const [r, g, b] = c.getImageData(0, 0, 1, 1).data;
                return (r + g + b) / 3 < 128;
                """));
    }

    /** WCAG contrast ratio of two CSS colours, computed in the page (sRGB relative luminance). */
    private double contrast(String foreground, String background) {
        return ((Number) HeadlessChromium.js(browser, """
                const rgb = (css) => { const c = document.createElement('canvas').getContext('2d');
                  c.fillStyle = css; c.fillRect(0, 0, 1, 1); return [...c.getImageData(0, 0, 1, 1).data].slice(0, 3); };
                const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255;
                  return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
                  .reduce((t, v, i) => t + v * [0.2126, 0.7152, 0.0722][i], 0);
                const a = lum(rgb(arguments[0])), b = lum(rgb(arguments[1]));
                return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                """, foreground, background)).doubleValue();
    }

    /** Each line label the code chart shows: its text and the colours it was drawn with. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> lineLabelColours() {
        return (List<Map<String, Object>>) HeadlessChromium.js(browser, """
                const chart = document.getElementById('code-chart').chart;
                const plugin = chart.constructor.registry.getPlugin('annotation');
                return plugin.getAnnotations(chart).map(a => (a.elements ?? [])[0]).filter(l => l && l.options.display)
                  .map(l => ({fg: String(l.options.color), bg: String(l.options.backgroundColor),
                              text: String(l.options.content)}));
                """);
    }

    @Test
    void the_first_visit_follows_the_dark_preference_the_toggle_overrides_it_and_labels_keep_aa_contrast()
            throws Exception {
        try {
            prefersDark(true);
            HeadlessChromium.js(browser, "try { localStorage.removeItem('oxidometer.theme'); } catch (e) { }");
            open("", 390, 844);
            assertThat(pageIsDark()).as("dark OS preference, no choice stored").isTrue();
            Thread.sleep(1000);
            assertThat(HeadlessChromium.js(browser,
                    "return performance.getEntriesByName('oxido-chart-drawn:code-chart').length;"))
                    .as("drawn once, in the dark colours").isEqualTo(1L);
            HeadlessChromium.screenshot(browser, "dashboard-390-dark");
            // every line label (events, articles) in the colours the chart drew it with
            List<Map<String, Object>> labels = lineLabelColours();
            assertThat(labels).isNotEmpty();
            for (Map<String, Object> l : labels) {
                assertThat(contrast((String) l.get("fg"), (String) l.get("bg")))
                        .as("dark: \"" + l.get("text") + "\"").isGreaterThanOrEqualTo(4.5);
            }
            // the muted text of the page on its background
            String muted = (String) HeadlessChromium.js(browser,
                    "return getComputedStyle(document.getElementById('coverage')).color;");
            String page = (String) HeadlessChromium.js(browser,
                    "return getComputedStyle(document.body).backgroundColor;");
            assertThat(contrast(muted, page)).as("dark: secondary text").isGreaterThanOrEqualTo(4.5);

            browser.findElement(By.id("theme-toggle")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !pageIsDark());
            assertThat(HeadlessChromium.js(browser, "return localStorage.getItem('oxidometer.theme');"))
                    .isEqualTo("light");
            open("", 390, 844);
            assertThat(pageIsDark()).as("the stored choice wins over the OS preference").isFalse();
            HeadlessChromium.screenshot(browser, "dashboard-390-light");
            for (Map<String, Object> l : lineLabelColours()) {
                assertThat(contrast((String) l.get("fg"), (String) l.get("bg")))
                        .as("light: \"" + l.get("text") + "\"").isGreaterThanOrEqualTo(4.5);
            }
            open("", 1920, 1080);
            HeadlessChromium.screenshot(browser, "dashboard-1920-light");
            browser.findElement(By.id("theme-toggle")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> pageIsDark());
            HeadlessChromium.screenshot(browser, "dashboard-1920-dark");
        } finally {
            HeadlessChromium.js(browser, "try { localStorage.removeItem('oxidometer.theme'); } catch (e) { }");
            prefersDark(false);
        }
    }

    @Test
    void the_chart_has_a_keyboard_path_and_a_table_alternative() throws Exception {
        open("?x=release", 1920, 1080);
        WebElement canvas = (WebElement) HeadlessChromium.js(browser,
                "return document.getElementById('code-chart').shadowRoot.querySelector('canvas');");
        assertThat(canvas.getAttribute("tabindex")).isEqualTo("0");
        HeadlessChromium.js(browser, "arguments[0].focus();", canvas);
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.HOME)
                .pause(Duration.ofMillis(200)).sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT)
                .pause(Duration.ofMillis(200)).sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT).perform();
        assertThat(HeadlessChromium.js(browser, "return document.getElementById('code-chart')._keyIndex;"))
                .as("Home, then two releases to the right").isEqualTo(2L);
        // the third release is selected: tooltip on it, its values on the page, "Open" names it
        String third = (String) HeadlessChromium.js(browser,
                "return document.getElementById('code-chart').chart.data.labels[2];");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("open-release"),
                "Open " + third));
        assertThat(HeadlessChromium.js(browser,
                "const t = document.getElementById('code-chart').chart.tooltip; return t.opacity > 0 ? t.title[0] : null;"))
                .isEqualTo(third);
        assertThat(browser.findElement(By.id("hover-info")).getText()).startsWith(third);
        HeadlessChromium.screenshot(browser, "dashboard-1920-keyboard");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/release/" + third));

        open("?x=release", 390, 844);
        WebElement toggle = browser.findElement(By.id("share-chart-table-toggle"));
        HeadlessChromium.js(browser, "arguments[0].scrollIntoView({block: 'center'});", toggle);
        toggle.click();
        WebElement table = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("share-chart-table")));
        assertThat(table.getText()).contains("v7.3").contains("%");
        assertThat(browser.findElement(By.id("share-chart")).isDisplayed()).as("the table takes the chart's place")
                .isFalse();
        assertThat(sidewaysOverflow()).as("a wide table scrolls in its box, not the page").isLessThanOrEqualTo(0);
        HeadlessChromium.js(browser, "document.getElementById('share-chart-table').scrollIntoView();");
        HeadlessChromium.screenshot(browser, "dashboard-390-table");
    }
}
