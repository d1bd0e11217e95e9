package dev.oxidometer.ui;

import dev.oxidometer.scan.ScanReport;
import dev.oxidometer.scan.Category;
import dev.oxidometer.scan.Driver;
import dev.oxidometer.scan.LineCounts;
import dev.oxidometer.scan.ReleaseScan;
import dev.oxidometer.scan.RustFile;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scanner datasets (contracts section 2) for the browser test and the UI benchmark, stored through the app. */
final class UiDatasets {

    private static final Instant START = Instant.parse("2022-10-02T12:00:00Z");

    private UiDatasets() {
    }

    /**
     * Five final releases and one release candidate: v6.0 (no Rust), v6.1 (first Rust), v6.2 (first driver),
     * v6.3-rc1, v6.3 (the driver moves), v6.4.
     */
    static ScanReport small() {
        List<String> tags = List.of("v6.0", "v6.1", "v6.2", "v6.3-rc1", "v6.3", "v6.4");
        int[] steps = {0, 1, 2, 3, 3, 4};
        List<ReleaseScan> releases = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            releases.add(release(tags.get(i), i, steps[i], 0));
        }
        return new ScanReport("1", "/fixtures/linux", START.plus(400, ChronoUnit.DAYS), releases, Map.of());
    }

    /**
     * Another tree beside {@link #small()} (issue 13's picker and comparison): v6.1, v6.2 and v6.4 only, each a
     * point release of its own (tag notes "Linux 6.2 (other tree, Linux 6.2.16)"), one step ahead of small()'s
     * release of the same version, so every compared value differs: rust.adoption.code 2,200, 3,350, 5,650 (small()
     * has 1,050, 2,200, 4,500 at these versions).
     */
    static ScanReport otherTree() {
        List<String> tags = List.of("v6.1", "v6.2", "v6.4");
        int[] positions = {1, 2, 5};
        int[] steps = {2, 3, 5};
        int[] points = {88, 16, 3};
        List<ReleaseScan> releases = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            ReleaseScan r = release(tags.get(i), positions[i], steps[i], 0);
            String version = tags.get(i).substring(1);
            releases.add(new ReleaseScan(r.tag(), String.format("%040x", 0xbeefL + i), r.date().plus(3, ChronoUnit.DAYS),
                    false, "Linux " + version + " (other tree, Linux " + version + "." + points[i] + ")", r.metrics(),
                    r.drivers(), r.abstractions(), r.files()));
        }
        return new ScanReport("1", "/fixtures/other", START.plus(401, ChronoUnit.DAYS), releases, Map.of());
    }

    /** Many releases with many metrics, for timing the Adoption view: {@code releases} tags, ~{@code metrics} keys. */
    static ScanReport synthetic(int releases, int metrics) {
        List<ReleaseScan> out = new ArrayList<>();
        for (int i = 0; i < releases; i++) {
            out.add(release("v6." + i, i, i, metrics));
        }
        return new ScanReport("1", "/bench/linux", START.plus(10_000, ChronoUnit.DAYS), out, Map.of());
    }

    private static ReleaseScan release(String tag, int position, int step, int metricCount) {
        boolean rc = tag.contains("-rc");
        Map<String, Object> m = new LinkedHashMap<>();
        long[] code = new long[Category.values().length];
        for (Category c : Category.values()) {
            code[c.ordinal()] = step == 0 ? 0 : switch (c) {
                case VENDORED -> 20_000;
                case ABSTRACTIONS -> 1_000L * step;
                case INFRASTRUCTURE -> 500L * step;
                case DRIVERS -> step < 2 ? 0 : 150L * (step - 1);
                case SAMPLES -> 50;
                case OTHER -> 10L * step;
            };
        }
        long adoption = 0;
        long rust = 0;
        for (Category c : Category.values()) {
            rust += code[c.ordinal()];
            // as CountingRules defines it: abstractions + drivers + samples
            boolean counts = c == Category.ABSTRACTIONS || c == Category.DRIVERS || c == Category.SAMPLES;
            adoption += counts ? code[c.ordinal()] : 0;
        }
        long c = 20_000_000L + 100_000L * step;
        m.put("rust.files", step == 0 ? 0 : 10 * step);
        m.put("rust.lines", rust * 13 / 10);
        m.put("rust.code", rust);
        m.put("rust.comments", rust / 5);
        m.put("rust.blanks", rust / 10);
        for (Category cat : Category.values()) {
            m.put("rust." + cat.key() + ".files", code[cat.ordinal()] / 100);
            m.put("rust." + cat.key() + ".lines", code[cat.ordinal()] * 13 / 10);
            m.put("rust." + cat.key() + ".code", code[cat.ordinal()]);
        }
        m.put("rust.adoption.code", adoption);
        m.put("c.files", 30_000 + step);
        m.put("c.lines", c * 13 / 10);
        m.put("c.code", c);
        m.put("share.lines", (double) rust / (rust + c));
        m.put("share.code", (double) rust / (rust + c));
        m.put("share.adoption.code", (double) adoption / (rust + c));
        m.put("drivers.modules", step < 2 ? 0 : step - 1);
        m.put("drivers.dirs", step < 2 ? 0 : 1);
        m.put("docs.rust.files", step == 0 ? 0 : 3 + step);
        m.put("docs.rust.lines", step == 0 ? 0 : 300 + 10 * step);
        m.put("docs.mentions", 5 * step);
        m.put("abstractions.modules", 5 * step);
        m.put("maintainers.rust", step == 0 ? 0 : 2);
        m.put("kconfig.rust.symbols", step == 0 ? 0 : 3);
        m.put("kconfig.rust.depends", 2 * step);
        m.put("unsafe.blocks", 40 * step);
        m.put("safety.comments", 30 * step);
        m.put("rustc.min", step == 0 ? null : "1.62.0");
        for (int k = m.size(); k < metricCount; k++) {
            m.put("bench.extra" + k, (long) k * step);
        }

        List<Driver> drivers = new ArrayList<>();
        List<RustFile> files = new ArrayList<>();
        if (step >= 2) {
            String path = step >= 3 ? "drivers/block/rnull/rnull.rs" : "drivers/block/rnull.rs";
            drivers.add(new Driver("rnull_mod", path, 1, code[Category.DRIVERS.ordinal()]));
            files.add(file(path, Category.DRIVERS, code[Category.DRIVERS.ordinal()]));
        }
        List<String> abstractions = new ArrayList<>();
        if (step >= 1) {
            abstractions.add("alloc");
            abstractions.add("str");
            files.add(file("rust/kernel/str.rs", Category.ABSTRACTIONS, code[Category.ABSTRACTIONS.ordinal()]));
        }
        if (step >= 3) {
            abstractions.add("block");
        }
        Instant date = START.plus(63L * position, ChronoUnit.DAYS);
        return new ReleaseScan(tag, String.format("%040x", 0xc0ffeeL + position), date, rc, null, m, drivers,
                abstractions, files);
    }

    private static RustFile file(String path, Category category, long code) {
        return new RustFile(path, category, String.format("%040x", path.hashCode() & 0xffffffffL ^ code),
                new LineCounts(code * 13 / 10, code, code / 5, code / 10));
    }
}
