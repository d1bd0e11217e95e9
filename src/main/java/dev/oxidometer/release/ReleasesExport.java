package dev.oxidometer.release;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.oxidometer.scan.CountingRules;
import dev.oxidometer.scan.ReleaseScan;
import dev.oxidometer.scan.ScanReport;
import tools.jackson.databind.JsonNode;

/**
 * The {@code repositories} section of the export: per repository its name and options, and its stored releases
 * in the scanner's JSON format (contracts section 2), so that each entry is also a valid scanner document.
 */
@Component
class ReleasesExport implements ExportContributor {

    private final RepositoryStore repositories;
    private final ReleaseStore releases;
    private final ScanRunStore runs;
    private final DatasetLoader loader;

    ReleasesExport(RepositoryStore repositories, ReleaseStore releases, ScanRunStore runs, DatasetLoader loader) {
        this.repositories = repositories;
        this.releases = releases;
        this.runs = runs;
        this.loader = loader;
    }

    @Override
    public String section() {
        return "repositories";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Object exportSection() {
        List<Object> entries = new ArrayList<>();
        for (Repo repo : repositories.all()) {
            List<ReleaseScan> stored = releases.load(repo.id());
            var run = runs.latestSucceeded(repo.id());
            String rulesVersion = run.map(ScanRunStore.ScanRun::rulesVersion).orElse(CountingRules.RULES_VERSION);
            var scannedAt = run.map(r -> r.sourceScannedAt() != null ? r.sourceScannedAt() : r.finished())
                    .orElse(null);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", repo.name());
            entry.put("includeRc", repo.includeRc());
            entry.put("origin", repositories.origin(repo.id()).map(o -> o.name().toLowerCase()).orElse(null));
            entry.putAll(ScanDatasetJson.toJson(new ScanReport(rulesVersion, repo.path(), scannedAt, stored,
                    Map.of())));
            entries.add(entry);
        }
        return entries;
    }

    @Override
    public void importSection(JsonNode section) {
        if (!section.isArray()) {
            throw new DatasetException("repositories must be a list");
        }
        // read every entry before storing any, so that an error names its place before anything is written
        List<ScanReport> datasets = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int i = 0;
        for (JsonNode entry : section.values()) {
            String at = "repositories[" + i++ + "]";
            datasets.add(ScanDatasetJson.read(entry, at));
            JsonNode name = entry.path("name");
            names.add(name.isString() && !name.stringValue().isBlank() ? name.stringValue() : null);
        }
        for (int k = 0; k < datasets.size(); k++) {
            loader.importDataset(datasets.get(k), names.get(k));
        }
    }
}
