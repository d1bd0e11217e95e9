package dev.oxidometer.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.oxidometer.release.DatasetLoader;
import dev.oxidometer.release.ScanDatasetJson;

/**
 * Browser tests on a running application that holds the small corpus (v6.1 and v6.12, ten releases between them
 * not scanned, counted under rules 1), imported as the repository "linux": each test starts its own browser in
 * {@link #browser}, which is closed after it. Subclasses give their own {@code @SpringBootTest} (and database).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SmallCorpusInBrowser {

    @LocalServerPort
    int port;
    @Autowired
    DatasetLoader loader;

    ChromeDriver browser;

    @BeforeAll
    void importTheSmallCorpus() throws Exception {
        HeadlessChromium.requireOrSkip();
        try (var in = SmallCorpusInBrowser.class.getResourceAsStream("/datasets/small-corpus.json")) {
            loader.importDataset(ScanDatasetJson.read(in), "linux");
        }
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
