package dev.oxidometer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.oxidometer.OxidometerApplication;
import dev.oxidometer.news.ArticleFilter;
import dev.oxidometer.news.ArticleService;

/**
 * Every page but the dashboard in a real browser, at a phone's 390×844 and a desktop's 1920×1080, on the bundled
 * dataset and coverage: no page scrolls sideways, every one has its own title, text meets WCAG AA contrast in
 * both themes, the Release page opens with its summary, and a date typed as 2025-12-01 is that day. Screenshots of
 * every page at both sizes go to target/screenshots.
 */
@SpringBootTest(classes = OxidometerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "server.address=127.0.0.1",
                "oxidometer.load-bundled-dataset=true", "oxidometer.load-bundled-news=true",
                "spring.datasource.url=jdbc:h2:mem:pages-layout-${random.uuid};DB_CLOSE_DELAY=-1"})
class PagesLayoutIT extends PhoneAndDesktop {

    /** Things sticking out sideways: the page itself, any element scrolling sideways, any grid scrolling sideways. */
    static final String OVERFLOW = """
            const w = document.documentElement.clientWidth;
            const out = [];
            if (document.documentElement.scrollWidth > w + 1) {
              out.push('page ' + document.documentElement.scrollWidth + ' > ' + w);
            }
            const visit = (root) => {
              for (const el of root.querySelectorAll('*')) {
                const r = el.getBoundingClientRect();
                if (r.width === 0 || r.height === 0) continue;
                const cs = getComputedStyle(el);
                const scrolls = (cs.overflowX === 'auto' || cs.overflowX === 'scroll')
                    && el.scrollWidth > el.clientWidth + 1;
                if (scrolls) {
                  out.push((el.id || el.tagName.toLowerCase() + '.' + el.className) + ' scrolls '
                      + el.scrollWidth + ' > ' + el.clientWidth);
                }
                if (el.shadowRoot && el.tagName === 'VAADIN-GRID') {
                  const table = el.shadowRoot.querySelector('#table');
                  if (table && table.scrollWidth > table.clientWidth + 1) {
                    out.push('grid ' + (el.id || '?') + ' ' + table.scrollWidth + ' > ' + table.clientWidth);
                  }
                }
              }
            };
            visit(document);
            return out;""";

    /**
     * Text below WCAG AA contrast: 4.5:1, 3:1 for large text (24 px, or 18.66 px bold), against the first opaque
     * background behind it. Elements with their own text only, visible ones only.
     */
    static final String LOW_CONTRAST = """
            const rgba = (s) => { const m = s.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
              const p = m[1].split(/[ ,\\/]+/).filter(x => x).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
            const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
              return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
            const background = (el) => {
              let layers = [];
              for (let e = el; e; e = e.parentElement || (e.getRootNode() && e.getRootNode().host)) {
                const c = rgba(getComputedStyle(e).backgroundColor);
                if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
              }
              let base = [255, 255, 255];
              const scheme = getComputedStyle(document.documentElement).colorScheme;
              if (layers.length === 0 || layers[layers.length - 1][3] < 1) {
                base = rgba(getComputedStyle(document.body).backgroundColor) || base;
              }
              for (let i = layers.length - 1; i >= 0; i--) {
                const a = layers[i][3];
                base = [0, 1, 2].map(k => layers[i][k] * a + base[k] * (1 - a));
              }
              return base;
            };
            const out = [];
            for (const el of document.querySelectorAll('body *')) {
              const own = Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
              if (!own) continue;
              const r = el.getBoundingClientRect();
              const cs = getComputedStyle(el);
              if (r.width === 0 || r.height === 0 || cs.visibility === 'hidden' || el.closest('[hidden]')
                  || el.closest('[disabled]') || cs.opacity === '0') continue;
              const fg = rgba(cs.color); if (!fg) continue;
              const bg = background(el);
              const a = fg[3];
              const text = [0, 1, 2].map(k => fg[k] * a + bg[k] * (1 - a));
              const l1 = lum(text), l2 = lum(bg);
              const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
              const size = parseFloat(cs.fontSize), bold = parseInt(cs.fontWeight) >= 700;
              const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
              if (ratio < need) {
                out.push(ratio.toFixed(2) + ' < ' + need + ': "' + el.textContent.trim().slice(0, 40) + '" ('
                    + el.tagName.toLowerCase() + (el.className ? '.' + el.className : '') + ')');
              }
            }
            return out;""";

    @Autowired
    ArticleService articles;



    private void open(ChromeDriver browser, String path) {
        browser.get(url(path));
        settle(browser);
    }

    private static void settle(ChromeDriver browser) {
        HeadlessChromium.awaitVaadin(browser);
        // the grids lay out their columns after the first render; the narrow-screen columns after the resize
        HeadlessChromium.js(browser, "return new Promise(r => setTimeout(r, 400))");
        HeadlessChromium.awaitVaadin(browser);
    }

    /** Every page of this part of the issue, by name (for the screenshot) and address. */
    private List<String[]> pages() {
        long article = articles.search(ArticleFilter.ALL).getFirst().id();
        return List.of(new String[] {"release-v7.3", "/release/v7.3"}, new String[] {"release-v6.12", "/release/v6.12"},
                new String[] {"release-v5.10", "/release/v5.10"}, new String[] {"scans", "/scans"},
                new String[] {"articles", "/articles"}, new String[] {"article", "/articles?article=" + article},
                new String[] {"drivers", "/drivers"}, new String[] {"driver", "/drivers/rust_binder"},
                new String[] {"abstractions", "/abstractions"}, new String[] {"rules", "/rules"},
                new String[] {"not-found", "/nope"});
    }

