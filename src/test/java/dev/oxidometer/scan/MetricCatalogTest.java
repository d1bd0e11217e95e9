package dev.oxidometer.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every metric key a scan stores has a name, unit, group and definition, and the rules page lists exactly those. */
class MetricCatalogTest {

    @TempDir
    Path dir;

    private static List<String> catalogKeys() {
        return CountingRules.metrics().all().stream().map(Metric::key).toList();
    }

    @Test
    void every_key_a_scan_emits_has_a_metric_and_the_catalog_lists_no_other() throws IOException {
        try (TestKernel kernel = TestKernel.create(dir, false)) {
            kernel.lightweightTag("v6.1", KernelScannerTest.smallKernel(kernel).commit(KernelScannerTest.D1));
        }
        try (KernelScanner scanner = KernelScanner.open(dir, BlobCache.inMemory())) {
            ReleaseScan scan = scanner.scanAll(TagSelection.ALL_RELEASES, ScanListener.NONE).releases().getFirst();
            assertThat(catalogKeys()).containsExactlyInAnyOrderElementsOf(scan.metrics().keySet());
            for (String key : scan.metrics().keySet()) {
                Metric m = CountingRules.metrics().get(key).orElseThrow();
                assertThat(m.name()).as(key).isNotBlank().isNotEqualTo(key);
                assertThat(m.definition()).as(key).isNotBlank();
                assertThat(m.group()).as(key).isNotBlank();
                // a number is a number of something; rustc.min alone is a version string
                assertThat(m.numeric()).as(key).isEqualTo(!(scan.metrics().get(key) instanceof String));
                assertThat(m.fraction()).as(key).isEqualTo(key.startsWith("share."));
            }
        }
    }

    @Test
    void the_bundled_dataset_has_no_key_without_a_metric() throws IOException {
        JsonNode root = JsonMapper.builder().build()
                .readTree(Files.readString(Path.of("src/main/resources/data/kernel-corpus.json")));
        Set<String> keys = new TreeSet<>();
        for (JsonNode release : root.get("releases")) {
            keys.addAll(release.get("metrics").propertyNames());
        }
        assertThat(keys).isNotEmpty();
        assertThat(catalogKeys()).containsAll(keys);
    }

    @Test
    void the_rules_page_lists_each_metric_once_with_the_catalogs_name_unit_and_definition() {
        RulesDocument.Section section = CountingRules.document().sections().stream()
                .filter(s -> s.title().equals("Metrics")).findFirst().orElseThrow();
        List<String> keys = new ArrayList<>();
        for (List<String> row : section.table().rows()) {
            String key = row.getFirst().replace("`", "");
            keys.add(key);
            Metric m = CountingRules.metrics().get(key).orElseThrow();
            // a share is stored as a fraction of 1 (0.00037 in the JSON): a bare "%" would be read as 0.00037 %
            String unit = key.startsWith("share.") ? "fraction of 1 (shown in %)" : m.unit();
            assertThat(row).containsExactly("`" + key + "`", m.name(), unit, m.definition());
        }
        assertThat(keys).containsExactlyElementsOf(catalogKeys());
    }

    @Test
    void groups_are_contiguous_so_a_picker_can_list_them_under_headings() {
        List<String> seen = new ArrayList<>();
        for (Metric m : CountingRules.metrics().all()) {
            if (seen.isEmpty() || !seen.getLast().equals(m.group())) {
                assertThat(seen).as("group " + m.group() + " appears twice").doesNotContain(m.group());
                seen.add(m.group());
            }
        }
        assertThat(CountingRules.metrics().get("nope")).isEmpty();
        assertThat(CountingRules.metrics().get(null)).isEmpty();
    }
}
