package dev.oxidometer.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;


/**
 * How fast the chart images come (run by scripts/bench-charts.sh, not a test): the application with a large
 * synthetic history in an in-memory database; after warm-up, each image of {@code /api/charts} drawn afresh (a
 * new size every request, so no cached rendering answers), the same request answered from the rendering cache,
 * and the dashboard's Download (fetch, file handed to the browser) in headless Chromium.
 */
public final class ChartBench {

    private ChartBench() {
    }

    public static void main(String[] args) throws Exception {
        int releases = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int metrics = args.length > 1 ? Integer.parseInt(args[1]) : 45;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        try (BenchServer server = BenchServer.start("oxidometer-chart-bench", releases, metrics)) {
            int metricKeys = server.metricKeys();
            String base = server.base();
            System.out.printf(Locale.ROOT, "bench-charts: %d releases x %d metric keys%n", releases, metricKeys);

            HttpClient http = HttpClient.newHttpClient();
            List<String> charts = List.of("adoption.png", "adoption.svg", "share.png", "metric.svg?key=unsafe.blocks",
                    "metric.png?key=rust.code&scale=log");
            for (int i = 0; i < 20; i++) { // warm-up: JIT, fonts, connection pool
                for (String c : charts) {
                    get(http, base + "/api/charts/" + query(c, 1000 + i, 600));
                }
            }
            for (String c : charts) {
                List<Double> fresh = new ArrayList<>();
                List<Double> cached = new ArrayList<>();
                long bytes = 0;
                for (int i = 0; i < runs; i++) {
                    String url = base + "/api/charts/" + query(c, 1900 + i, 1080);
                    long t0 = System.nanoTime();
                    bytes = get(http, url);
                    fresh.add((System.nanoTime() - t0) / 1e6);
                    long t1 = System.nanoTime();
                    get(http, url);
                    cached.add((System.nanoTime() - t1) / 1e6);
                }
                System.out.printf(Locale.ROOT, "bench-charts: %-36s ~1920x1080 drawn: median %4.0f ms, max %4.0f ms;"
                        + " cached: median %3.0f ms; %d KB (target < 300 ms)%n", c, median(fresh), max(fresh),
                        median(cached), bytes / 1024);
            }

            if (!HeadlessChromium.available()) {
                System.out.println("bench-charts: no /usr/bin/chromium: browser download not measured");
                return;
            }
            ChromeDriver browser = HeadlessChromium.start(1600, 1000);
            try {
                browser.get(base + "/");
                new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(HeadlessChromium.js(
                        browser, "const c = document.getElementById('code-chart'); return !!(c && c.chart);")));
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < 3 + runs; i++) {
                    Object ms = browser.executeAsyncScript("""
                            const done = arguments[arguments.length - 1];
                            document.getElementById('code-chart')
                                .download(arguments[0], 'bench.png').then(done, e => done(String(e)));
                            """, "api/charts/adoption.png?width=" + (1900 + i) + "&height=1080&theme=light");
                    if (!(ms instanceof Number n)) {
                        throw new IllegalStateException("download failed: " + ms);
                    }
                    if (i >= 3) {
                        times.add(n.doubleValue());
                    }
                }
                System.out.printf(Locale.ROOT, "bench-charts: browser Download of a slide PNG (fetch + file): median"
                        + " %.0f ms, max %.0f ms (target < 1000)%n", median(times), max(times));
            } finally {
                browser.quit();
            }
        }
    }

    private static String query(String chart, int width, int height) {
        return chart + (chart.contains("?") ? "&" : "?") + "width=" + width + "&height=" + height;
    }

    private static long get(HttpClient http, String url) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + ": " + r.statusCode() + " " + new String(r.body()));
        }
        return r.body().length;
    }

    private static double median(List<Double> xs) {
        List<Double> s = xs.stream().sorted().toList();
        return s.get(s.size() / 2);
    }

    private static double max(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
