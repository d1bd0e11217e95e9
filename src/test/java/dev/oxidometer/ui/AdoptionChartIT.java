package dev.oxidometer.ui;

import dev.oxidometer.OxidometerApplication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real browser: the application on a random port with a small stored dataset, the production
 * frontend bundle (this runs after {@code package}, see the README), headless Debian Chromium. Screenshots go to
 * target/screenshots. Skipped where Chromium is not installed, except in CI, which installs it.
 */
@SpringBootTest(classes = OxidometerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "oxidometer.load-bundled-dataset=false"})
class AdoptionChartIT extends OneBrowserPerClass {

    AdoptionChartIT() {
        super(1920, 1080);
    }

    @Override
    void store() {
        loader.importDataset(UiDatasets.small(), "linux");
    }

    private WebElement chart(String id) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(HeadlessChromium.js(browser,
                "const c = document.getElementById(arguments[0]); return !!(c && c.chart && c.chart.data.datasets.length);",
                id)));
        return browser.findElement(By.id(id));
    }

    @SuppressWarnings("unchecked")
    private List<Object> labels(String id) {
        return (List<Object>) HeadlessChromium.js(browser, "return document.getElementById(arguments[0]).chart.data.labels;", id);
    }

    private long points(String id, int dataset) {
        return (Long) HeadlessChromium.js(browser,
                "return document.getElementById(arguments[0]).chart.getDatasetMeta(arguments[1]).data.length;", id, dataset);
    }

    @Test
    void the_adoption_chart_draws_one_point_per_release_and_a_click_opens_that_release() throws Exception {
        // the release sequence (x=release): one evenly spaced point per release, read as plain values
        browser.get(url("?x=release"));
        chart("code-chart");
        assertThat(labels("code-chart")).containsExactly("v6.0", "v6.1", "v6.2", "v6.3", "v6.4");
        assertThat(points("code-chart", 0)).isEqualTo(5);
        assertThat(HeadlessChromium.js(browser,
                "return document.getElementById('code-chart').chart.data.datasets[1].data[2];"))
                .as("drivers code at v6.2").isEqualTo(150L);
        HeadlessChromium.screenshot(browser, "adoption-1920");

        // Click the v6.2 point of the drivers series where the live chart drew it.
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) HeadlessChromium.js(browser, """
                const el = document.getElementById('code-chart');
                const p = el.chart.getDatasetMeta(1).data[2];
                const canvas = el.shadowRoot.querySelector('canvas');
                const r = canvas.getBoundingClientRect();
                canvas.scrollIntoView({block: 'center'});
                const r2 = canvas.getBoundingClientRect();
                return {dx: p.x - r2.width / 2, dy: p.y - r2.height / 2};
                """);
        WebElement canvas = (WebElement) HeadlessChromium.js(browser,
                "return document.getElementById('code-chart').shadowRoot.querySelector('canvas');");
        new Actions(browser).moveToElement(canvas, ((Number) at.get("dx")).intValue(), ((Number) at.get("dy")).intValue())
                .click().perform();

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/release/v6.2"));
        WebElement title = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("release-title")));
        assertThat(title.getText()).isEqualTo("Release v6.2");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("rnull_mod");
        HeadlessChromium.screenshot(browser, "release-v6.2");
    }

    @Test
    void the_tooltip_gives_the_unit_the_adoption_subtotal_and_the_total_of_the_stack() throws Exception {
        browser.get(url("?x=release"));
        chart("code-chart");
        // the pointer over the v6.4 point of the bottom band, where the live chart drew it
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) HeadlessChromium.js(browser, """
                const el = document.getElementById('code-chart');
                el.scrollIntoView({block: 'center'});
                const p = el.chart.getDatasetMeta(0).data[4];
                const r = el.shadowRoot.querySelector('canvas').getBoundingClientRect();
                return {dx: p.x - r.width / 2, dy: p.y - r.height / 2};
                """);
        WebElement canvas = (WebElement) HeadlessChromium.js(browser,
                "return document.getElementById('code-chart').shadowRoot.querySelector('canvas');");
        new Actions(browser).moveToElement(canvas, ((Number) at.get("dx")).intValue(),
                ((Number) at.get("dy")).intValue()).perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(HeadlessChromium.js(browser,
                "return document.getElementById('code-chart').chart.tooltip.opacity > 0;")));
        @SuppressWarnings("unchecked")
        List<Object> lines = (List<Object>) HeadlessChromium.js(browser, """
                const t = document.getElementById('code-chart').chart.tooltip;
                return [t.title.join(' '), ...t.body.flatMap(b => b.lines), ...t.footer];
                """);
        assertThat(lines).containsExactly("v6.4", "Abstractions: 4,000 lines", "Drivers: 450 lines",
                "Samples: 50 lines", "Infrastructure: 2,000 lines", "Other: 40 lines",
                "Adoption code (abstractions + drivers + samples): 4,500 lines", "Total shown: 6,540 lines");
        // the subtotal is the adoption counter, the total the counter without vendored crates
        assertThat(browser.findElement(By.id("counter-code")).getText()).contains("4,500");
        assertThat(browser.findElement(By.id("counter-nonvendored")).getText()).contains("6,540");
        HeadlessChromium.screenshot(browser, "adoption-tooltip-1920");
    }

    @Test
    void rc_tags_from_the_url_add_their_points() {
        browser.get(url("?rc=on"));
        chart("code-chart");
        assertThat(labels("code-chart")).containsExactly("v6.0", "v6.1", "v6.2", "v6.3-rc1", "v6.3", "v6.4");
        assertThat(points("code-chart", 0)).isEqualTo(6);
    }

    @Test
    void the_dashboard_reads_on_a_phone_and_in_the_dark_theme() throws Exception {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            browser.get(url(""));
            chart("code-chart");
            long overflow = (Long) HeadlessChromium.js(browser,
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);
            HeadlessChromium.screenshot(browser, "adoption-390");
            HeadlessChromium.js(browser, "document.getElementById('code-chart').scrollIntoView({block: 'start'});");
            HeadlessChromium.screenshot(browser, "adoption-390-chart");
            browser.findElement(By.id("theme-toggle")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "dark".equals(HeadlessChromium.js(browser,
                    "return document.documentElement.getAttribute('theme');")));
            HeadlessChromium.screenshot(browser, "adoption-390-dark");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1920, 1080));
        }
    }

    @Test
    void an_unknown_release_is_a_friendly_not_found_page() throws Exception {
        browser.get(url("release/v9.99"));
        WebElement notFound = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("not-found")));
        assertThat(notFound.getText()).contains("v9.99");
        HeadlessChromium.screenshot(browser, "not-found");
    }
}
