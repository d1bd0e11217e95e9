package dev.oxidometer.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Browser tests at a phone's 390×844 and a desktop's 1920×1080: one headless Chromium of each size for the whole
 * class, against the application on a random port (the subclass's {@code @SpringBootTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PhoneAndDesktop {

    @LocalServerPort
    int port;

    ChromeDriver phone;
    ChromeDriver desktop;

    @BeforeAll
    void startBrowsers() {
        HeadlessChromium.requireOrSkip();
        phone = HeadlessChromium.start(390, 844);
        desktop = HeadlessChromium.start(1920, 1080);
    }

    @AfterAll
    void stopBrowsers() {
        HeadlessChromium.quitAll(phone, desktop);
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
