package dev.oxidometer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

import dev.oxidometer.OxidometerApplication;

/**
 * Issue 12: the application still works in a real browser under its Content-Security-Policy, and the login form
 * (which now needs a CSRF token) still logs in. Production bundle, headless Chromium, port 18231 on 127.0.0.1;
 * screenshots of / and /login under target/screenshots. The browser console must show no CSP violation.
 */
@SpringBootTest(classes = OxidometerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"vaadin.productionMode=true", "server.port=18231", "server.address=127.0.0.1",
                "oxidometer.load-bundled-dataset=true"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersIT {

    static final String BASE = "http://127.0.0.1:18231";

    private ChromeDriver browser;

    @BeforeAll
    void startBrowser() {
        HeadlessChromium.requireOrSkip();
        browser = HeadlessChromium.start(1280, 900, options -> options.setCapability("goog:loggingPrefs",
                Map.of(LogType.BROWSER, "ALL")));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private List<String> cspViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
    }

    private void awaitVaadin() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(HeadlessChromium.js(browser,
                "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).length > 0"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive()))")));
    }

    @Test
    void the_dashboard_and_the_login_page_render_under_the_policy_and_an_editor_logs_in() throws Exception {
        browser.get(BASE + "/");
        awaitVaadin();
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("oxidometer");
        HeadlessChromium.screenshot(browser, "csp-dashboard");
        assertThat(cspViolations()).isEmpty();

        // the policy is in force: an image from another origin (another port of 127.0.0.1) is refused
        Object violated = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.addEventListener('securitypolicyviolation', e => done(e.effectiveDirective));
                const img = new Image();
                img.onload = img.onerror = () => setTimeout(() => done('none'), 500);
                img.src = 'http://127.0.0.1:1/probe.png';""");
        assertThat(violated).isEqualTo("img-src");
        browser.manage().logs().get(LogType.BROWSER);   // that refusal was logged on purpose: drop it

        browser.get(BASE + "/login");
        awaitVaadin();
        WebElement form = browser.findElement(By.tagName("vaadin-login-form"));
        HeadlessChromium.screenshot(browser, "csp-login");
        assertThat(cspViolations()).isEmpty();
        assertThat(browser.findElements(By.cssSelector("meta[name=_csrf]"))).as("CSRF token for the login form")
                .isNotEmpty();

        form.findElement(By.cssSelector("input[name=username]")).sendKeys("admin");
        form.findElement(By.cssSelector("input[name=password]")).sendKeys("test-admin-password");
        form.findElement(By.cssSelector("vaadin-button[slot=submit], vaadin-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/login"));
        awaitVaadin();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
                d.findElement(By.tagName("body")).getText().contains("Log out admin"));
        assertThat(cspViolations()).isEmpty();
    }

    @Test
    void the_session_cookie_is_same_site_lax_and_pages_carry_the_policy() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(BASE + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c ->
                    assertThat(c).startsWith("JSESSIONID=").contains("SameSite=Lax").contains("HttpOnly"));
            assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).contains("frame-ancestors 'none'").contains("object-src 'none'"));
            assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
        }
    }
}
