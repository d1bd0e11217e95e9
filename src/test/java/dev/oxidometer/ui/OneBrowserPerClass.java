package dev.oxidometer.ui;

import dev.oxidometer.release.DatasetLoader;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Browser tests on a running application with one headless Chromium for the whole class, started at the window
 * size the subclass gives after {@link #store()} has put what it shows into the database, and quit after the last
 * test. Subclasses give their own {@code @SpringBootTest} (and database). {@link SmallCorpusInBrowser} is the
 * same with a browser per test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OneBrowserPerClass {

    @LocalServerPort
    int port;
    @Autowired
    DatasetLoader loader;

    ChromeDriver browser;

    private final int width;
    private final int height;

    OneBrowserPerClass(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** What the tests show, stored before the browser starts; nothing by default. */
    void store() {
    }

    @BeforeAll
    final void storeAndStartTheBrowser() {
        HeadlessChromium.requireOrSkip();
        store();
        browser = HeadlessChromium.start(width, height);
    }

    @AfterAll
    final void quitTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
