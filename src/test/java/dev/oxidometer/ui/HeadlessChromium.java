package dev.oxidometer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Debian's chromium and chromedriver, headless, with the flags this kind of machine needs; nothing is downloaded
 * (Selenium Manager is bypassed by naming both binaries).
 */
final class HeadlessChromium {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * Skips the calling test class where Debian's Chromium is not installed, except on CI ({@code CI=true}), where
     * {@code .ci/run} installs it and a missing browser is a failure, not a skip.
     */
    static void requireOrSkip() {
        if (!available()) {
            boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
            assertThat(ci).as("CI must install chromium and chromium-driver (.ci/run)").isFalse();
            assumeTrue(false, "no /usr/bin/chromium and /usr/bin/chromedriver here: browser test skipped");
        }
    }

    static ChromeDriver start(int width, int height) {
        return start(width, height, options -> { });
    }

    /** With extra options, e.g. the browser console log. */
    static ChromeDriver start(int width, int height, java.util.function.Consumer<ChromeOptions> extra) {
        ChromeOptions options = new ChromeOptions();
        extra.accept(options);
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-dev-shm-usage", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        driver.manage().window().setSize(new Dimension(width, height));
        return driver;
    }

    static Path screenshot(ChromeDriver driver, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = dir.resolve(name + ".png");
        Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** Waits until the Vaadin client has started and has no request in flight. */
    static void awaitVaadin(ChromeDriver driver) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE
                .equals(js(driver, "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).length > 0"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive()))")));
    }

    /** Quits the browsers that were started (null for one that was not). */
    static void quitAll(ChromeDriver... drivers) {
        for (ChromeDriver driver : drivers) {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    static Object js(ChromeDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
