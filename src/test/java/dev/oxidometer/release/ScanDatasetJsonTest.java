package dev.oxidometer.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.oxidometer.scan.Category;
import dev.oxidometer.scan.LineCounts;
import dev.oxidometer.scan.ReleaseScan;
import dev.oxidometer.scan.RustFile;
import dev.oxidometer.scan.ScanReport;

class ScanDatasetJsonTest {

    static InputStream fixture() {
        return ScanDatasetJsonTest.class.getResourceAsStream("/datasets/small-corpus.json");
    }

    private static ScanReport read(String json) {
        return ScanDatasetJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_scanner_json_reads_into_releases_with_typed_metrics_and_unknown_fields_are_ignored() {
        ScanReport dataset = ScanDatasetJson.read(fixture());

        assertThat(dataset.rulesVersion()).isEqualTo("1");
        assertThat(dataset.repository()).isEqualTo("/corpus/linux.git-work");
        assertThat(dataset.scannedAt()).isEqualTo(Instant.parse("2026-11-24T11:00:00Z"));
        assertThat(dataset.releases()).extracting(ReleaseScan::tag).containsExactly("v6.1", "v6.12");
        ReleaseScan v61 = dataset.releases().getFirst();
        assertThat(v61.note()).isEqualTo("Debian linux 6.1.158");
        assertThat(v61.metrics()).containsEntry("rust.files", 3L).containsEntry("share.code", 0.00012)
                .containsEntry("rustc.min", "1.62.0").containsEntry("docs.mentions", null);
        assertThat(v61.metrics().keySet()).containsExactly("rust.files", "rust.lines", "rust.code",
                "share.code", "rustc.min", "docs.mentions");
        assertThat(v61.files()).contains(new RustFile("samples/rust/rust_minimal.rs", Category.SAMPLES,
                "3333333333333333333333333333333333333333", new LineCounts(20, 10, 5, 5)));
        assertThat(dataset.releases().get(1).drivers()).hasSize(1);
    }

    @Test
    void writing_a_dataset_and_reading_it_back_gives_the_same_dataset() {
        ScanReport dataset = ScanDatasetJson.read(fixture());
        byte[] json = ScanDatasetJson.MAPPER.writeValueAsBytes(ScanDatasetJson.toJson(dataset));

        assertThat(ScanDatasetJson.read(new ByteArrayInputStream(json))).isEqualTo(dataset);
    }

    @Test
    void a_document_that_is_not_json_is_refused_with_its_position() {
        assertThatThrownBy(() -> read("{\"rulesVersion\": \"1\", \"releases\": [")).isInstanceOf(DatasetException.class)
                .hasMessageStartingWith("Not valid JSON").hasMessageContaining("line 1");
    }

    @Test
    void a_release_without_a_tag_is_refused_naming_its_place() {
        assertThatThrownBy(() -> read("""
                {"rulesVersion":"1","releases":[{"commit":"0123456789abcdef0123456789abcdef01234567","date":"2024-01-01T00:00:00Z","metrics":{}}]}"""))
                .isInstanceOf(DatasetException.class).hasMessage("releases[0].tag is missing");
    }

    @Test
    void an_unknown_file_category_is_refused_with_the_known_ones() {
        assertThatThrownBy(() -> read("""
                {"rulesVersion":"1","releases":[{"tag":"v6.1","commit":"0123456789abcdef0123456789abcdef01234567","date":"2024-01-01T00:00:00Z",
                 "metrics":{},"files":[{"path":"x.rs","category":"misc","lines":1,"code":1,"comments":0,"blanks":0}]}]}"""))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("releases[0] (v6.1).files[0].category: unknown category misc")
                .hasMessageContaining("vendored, abstractions");
    }

    @Test
    void a_metric_that_is_neither_number_nor_text_nor_null_is_refused() {
        assertThatThrownBy(() -> read("""
                {"rulesVersion":"1","releases":[{"tag":"v6.1","commit":"0123456789abcdef0123456789abcdef01234567","date":"2024-01-01T00:00:00Z",
                 "metrics":{"rust.files":[1]}}]}"""))
                .isInstanceOf(DatasetException.class)
                .hasMessage("releases[0] (v6.1).metrics.rust.files must be a number, a text or null");
    }

    @Test
    void a_tag_listed_twice_is_refused() {
        String release = "{\"tag\":\"v6.1\",\"commit\":\"0123456789abcdef0123456789abcdef01234567\",\"date\":\"2024-01-01T00:00:00Z\",\"metrics\":{}}";
        assertThatThrownBy(() -> read("{\"rulesVersion\":\"1\",\"releases\":[" + release + "," + release + "]}"))
                .isInstanceOf(DatasetException.class).hasMessage("releases: tag v6.1 appears twice");
    }

    @Test
    void a_negative_line_count_or_a_bad_date_is_refused() {
        assertThatThrownBy(() -> read("""
                {"rulesVersion":"1","releases":[{"tag":"v6.1","commit":"0123456789abcdef0123456789abcdef01234567","date":"2024-01-01T00:00:00Z",
                 "metrics":{},"drivers":[{"name":"x","path":"drivers/x.rs","files":1,"lines":-3}]}]}"""))
                .isInstanceOf(DatasetException.class).hasMessageContaining("drivers[0].lines must be a whole number");
        assertThatThrownBy(() -> read("""
                {"rulesVersion":"1","releases":[{"tag":"v6.1","commit":"0123456789abcdef0123456789abcdef01234567","date":"yesterday","metrics":{}}]}"""))
                .isInstanceOf(DatasetException.class).hasMessageContaining("date must be an ISO-8601 date");
    }
}
