package dev.oxidometer.release;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.oxidometer.scan.Category;
import dev.oxidometer.scan.Driver;
import dev.oxidometer.scan.LineCounts;
import dev.oxidometer.scan.ReleaseScan;
import dev.oxidometer.scan.RustFile;

/** Builds {@link ReleaseScan}s for storage tests: {@code Releases.tag("v6.1").file(...).driver(...).build()}. */
final class Releases {

    private final String tag;
    private Instant date = Instant.parse("2024-01-01T00:00:00Z");
    private String note;
    private final Map<String, Object> metrics = new LinkedHashMap<>();
    private final List<RustFile> files = new ArrayList<>();
    private final List<Driver> drivers = new ArrayList<>();
    private final List<String> abstractions = new ArrayList<>();

    private Releases(String tag) {
        this.tag = tag;
    }

    static Releases tag(String tag) {
        return new Releases(tag);
    }

    Releases date(String iso) {
        date = Instant.parse(iso);
        return this;
    }

    Releases note(String firstLine) {
        note = firstLine;
        return this;
    }

    Releases metric(String key, Object value) {
        metrics.put(key, value);
        return this;
    }

    Releases file(String path, Category category, String blobId, long lines, long code) {
        files.add(new RustFile(path, category, blobId, new LineCounts(lines, code, lines - code, 0)));
        return this;
    }

    Releases file(String path, Category category, String blobId, LineCounts counts) {
        files.add(new RustFile(path, category, blobId, counts));
        return this;
    }

    Releases driver(String name, String path, int files, long lines) {
        drivers.add(new Driver(name, path, files, lines));
        return this;
    }

    Releases abstractions(String... names) {
        abstractions.addAll(List.of(names));
        return this;
    }

    ReleaseScan build() {
        if (metrics.isEmpty()) {
            metrics.put("rust.files", (long) files.size());
            metrics.put("rust.lines", files.stream().mapToLong(f -> f.counts().lines()).sum());
        }
        return new ReleaseScan(tag, "c0ffee" + Integer.toHexString(tag.hashCode()), date, tag.contains("-rc"),
                note, metrics, drivers, abstractions, files);
    }
}