    @Test
    void no_page_scrolls_sideways_each_has_a_title_and_screenshots_are_taken() throws Exception {
        List<String> problems = new ArrayList<>();
        for (ChromeDriver browser : new ChromeDriver[] {phone, desktop}) {
            int width = browser.manage().window().getSize().getWidth();
            for (String[] page : pages()) {
                open(browser, page[1]);
                @SuppressWarnings("unchecked")
                List<String> overflow = (List<String>) HeadlessChromium.js(browser, OVERFLOW);
                overflow.forEach(o -> problems.add(width + " " + page[1] + ": " + o));
                String title = browser.getTitle();
                if (title.isBlank() || !title.endsWith("· oxidometer")) {
                    problems.add(width + " " + page[1] + ": page title \"" + title + "\"");
                }
                HeadlessChromium.screenshot(browser, "page-" + page[0] + "-" + width);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void text_meets_wcag_aa_contrast_in_both_themes() throws Exception {
        // the check itself finds grey on white (2.3:1)
        open(desktop, "/rules");
        HeadlessChromium.js(desktop, "const s = document.createElement('span'); s.textContent = 'probe-text';"
                + " s.style.color = '#aaaaaa'; s.style.background = '#ffffff'; document.body.appendChild(s);");
        assertThat(HeadlessChromium.js(desktop, LOW_CONTRAST).toString()).contains("probe-text");

        List<String> problems = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            for (String[] page : pages()) {
                open(desktop, page[1]);
                // dark is what the page shows: a body background darker than mid-grey
                boolean dark = Boolean.TRUE.equals(HeadlessChromium.js(desktop, "const bg = [document.body,"
                        + " document.documentElement].map(e => getComputedStyle(e).backgroundColor)"
                        + ".find(c => c !== 'transparent' && !/^rgba\\(.*, 0\\)$/.test(c)) || 'rgb(255, 255, 255)';"
                        + " const c = bg.match(/[0-9.]+/g).map(Number);"
                        + " return c[0] * 0.299 + c[1] * 0.587 + c[2] * 0.114 < 128;"));
                if (dark != scheme.equals("dark")) {
                    desktop.findElement(By.id("theme-toggle")).click();
                    settle(desktop);
                }
                @SuppressWarnings("unchecked")
                List<String> low = (List<String>) HeadlessChromium.js(desktop, LOW_CONTRAST);
                low.forEach(l -> problems.add(scheme + " " + page[1] + ": " + l));
                if (page[0].startsWith("release-v7") || page[0].equals("article")) {
                    HeadlessChromium.screenshot(desktop, "page-" + page[0] + "-" + scheme);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_release_page_opens_with_its_summary_and_the_files_fit_a_phone() throws Exception {
        open(phone, "/release/v7.3");
        WebElement summary = phone.findElement(By.id("release-summary"));
        assertThat(summary.getText()).startsWith("Rust files: +");
        Number summaryTop = (Number) HeadlessChromium.js(phone,
                "return document.getElementById('release-summary').getBoundingClientRect().top");
        Number metricsTop = (Number) HeadlessChromium.js(phone,
                "return document.getElementById('metrics-grid').getBoundingClientRect().top");
        assertThat(summaryTop.doubleValue()).isLessThan(metricsTop.doubleValue());
        assertThat(phone.findElement(By.id("files-grid")).getAttribute("data-narrow")).isEqualTo("true");
        for (String grid : List.of("files-grid", "metrics-grid")) {
            HeadlessChromium.js(phone, "document.getElementById(arguments[0]).scrollIntoView()", grid);
            HeadlessChromium.screenshot(phone, "page-release-v7.3-" + grid + "-390");
        }
        assertThat(desktopNarrowFlag()).isEqualTo("false");
    }

    @Test
    void on_a_phone_a_tap_on_a_row_shows_what_its_hidden_columns_hold() throws Exception {
        open(phone, "/drivers");
        assertThat(phone.findElements(By.cssSelector(".oxido-row-details"))).isEmpty();
        // the last visible cell of the first row (the Lines column: a plain value, not the driver's link)
        WebElement cell = (WebElement) HeadlessChromium.js(phone, """
                const g = document.getElementById('drivers-grid');
                const row = g.shadowRoot.querySelector('#items tr');
                const cells = Array.from(row.querySelectorAll('td')).filter(td => !td.hidden && td.offsetWidth > 0);
                return cells[cells.length - 1].querySelector('slot').assignedElements()[0];""");
        cell.click();
        settle(phone);
        WebElement details = new WebDriverWait(phone, Duration.ofSeconds(10)).until(d ->
                d.findElements(By.cssSelector(".oxido-row-details")).stream().filter(WebElement::isDisplayed)
                        .findFirst().orElse(null));
        assertThat(details.getText()).contains("drivers/").contains("Subsystem: ").contains("Landed ");
        HeadlessChromium.screenshot(phone, "page-drivers-details-390");
    }

    private String desktopNarrowFlag() {
        open(desktop, "/release/v7.3");
        return desktop.findElement(By.id("files-grid")).getAttribute("data-narrow");
    }

    @Test
    void a_date_typed_as_an_iso_day_is_that_day() {
        open(desktop, "/articles");
        WebElement from = desktop.findElement(By.cssSelector("vaadin-date-picker input"));
        from.sendKeys("2025-12-01");
        from.sendKeys(Keys.ENTER);
        settle(desktop);
        new WebDriverWait(desktop, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("from=2025-12-01"));
        assertThat(from.getDomProperty("value")).isEqualTo("2025-12-01");
    }
}
