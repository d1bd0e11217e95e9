package dev.oxidometer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

import dev.oxidometer.OxidometerApplication;

/**
 * The Articles view's "Check a text" box in a real browser, at 390 px and 1920 px: a reader pastes a text, gets
 * its claims with verdicts and evidence; HTML in the text is shown as text, never rendered.
 */
@SpringBootTest(classes = OxidometerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "oxidometer.load-bundled-dataset=false",
            // a context (and database) of its own: with AdoptionChartIT's properties Spring reused its context, so the
            // claims were checked against that test's longer history instead of the two releases loaded here
            "spring.datasource.url=jdbc:h2:mem:check-text-${random.uuid};DB_CLOSE_DELAY=-1"})
class CheckTextIT extends SmallCorpusInBrowser {

    static final String TEXT = "The rnull driver landed in Linux 6.12. The minimum rustc is 1.62."
            + " <img src=x onerror=\"document.title='owned'\"> Rust is 5 percent of the kernel.";

    @Test
    void a_reader_checks_a_text_at_1920_px() throws Exception {
        check(1920, 1080, "check-text-1920");
    }

    @Test
    void a_reader_checks_a_text_at_390_px() throws Exception {
        check(390, 844, "check-text-390");
    }

    private void check(int width, int height, String screenshot) throws Exception {
        browser = HeadlessChromium.start(width, height);
        browser.get(url("articles"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("check-text"))).click();
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#check-text-input textarea")));
        input.sendKeys(TEXT);
        browser.findElement(By.id("check-text-run")).click();
        wait.until(d -> d.findElements(By.cssSelector("#check-text-result .claim")).size() >= 3);

        List<WebElement> claims = browser.findElements(By.cssSelector("#check-text-result .claim"));
        assertThat(claims).extracting(c -> c.getAttribute("data-verdict"))
                .contains("unverifiable", "contradicted");
        String text = browser.findElement(By.id("check-text-result")).getText();
        assertThat(text).contains("landing: rnull", "between v6.2 and v6.12", "minimum rustc 1.62",
                "share: Rust's share");
        assertThat(browser.findElements(By.cssSelector("#check-text-result img"))).isEmpty();
        assertThat(browser.getTitle()).isNotEqualTo("owned");
        Object overflow = HeadlessChromium.js(browser, "const r = document.getElementById('check-text-result');"
                + " return r.scrollWidth > r.clientWidth + 1;");
        assertThat(overflow).as("no horizontal overflow at %d px", width).isEqualTo(false);
        HeadlessChromium.screenshot(browser, screenshot);

        input.clear();
        HeadlessChromium.js(browser, "const t = document.querySelector('#check-text-input');"
                + " t.value = '   '; t.dispatchEvent(new Event('change'));");
        browser.findElement(By.id("check-text-run")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#check-text-result .check-text-error")));
        assertThat(browser.findElement(By.id("check-text-result")).getText()).contains("text is required");
    }
}
