package dev.oxidometer.news;

import dev.oxidometer.release.ReleaseGaps;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One reading of a {@link KernelInventory} for a batch of articles: {@link CatalogKernelInventory} reads the stored
 * history again on every call, and a feed import asks for the releases, drivers and modules once per entry (10,000
 * times for a large feed). Each answer is read on first use and then kept for the snapshot's life, which is one
 * batch: a scan that lands meanwhile is seen by the next batch.
 */
final class InventorySnapshot implements KernelInventory {

    private final KernelInventory source;
    private List<Release> releases;
    private List<DriverRef> drivers;
    private List<String> abstractions;
    private ReleaseGaps gaps;
    private final Map<String, List<String>> rustPaths = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> metrics = new ConcurrentHashMap<>();

    private InventorySnapshot(KernelInventory source) {
        this.source = source;
    }

    static KernelInventory of(KernelInventory source) {
        return source instanceof InventorySnapshot ? source : new InventorySnapshot(source);
    }

    @Override
    public synchronized List<Release> releases() {
        if (releases == null) {
            releases = List.copyOf(source.releases());
        }
        return releases;
    }

    @Override
    public List<String> rustPaths(String tag) {
        return rustPaths.computeIfAbsent(tag, t -> List.copyOf(source.rustPaths(t)));
    }

    @Override
    public synchronized List<DriverRef> drivers() {
        if (drivers == null) {
            drivers = List.copyOf(source.drivers());
        }
        return drivers;
    }

    @Override
    public synchronized List<String> abstractions() {
        if (abstractions == null) {
            abstractions = List.copyOf(source.abstractions());
        }
        return abstractions;
    }

    @Override
    public Map<String, Object> metrics(String tag) {
        return metrics.computeIfAbsent(tag, t -> Collections.unmodifiableMap(new LinkedHashMap<>(source.metrics(t))));
    }

    @Override
    public synchronized ReleaseGaps gaps() {
        if (gaps == null) {
            gaps = source.gaps();
        }
        return gaps;
    }
}
