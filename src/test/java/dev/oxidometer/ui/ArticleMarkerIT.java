package dev.oxidometer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.oxidometer.OxidometerApplication;
import dev.oxidometer.news.Article;
import dev.oxidometer.news.ArticleDraft;
import dev.oxidometer.news.ArticleService;
import dev.oxidometer.news.LinkKind;
import dev.oxidometer.news.LinkService;
import dev.oxidometer.release.DatasetLoader;

/**
 * Article markers in a real browser (production bundle, headless Chromium; see AdoptionChartIT): two articles
 * linked to v6.2 make one marker; hovering it shows the card, a click pins it with "open article", the toggle
 * takes the marker off the chart.
 */
@SpringBootTest(classes = OxidometerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // a context (and database) of its own: the articles must not sit on AdoptionChartIT's release points
        properties = {"vaadin.productionMode=true", "oxidometer.load-bundled-dataset=false",
                "oxidometer.news.fetch-timeout=9s"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleMarkerIT {

    @LocalServerPort
    int port;

    @Autowired
    DatasetLoader loader;
    @Autowired
    ArticleService articles;
    @Autowired
    LinkService links;

    private ChromeDriver browser;

    @BeforeAll
    void startBrowserAndStoreFixture() {
        HeadlessChromium.requireOrSkip();
        loader.importDataset(UiDatasets.small(), "linux");
        for (String title : List.of("First Rust driver lands", "Rust driver coverage <b>two</b>")) {
            Article a = articles.create(new ArticleDraft("https://example.org/" + title.hashCode(), title, "Example",
                    Instant.parse("2023-03-01T00:00:00Z"), null, null, List.of()), "ed");
            links.add(a.id(), LinkKind.RELEASE, "v6.2", "ed");
        }
        browser = HeadlessChromium.start(1920, 1080);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private Object js(String script) {
        return HeadlessChromium.js(browser, script);
    }

    @Test
    void hovering_an_article_marker_shows_its_card_and_a_click_pins_it() throws Exception {
        // on the release sequence (x=release), where the marker positions below are computed per category
        browser.get("http://localhost:" + port + "/?x=release");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js(
                "const c = document.getElementById('code-chart'); return !!(c && c.chart && c.chart.data.datasets.length);")));
        assertThat(js("return document.getElementById('code-chart').chart.options.plugins.annotation"
                + ".annotations['articles-v6.2'].label.content;")).isEqualTo("2 articles");

        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) js("""
                const el = document.getElementById('code-chart');
                const canvas = el.shadowRoot.querySelector('canvas');
                canvas.scrollIntoView({block: 'center'});
                const r = canvas.getBoundingClientRect();
                const x = el.chart.scales.x.getPixelForValue(2);
                const area = el.chart.chartArea;
                // the marker's label, at the foot of its line
                return {dx: x - r.width / 2, dy: area.bottom - 12 - r.height / 2};
                """);
        WebElement canvas = (WebElement) js("return document.getElementById('code-chart').shadowRoot.querySelector('canvas');");
        int dx = ((Number) at.get("dx")).intValue();
        int dy = ((Number) at.get("dy")).intValue();
        new Actions(browser).moveToElement(canvas, dx - 40, dy).moveToElement(canvas, dx, dy).perform();

        WebElement card = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("article-card")));
        assertThat(card.getText()).contains("v6.2 · 2 articles", "First Rust driver lands",
                "Rust driver coverage <b>two</b>");
        HeadlessChromium.screenshot(browser, "article-marker-hover");

        new Actions(browser).click().perform();
        WebElement open = new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article-card a")));
        assertThat(open.getText()).isEqualTo("open article");
        assertThat(open.getAttribute("rel")).isEqualTo("noopener noreferrer");
        assertThat(browser.getCurrentUrl()).doesNotContain("/release/");
        new Actions(browser).moveByOffset(0, 300).perform();
        assertThat(browser.findElement(By.id("article-card")).isDisplayed()).as("pinned").isTrue();
        HeadlessChromium.screenshot(browser, "article-marker-pinned");

        browser.findElement(By.cssSelector("#articles-toggle input")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(js(
                "return document.getElementById('code-chart').chart.options.plugins.annotation?.annotations?.['articles-v6.2'] === undefined;")));
    }
}
