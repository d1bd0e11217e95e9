package dev.oxidometer.ui;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.oxidometer.OxidometerApplication;
import dev.oxidometer.release.DatasetLoader;
import dev.oxidometer.scan.ScanReport;

/**
 * The application the benchmarks measure: production mode on 127.0.0.1 and a free port, an in-memory database
 * holding a synthetic history of {@code releases} x {@code metrics} (no bundled dataset), quiet logs.
 */
record BenchServer(ConfigurableApplicationContext context, int port, int metricKeys) implements AutoCloseable {

    static BenchServer start(String database, int releases, int metrics) {
        SpringApplication app = new SpringApplication(OxidometerApplication.class);
        app.setDefaultProperties(Map.of(
                "server.port", "0",
                "server.address", "127.0.0.1",
                "vaadin.productionMode", "true",
                "oxidometer.load-bundled-dataset", "false",
                "spring.datasource.url", "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
                "oxidometer.admin.password", "bench-only-password",
                "logging.level.root", "WARN"));
        ConfigurableApplicationContext context = app.run();
        ScanReport dataset = UiDatasets.synthetic(releases, metrics);
        context.getBean(DatasetLoader.class).importDataset(dataset, "bench");
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new BenchServer(context, port, dataset.releases().getFirst().metrics().size());
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        context.close();
    }
}
