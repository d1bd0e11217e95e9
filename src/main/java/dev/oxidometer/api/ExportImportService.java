package dev.oxidometer.api;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.oxidometer.release.DatasetException;
import dev.oxidometer.release.DatasetLoader;
import dev.oxidometer.release.ExportContributor;
import dev.oxidometer.release.Repo;
import dev.oxidometer.release.ScanDatasetJson;
import dev.oxidometer.scan.CountingRules;
import dev.oxidometer.scan.ScanReport;
import tools.jackson.databind.JsonNode;

/**
 * Export of everything, and import of an export or of a scanner's JSON. An import is one transaction: a document
 * that is malformed anywhere is rejected whole, and nothing of it is stored.
 */
@Service
public class ExportImportService {

    static final String FORMAT = "oxidometer-export";

    /** What an import stored. */
    public record ImportResult(String format, List<String> sections, List<String> repositories, int releases) {
    }

    private final List<ExportContributor> contributors;
    private final DatasetLoader loader;

    public ExportImportService(List<ExportContributor> contributors, DatasetLoader loader) {
        this.contributors = contributors.stream().sorted(Comparator.comparingInt(ExportContributor::order)).toList();
        this.loader = loader;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> export() {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("format", FORMAT);
        export.put("formatVersion", 1);
        export.put("exportedAt", Instant.now().toString());
        export.put("rulesVersion", CountingRules.RULES_VERSION);
        for (ExportContributor contributor : contributors) {
            export.put(contributor.section(), contributor.exportSection());
        }
        return export;
    }

    /**
     * Imports scanner output (a document with a {@code releases} list; into the repository {@code repository} if
     * given, else the one with the document's path) or an oxidometer export.
     */
    @Transactional
    public ImportResult importJson(InputStream in, String repository) {
        JsonNode root = ScanDatasetJson.parse(in);
        if (root.has("releases")) {
            ScanReport dataset = ScanDatasetJson.read(root, "");
            Repo repo = loader.importDataset(dataset, repository);
            return new ImportResult("scanner", List.of(), List.of(repo.name()), dataset.releases().size());
        }
        if (!root.isObject() || !FORMAT.equals(root.path("format").asString(""))) {
            throw new DatasetException("This is neither scanner output (a document with a \"releases\" list) nor an "
                    + "oxidometer export (\"format\": \"" + FORMAT + "\")");
        }
        List<String> sections = new ArrayList<>();
        for (ExportContributor contributor : contributors) {
            JsonNode section = root.get(contributor.section());
            if (section != null && !section.isNull()) {
                contributor.importSection(section);
                sections.add(contributor.section());
            }
        }
        List<String> names = new ArrayList<>();
        int releases = 0;
        for (JsonNode entry : root.path("repositories").values()) {
            names.add(entry.path("name").asString(entry.path("repository").asString("")));
            releases += entry.path("releases").size();
        }
        return new ImportResult(FORMAT, sections, names, releases);
    }
}
