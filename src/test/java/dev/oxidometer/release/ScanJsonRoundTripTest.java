package dev.oxidometer.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.oxidometer.scan.BlobCache;
import dev.oxidometer.scan.KernelScanner;
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
            json = ScanJson.write(report, scanner::note);
        }

        ScanDataset read = ScanDatasetJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(read.rulesVersion()).isEqualTo(report.rulesVersion());
        assertThat(read.repository()).isEqualTo(report.repository());
        assertThat(read.scannedAt()).isEqualTo(report.scannedAt());
        assertThat(read.failures()).isEqualTo(report.failures());
        assertThat(read.releases()).extracting(ScanDataset.Release::scan).containsExactlyElementsOf(report.releases());
        assertThat(read.releases()).extracting(ScanDataset.Release::note)
                .containsExactly("Linux v6.1 test tree", "Linux v6.2 test tree", "Linux v6.3 test tree");

        Map<String, Object> exported = ScanDatasetJson.toJson(read);
        assertThat(ScanDatasetJson.MAPPER.writeValueAsString(exported))
                .isEqualTo(ScanDatasetJson.MAPPER.writeValueAsString(ScanDatasetJson.MAPPER.readValue(json, Map.class)));
    }
}
