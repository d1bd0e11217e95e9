package dev.oxidometer.news;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.oxidometer.release.AbstractionModule;
import dev.oxidometer.release.ReleaseCatalog;
import dev.oxidometer.release.RustFileRow;

/** The kernel inventory of the default repository, as {@link ReleaseCatalog} stores it. */
@Component
class CatalogKernelInventory implements KernelInventory {

    private final ReleaseCatalog catalog;

    CatalogKernelInventory(ReleaseCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<Release> releases() {
        return catalog.releases(true).stream().map(r -> new Release(r.tag(), r.date(), r.rc())).toList();
    }

    @Override
    public List<String> rustPaths(String tag) {
        return catalog.files(tag).stream().map(RustFileRow::path).toList();
    }

    @Override
    public List<DriverRef> drivers() {
        return catalog.drivers().stream().map(d -> new DriverRef(d.name(), d.path())).toList();
    }

    @Override
    public dev.oxidometer.release.ReleaseGaps gaps() {
        return catalog.gaps();
    }

    @Override
    public Map<String, Object> metrics(String tag) {
        return catalog.release(tag).map(r -> r.metrics()).orElse(Map.of());
    }

    @Override
    public List<String> abstractions() {
        return catalog.abstractions().stream().map(AbstractionModule::name).toList();
    }
}
