package dev.oxidometer.ui;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Adoption view's speed in headless Chromium (run by scripts/bench-ui.sh, not a test): the application with a
 * large synthetic history in an in-memory database, a few warm-up loads, then the time from navigation start until
 * the code chart was drawn, as recorded by the page itself (User Timing mark set by {@code <oxido-chart>}, which
 * draws only once the element has its width on the laid-out page), at 390 × 844 (phone layout, where the chart is
 * on the first screen) and 1920 × 1080.
 */
public final class UiBench {

    private UiBench() {
    }

    public static void main(String[] args) throws Exception {
        int releases = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int metrics = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        if (!HeadlessChromium.available()) {
            System.err.println("bench-ui: needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
            System.exit(2);
        }
        try (BenchServer server = BenchServer.start("oxidometer-bench", releases, metrics)) {
            int metricKeys = server.metricKeys();
            String url = server.base() + "/";

            for (int[] size : new int[][] {{390, 844}, {1920, 1080}}) {
                // a browser of its own per size: switching the emulated device in one session hung a page load
                ChromeDriver browser = HeadlessChromium.start(size[0], size[1]);
                try {
                    // the viewport itself at that size, a phone's with its mobile layout
                    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                            "width", size[0], "height", size[1], "deviceScaleFactor", 1, "mobile", size[0] < 600));
                    for (int i = 0; i < 3; i++) {
                        drawnAfter(browser, url); // warm-up: JIT, caches, the browser's own first start
                    }
                    List<Double> times = new ArrayList<>();
                    for (int i = 0; i < runs; i++) {
                        times.add(drawnAfter(browser, url));
                    }
                    long points = (Long) HeadlessChromium.js(browser,
                            "return document.getElementById('code-chart').chart.getDatasetMeta(0).data.length;");
                    boolean onScreen = Boolean.TRUE.equals(HeadlessChromium.js(browser,
                            "const r = document.getElementById('code-chart').getBoundingClientRect();"
                                    + " return r.top >= 0 && r.top < window.innerHeight && r.width > 0;"));
                    long draws = (Long) HeadlessChromium.js(browser,
                            "return performance.getEntriesByName('oxido-chart-drawn:code-chart').length;");
                    List<Double> sorted = times.stream().sorted().toList();
                    System.out.printf(Locale.ROOT, "bench-ui: %d px: %d releases x %d metric keys, chart points %d,"
                            + " chart on the first screen: %s, drawn %d time(s)%n", size[0], releases, metricKeys,
                            points, onScreen ? "yes" : "NO", draws);
                    System.out.printf(Locale.ROOT, "bench-ui: %d px: runs (ms): %s%n", size[0], times.stream()
                            .map(t -> String.format(Locale.ROOT, "%.0f", t)).toList());
                    System.out.printf(Locale.ROOT, "bench-ui: %d px: Adoption chart on screen %.0f ms after navigation"
                            + " start (median of %d, max %.0f; target < 1500)%n", size[0],
                            sorted.get(sorted.size() / 2), runs, sorted.getLast());
                } finally {
                    browser.quit();
                }
            }
        }
    }

    private static double drawnAfter(ChromeDriver browser, String url) {
        browser.get("about:blank");
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(HeadlessChromium.js(browser,
                "return performance.getEntriesByName('oxido-chart-drawn:code-chart').length > 0;")));
        return ((Number) HeadlessChromium.js(browser,
                "return performance.getEntriesByName('oxido-chart-drawn:code-chart')[0].startTime;")).doubleValue();
    }
}
