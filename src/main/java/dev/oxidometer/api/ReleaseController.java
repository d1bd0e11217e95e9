package dev.oxidometer.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.oxidometer.release.AbstractionModule;
import dev.oxidometer.release.DataSource;
import dev.oxidometer.release.DefaultRepository;
import dev.oxidometer.release.DriverRelease;
import dev.oxidometer.release.DriverSummary;
import dev.oxidometer.release.ReleaseCatalog;
import dev.oxidometer.release.ReleaseDiff;
import dev.oxidometer.release.ReleaseSummary;
import dev.oxidometer.release.Repo;
import dev.oxidometer.release.RustFileRow;
import dev.oxidometer.release.TreeEvent;

/** The stored release history, read-only and public. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class ReleaseController {

    /** A release with its previous release (for diffs) and its {@code .rs} files. */
    record ReleaseDetails(String tag, String commit, Instant date, boolean rc, String rulesVersion,
                          Map<String, Object> metrics, String previousTag, List<RustFileRow> files) {
    }

    record DriverDetails(DriverSummary driver, List<DriverRelease> history) {
    }

    private final ReleaseCatalog catalog;
    private final DefaultRepository shown;

    ReleaseController(ReleaseCatalog catalog, DefaultRepository shown) {
        this.catalog = catalog;
        this.shown = shown;
    }

    /** Releases in version order with their metrics; {@code rc=true} adds release candidates. */
    @GetMapping("/releases")
    List<ReleaseSummary> releases(@RequestParam(defaultValue = "false") boolean rc) {
        return catalog.releases(rc);
    }

    @GetMapping("/releases/{tag}")
    ReleaseDetails release(@PathVariable String tag) {
        ReleaseSummary r = catalog.release(tag).orElseThrow(() -> unknownRelease(tag));
        String previous = catalog.previous(tag, r.rc()).map(ReleaseSummary::tag).orElse(null);
        return new ReleaseDetails(r.tag(), r.commit(), r.date(), r.rc(), r.rulesVersion(), r.metrics(), previous,
                catalog.files(tag));
    }

    /** What changed from {@code from} (default: the previous release) to {@code tag}. */
    @GetMapping("/releases/{tag}/diff")
    ReleaseDiff diff(@PathVariable String tag, @RequestParam(required = false) String from) {
        ReleaseSummary to = catalog.release(tag).orElseThrow(() -> unknownRelease(tag));
        String base = from != null ? from : catalog.previous(tag, to.rc()).map(ReleaseSummary::tag)
                .orElseThrow(() -> new NoSuchElementException(tag + " is the oldest stored release: give ?from="));
        return catalog.diff(base, tag);
    }

    @GetMapping("/drivers")
    List<DriverSummary> drivers() {
        return catalog.drivers();
    }

    @GetMapping("/drivers/{name}")
    DriverDetails driver(@PathVariable String name) {
        DriverSummary driver = catalog.driver(name)
                .orElseThrow(() -> new NoSuchElementException("No driver named " + name));
        return new DriverDetails(driver, catalog.driverHistory(name));
    }

    @GetMapping("/abstractions")
    List<AbstractionModule> abstractions() {
        return catalog.abstractions();
    }

    /**
     * What changed in the tree between consecutive scanned releases, all releases in version order: crates under
     * rust/ added or removed, drivers added, removed or moved, the minimum rustc, the first Rust and the first driver.
     * Each says the range it happened in ({@code afterTag} to {@code tag}, {@code exact} when nothing is missing).
     */
    @GetMapping("/events")
    List<TreeEvent> events() {
        return catalog.events();
    }

    /** Where the numbers come from: repository, rules version, scan date, trees. */
    @GetMapping("/source")
    DataSource source() {
        return catalog.dataSource().orElseThrow(() -> new NoSuchElementException("No data is stored yet"));
    }

    @GetMapping(path = "/metrics.csv", produces = "text/csv;charset=UTF-8")
    String metricsCsv(@RequestParam(defaultValue = "false") boolean rc) {
        return MetricsCsv.write(shown.get().map(Repo::name).orElse(""), catalog.metricKeys(), catalog.releases(rc));
    }

    static NoSuchElementException unknownRelease(String tag) {
        return new NoSuchElementException("No release " + tag + " is stored");
    }
}
