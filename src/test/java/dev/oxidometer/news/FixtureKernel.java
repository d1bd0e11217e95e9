package dev.oxidometer.news;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small kernel history for news tests: releases with dates and Rust paths, drivers and abstraction modules. */
public final class FixtureKernel implements KernelInventory {

    private final List<Release> releases = new ArrayList<>();
    private final Map<String, List<String>> paths = new LinkedHashMap<>();
    private final List<DriverRef> drivers = new ArrayList<>();
    private final List<String> abstractions = new ArrayList<>();
    private final Map<String, Map<String, Object>> metrics = new LinkedHashMap<>();

    public FixtureKernel release(String tag, String date, String... rustPaths) {
        releases.add(new Release(tag, Instant.parse(date + "T20:00:00Z"), tag.contains("-rc")));
        paths.put(tag, List.of(rustPaths));
        return this;
    }

    public FixtureKernel driver(String name, String path) {
        drivers.add(new DriverRef(name, path));
        return this;
    }

    /** Scanned metrics of a release, as key, value pairs: {@code metrics("v6.18", "c.lines", 35_000_000L)}. */
    public FixtureKernel metrics(String tag, Object... keysAndValues) {
        Map<String, Object> m = metrics.computeIfAbsent(tag, t -> new LinkedHashMap<>());
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return this;
    }

    public FixtureKernel abstractions(String... names) {
        abstractions.addAll(List.of(names));
        return this;
    }

    /**
     * Shaped on the real history around the Binder merge: v6.17 (2025-09-28), the v6.18 merge window closing with
     * v6.18-rc1 (2025-10-12), v6.18 (2025-11-30) bringing Binder and Tyr; no Rust under drivers/nvme anywhere.
     */
    public static FixtureKernel around618() {
        String[] common = {"rust/kernel/lib.rs", "rust/kernel/cpufreq.rs", "rust/kernel/workqueue.rs",
                "rust/kernel/time.rs", "drivers/gpu/nova-core/nova_core.rs", "drivers/net/phy/ax88796b_rust.rs",
                "drivers/gpu/drm/drm_panic_qr.rs", "drivers/cpufreq/rcpufreq_dt.rs"};
        return new FixtureKernel()
                .release("v6.16", "2025-07-27", concat(common, "drivers/block/rnull.rs"))
                .release("v6.17", "2025-09-28", concat(common, "drivers/block/rnull.rs"))
                .release("v6.18-rc1", "2025-10-12", concat(common, "drivers/block/rnull/rnull.rs",
                        "drivers/android/binder/rust_binder_main.rs"))
                .release("v6.18", "2025-11-30", concat(common, "drivers/block/rnull/rnull.rs",
                        "drivers/block/rnull/configfs.rs", "drivers/android/binder/rust_binder_main.rs",
                        "drivers/android/binder/node.rs", "drivers/gpu/drm/tyr/tyr.rs", "drivers/gpu/drm/nova/nova.rs"))
                .driver("rnull_mod", "drivers/block/rnull/rnull.rs")
                .driver("rust_binder", "drivers/android/binder/rust_binder_main.rs")
                .driver("nova_core", "drivers/gpu/nova-core/nova_core.rs")
                .driver("nova", "drivers/gpu/drm/nova/nova.rs")
                .driver("tyr", "drivers/gpu/drm/tyr/tyr.rs")
                .driver("ax88796b_rust", "drivers/net/phy/ax88796b_rust.rs")
                .driver("rcpufreq_dt", "drivers/cpufreq/rcpufreq_dt.rs")
                .abstractions("block", "cpufreq", "drm", "net", "sync", "time", "workqueue");
    }

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }

    @Override
    public List<Release> releases() {
        return releases;
    }

    @Override
    public List<String> rustPaths(String tag) {
        return paths.getOrDefault(tag, List.of());
    }

    @Override
    public List<DriverRef> drivers() {
        return drivers;
    }

    @Override
    public Map<String, Object> metrics(String tag) {
        return metrics.getOrDefault(tag, Map.of());
    }

    @Override
    public List<String> abstractions() {
        return abstractions;
    }
}
