package dev.oxidometer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

import dev.oxidometer.OxidometerApplication;

/**
 * Issue 11 in a real browser, at a phone's 390×844 and a desktop's 1920×1080, on the bundled dataset: real 404s
 * with the app's frame. Production bundle, headless Debian Chromium; screenshots under target/screenshots.
 */
@SpringBootTest(classes = OxidometerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "server.address=127.0.0.1",
                "oxidometer.load-bundled-dataset=true"})
class ReadableDashboardIT extends PhoneAndDesktop {

    static final int[][] SIZES = {{390, 844}, {1920, 1080}};


    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();


    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void open(ChromeDriver browser, String path) {
        browser.get(url(path));
        HeadlessChromium.awaitVaadin(browser);
    }

    @ParameterizedTest
    @CsvSource({"/nope,404", "/articles/99999,404", "/release/v0.0,404", "/drivers/no_such_driver,404",
            "/release/v6.12,200", "/,200", "/drivers,200", "/login,200"})
    void pages_answer_their_real_status(String path, int status) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    }

    @Test
    void an_unknown_api_path_is_a_problem_detail_and_the_favicon_exists() throws Exception {
        HttpResponse<String> api = get("/api/nope");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(api.body()).contains("\"status\":404");
        HttpResponse<String> icon = get("/favicon.ico");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type").orElse("")).contains("icon");
        assertThat(get("/api/source").body()).contains("\"repository\":\"bundled dataset\"").doesNotContain("/root/");
    }

    @Test
    void an_unknown_release_shows_the_frame_a_title_and_the_known_releases_at_both_sizes() throws Exception {
        for (ChromeDriver browser : new ChromeDriver[] {phone, desktop}) {
            open(browser, "/release/v0.0");
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("not-found")).isEmpty());
            assertThat(browser.getTitle()).isEqualTo("Not found · oxidometer");
            assertThat(browser.findElement(By.id("known-releases")).getText()).contains("v6.12").contains("v7.3");
            assertThat(browser.findElements(By.tagName("vaadin-side-nav"))).isNotEmpty();
            HeadlessChromium.screenshot(browser, "not-found-" + browser.manage().window().getSize().getWidth());
        }
    }
}
