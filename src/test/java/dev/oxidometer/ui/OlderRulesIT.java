package dev.oxidometer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

import dev.oxidometer.OxidometerApplication;
import dev.oxidometer.scan.CountingRules;

/**
 * An imported dataset counted under older counting rules (the small corpus, rules 1) in a real browser, at 390 px
 * and 1920 px: the dashboard and a release page say that its numbers were counted under older rules.
 */
@SpringBootTest(classes = OxidometerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "oxidometer.load-bundled-dataset=false",
            "spring.datasource.url=jdbc:h2:mem:older-rules-${random.uuid};DB_CLOSE_DELAY=-1"})
class OlderRulesIT extends SmallCorpusInBrowser {

    @Test
    void the_dashboard_and_a_release_say_the_rules_are_older_at_1920_px() throws Exception {
        look(1920, 1080, "older-rules-1920");
    }

    @Test
    void the_dashboard_and_a_release_say_the_rules_are_older_at_390_px() throws Exception {
        look(390, 844, "older-rules-390");
    }

    private void look(int width, int height, String screenshot) throws Exception {
        browser = HeadlessChromium.start(width, height);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        String expected = "Counted under counting rules version 1, not this build's version "
                + CountingRules.RULES_VERSION;
        for (String page : new String[] {"", "release/v6.12"}) {
            browser.get(url(page));
            String note = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("older-rules"))).getText();
            assertThat(note).as(page).startsWith(expected).contains("until the repository is rescanned");
            Object overflow = HeadlessChromium.js(browser, "const p = document.getElementById('older-rules');"
                    + " return p.scrollWidth > p.clientWidth + 1;");
            assertThat(overflow).as("the note wraps at %d px on /%s", width, page).isEqualTo(false);
            HeadlessChromium.js(browser, "document.getElementById('older-rules').scrollIntoView({block: 'center'});");
            HeadlessChromium.screenshot(browser, screenshot + (page.isEmpty() ? "-dashboard" : "-release"));
        }
    }
}
