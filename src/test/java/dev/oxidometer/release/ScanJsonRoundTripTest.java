package dev.oxidometer.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.oxidometer.scan.BlobCache;
import dev.oxidometer.scan.Category;
import dev.oxidometer.scan.Driver;
import dev.oxidometer.scan.KernelScanner;
import dev.oxidometer.scan.LineCounts;
import dev.oxidometer.scan.ReleaseScan;
import dev.oxidometer.scan.RustFile;
import dev.oxidometer.scan.ScanJson;
import dev.oxidometer.scan.ScanListener;
import dev.oxidometer.scan.ScanReport;
import dev.oxidometer.scan.TagSelection;

/**
 * What the scanner writes ({@code scan --json}, {@link ScanJson}) is what the application reads
 * ({@link ScanDatasetJson}): a real scan of a small git kernel goes through the writer and the reader unchanged, notes
 * included, and the application's own export of it is the same document.
 */
class ScanJsonRoundTripTest {

    @TempDir
    Path temp;

    @Test
    void the_scanners_json_is_read_back_by_the_application_unchanged() throws Exception {
        Path repo = KernelRepo.create(temp.resolve("linux"));
        ScanReport report;
        String json;
        try (KernelScanner scanner = KernelScanner.open(repo, BlobCache.inMemory())) {
            report = scanner.scanAll(new TagSelection(false, null, List.of()), new ScanListener() {
            });
            json = ScanJson.write(report);
        }

        ScanReport read = ScanDatasetJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(read.rulesVersion()).isEqualTo(report.rulesVersion());
        assertThat(read.repository()).isEqualTo(report.repository());
        assertThat(read.scannedAt()).isEqualTo(report.scannedAt());
        assertThat(read.failures()).isEqualTo(report.failures());
        assertThat(read).isEqualTo(report);
        assertThat(read.releases()).extracting(ReleaseScan::note)
                .containsExactly("Linux v6.1 test tree", "Linux v6.2 test tree", "Linux v6.3 test tree");

        Map<String, Object> exported = ScanDatasetJson.toJson(read);
        assertThat(ScanDatasetJson.MAPPER.writeValueAsString(exported))
                .isEqualTo(ScanDatasetJson.MAPPER.writeValueAsString(ScanDatasetJson.MAPPER.readValue(json, Map.class)));
    }

    @Test
    void every_kind_of_value_the_writer_can_write_reads_back_as_the_same_report() {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("rust.files", 2L);
        metrics.put("share.code", 0.00125);
        metrics.put("rustc.min", "1.78.0");
        metrics.put("kconfig.rust.symbols", null);
        ReleaseScan rc = new ReleaseScan("v6.13-rc1", "a".repeat(40), Instant.parse("2024-12-01T20:00:00Z"), true,
                "Linux 6.13-rc1 \"quoted\", tab\tand \u00e9\u2014\u0001", metrics,
                List.of(new Driver("rnull_mod", "drivers/block/rnull.rs", Driver.MODULE, 2, 90, 70L,
                                List.of("drivers/block/rnull.rs", "drivers/block/rnull/configfs.rs")),
                        new Driver("old", "drivers/old.rs", 1, 5)),
                List.of("alloc", "str"),
                List.of(new RustFile("rust/kernel/str.rs", Category.ABSTRACTIONS, "b".repeat(40),
                        new LineCounts(100, 70, 20, 10, 15)),
                        new RustFile("samples/rust/rust_minimal.rs", Category.SAMPLES, "",
                                new LineCounts(3, 3, 0, 0))));
        ReleaseScan noNote = new ReleaseScan("v6.12", "c".repeat(64), Instant.parse("2024-11-17T20:00:00Z"), false,
                null, new LinkedHashMap<>(), List.of(), List.of(), List.of());
        Map<String, String> failures = new LinkedHashMap<>();
        failures.put("v6.14", "v6.14: object 123 is missing from the repository");
        ScanReport report = new ScanReport("2", "/srv/\"linux\"", null, List.of(noNote, rc), failures);

        String json = ScanJson.write(report);
        ScanReport read = ScanDatasetJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(read).isEqualTo(report);
        assertThat(ScanJson.write(read)).isEqualTo(json);
    }
}
