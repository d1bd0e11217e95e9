package dev.oxidometer.news;

import dev.oxidometer.release.ReleaseGaps;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One reading of a {@link KernelInventory} for a batch of articles: {@link CatalogKernelInventory} reads the stored
 * history again on every call, and a feed import asks for the releases, drivers and modules once per entry (10,000
 * times for a large feed). Each answer is read on first use and then kept for the snapshot's life, which is one
 * batch: a scan that lands meanwhile is seen by the next batch.
 */
final class InventorySnapshot implements KernelInventory {

    private final KernelInventory source;
    private final Map<String, Object> read = new ConcurrentHashMap<>();

    private InventorySnapshot(KernelInventory source) {
        this.source = source;
    }

    static KernelInventory of(KernelInventory source) {
        return source instanceof InventorySnapshot ? source : new InventorySnapshot(source);
    }

    @SuppressWarnings("unchecked")
    private <T> T once(String question, Supplier<T> answer) {
        return (T) read.computeIfAbsent(question, q -> answer.get());
    }

    @Override
    public List<Release> releases() {
        return once("releases", () -> List.copyOf(source.releases()));
    }

    @Override
    public List<String> rustPaths(String tag) {
        return once("rustPaths " + tag, () -> List.copyOf(source.rustPaths(tag)));
    }

    @Override
    public List<DriverRef> drivers() {
        return once("drivers", () -> List.copyOf(source.drivers()));
    }

    @Override
    public List<String> abstractions() {
        return once("abstractions", () -> List.copyOf(source.abstractions()));
    }

    @Override
    public Map<String, Object> metrics(String tag) {
        return once("metrics " + tag, () -> Collections.unmodifiableMap(new LinkedHashMap<>(source.metrics(tag))));
    }

    @Override
    public ReleaseGaps gaps() {
        return once("gaps", source::gaps);
    }
}
