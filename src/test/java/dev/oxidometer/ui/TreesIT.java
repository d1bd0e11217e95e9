package dev.oxidometer.ui;

import dev.oxidometer.OxidometerApplication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two trees in a real browser (issue 13): the tree picker switches every chart to the picked tree and keeps it in
 * the URL, and the comparison chart overlays one metric of both, aligned by version, each version's label naming
 * each tree's tag. Two repositories stored through the application ({@link UiDatasets#small()} as "linux", the
 * default, and {@link UiDatasets#otherTree()} as "other"), in a database of this class's own.
 */
@SpringBootTest(classes = OxidometerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "oxidometer.load-bundled-dataset=false",
            "oxidometer.load-bundled-news=false",
            "spring.datasource.url=jdbc:h2:mem:trees-it-${random.uuid};DB_CLOSE_DELAY=-1"})
class TreesIT extends OneBrowserPerClass {

    TreesIT() {
        super(1920, 1080);
    }

    @Override
    void store() {
        loader.importDataset(UiDatasets.small(), "linux");
        loader.importDataset(UiDatasets.otherTree(), "other");
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private void chart(String id) {
        waiting().until(d -> Boolean.TRUE.equals(HeadlessChromium.js(browser,
                "const c = document.getElementById(arguments[0]); return !!(c && c.chart && c.chart.data.datasets.length);",
                id)));
    }

    private Object js(String script, Object... args) {
        return HeadlessChromium.js(browser, script, args);
    }

    @Test
    void the_picker_switches_every_chart_to_the_picked_tree_and_keeps_it_in_the_url() throws Exception {
        browser.get(url("?x=release"));
        chart("code-chart");
        WebElement picker = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("repo-picker")));
        assertThat(js("return document.getElementById('code-chart').chart.data.labels;"))
                .isEqualTo(List.of("v6.0", "v6.1", "v6.2", "v6.3", "v6.4"));
        assertThat(picker.getText()).contains("linux");
        HeadlessChromium.screenshot(browser, "trees-picker-1920");

        picker.click();
        WebElement other = waiting().until(d -> d.findElements(By.tagName("vaadin-select-item")).stream()
                .filter(e -> e.getText().strip().equals("other")).findFirst().orElse(null));
        other.click();

        waiting().until(ExpectedConditions.urlContains("repo=other"));
        assertThat(browser.getCurrentUrl()).contains("x=release");
        waiting().until(d -> List.of("v6.1", "v6.2", "v6.4").equals(
                js("const c = document.getElementById('code-chart'); return c && c.chart ? c.chart.data.labels : null;")));
        assertThat(browser.findElement(By.id("counter-drivers")).getText()).as("other's v6.4 is step 5: 4 drivers")
                .contains("4");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Scanned from other");
        HeadlessChromium.screenshot(browser, "trees-picked-other-1920");

        // the picked tree's release, and the same version of the other tree beside it
        browser.get(url("release/v6.2?repo=other"));
        WebElement title = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("release-title")));
        assertThat(title.getText()).isEqualTo("Release v6.2");
        assertThat(browser.findElement(By.id("tree-note")).getText()).contains("Linux 6.2.16");
        WebElement against = browser.findElement(By.linkText("v6.2 of linux"));
        js("arguments[0].scrollIntoView({block: 'center'});", against);
        against.click();
        WebElement compared = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("tree-compare-title")));
        assertThat(compared.getText()).isEqualTo("v6.2 of other against v6.2 of linux");
        assertThat(browser.getCurrentUrl()).contains("repo=other").contains("against=linux");
        // other's v6.2 is small()'s step 3: the driver has moved to drivers/block/rnull/rnull.rs
        assertThat(browser.findElement(By.id("tree-compare-drivers")).getText())
                .contains("at drivers/block/rnull/rnull.rs in other, at drivers/block/rnull.rs in linux");
        HeadlessChromium.screenshot(browser, "trees-release-against-1920");
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.navigate().refresh();
            waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("tree-compare-title")));
            long overflow = (Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);
            HeadlessChromium.screenshot(browser, "trees-release-against-390");
        } finally {
            browser.manage().window().setSize(new Dimension(1920, 1080));
        }
    }

    @Test
    void the_comparison_chart_overlays_one_metric_of_both_trees_aligned_by_version() throws Exception {
        browser.get(url(""));
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("compare-link"))).click();
        waiting().until(ExpectedConditions.urlMatches("compare=linux(,|%2C)other"));
        chart("compare-chart");
        assertThat(js("return document.getElementById('compare-chart').chart.data.labels;")).isEqualTo(List.of(
                List.of("6.0", "linux: v6.0", "other: —"),
                List.of("6.1", "linux: v6.1", "other: v6.1"),
                List.of("6.2", "linux: v6.2", "other: v6.2"),
                List.of("6.3", "linux: v6.3", "other: —"),
                List.of("6.4", "linux: v6.4", "other: v6.4")));
        assertThat(js("return document.getElementById('compare-chart').chart.data.datasets.map(d => d.label);"))
                .isEqualTo(List.of("linux", "other"));
        // rust.adoption.code: linux 0, 1,050, 2,200, 3,350, 4,500; other 2,200, 3,350, 5,650 at 6.1, 6.2, 6.4
        assertThat(js("return document.getElementById('compare-chart').chart.data.datasets[1].data;"))
                .isEqualTo(java.util.Arrays.asList(null, 2200L, 3350L, null, 5650L));
        assertThat(js("return document.getElementById('compare-chart').chart.getDatasetMeta(1).data.filter(p => !p.skip).length;"))
                .as("other draws its three versions").isEqualTo(3L);
        String table = browser.findElement(By.id("compare-table")).getText();
        assertThat(table).contains("Linux 6.2.16, not upstream v6.2").contains("5,650");

        // the tooltip at 6.2 names each tree's tag
        js("""
                const c = document.getElementById('compare-chart').chart;
                c.canvas.scrollIntoView({block: 'center'});
                c.tooltip.setActiveElements([{datasetIndex: 0, index: 2}, {datasetIndex: 1, index: 2}],
                    {x: c.getDatasetMeta(0).data[2].x, y: c.getDatasetMeta(0).data[2].y});
                c.update();""");
        assertThat(js("return document.getElementById('compare-chart').chart.tooltip.title;"))
                .isEqualTo(List.of("6.2", "linux: v6.2", "other: v6.2"));
        HeadlessChromium.screenshot(browser, "trees-compare-1920");

        // another metric from the picker keeps the trees in the URL
        browser.get(url("?compare=linux,other&metric=drivers.modules"));
        chart("compare-chart");
        assertThat(js("return document.getElementById('compare-chart').chart.data.datasets[0].data;"))
                .isEqualTo(List.of(0L, 0L, 1L, 2L, 3L));
    }

    @Test
    void the_comparison_reads_on_a_phone() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(url("?compare=linux,other"));
            chart("compare-chart");
            long overflow = (Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);
            HeadlessChromium.screenshot(browser, "trees-compare-390");
            js("document.getElementById('compare-chart').scrollIntoView({block: 'start'});");
            HeadlessChromium.screenshot(browser, "trees-compare-390-chart");
            js("document.getElementById('compare-table').scrollIntoView({block: 'start'});");
            HeadlessChromium.screenshot(browser, "trees-compare-390-table");
            browser.get(url("?repo=other"));
            chart("code-chart");
            overflow = (Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).isLessThanOrEqualTo(0);
            HeadlessChromium.screenshot(browser, "trees-picker-390");
        } finally {
            browser.manage().window().setSize(new Dimension(1920, 1080));
        }
    }
}
