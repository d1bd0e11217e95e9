package dev.oxidometer.news;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.oxidometer.release.ReleaseGaps;

/**
 * What news needs to know of the scanned kernel history: release dates, Rust file paths per release, driver and
 * abstraction names. {@link CatalogKernelInventory} reads it from the stored history; tests use fixture releases.
 */
public interface KernelInventory {

    record Release(String tag, Instant date, boolean rc) {
    }

    record DriverRef(String name, String path) {
    }

    /** In version order, release candidates included. */
    List<Release> releases();

    /** The {@code .rs} paths of one release. */
    List<String> rustPaths(String tag);

    List<DriverRef> drivers();

    List<String> abstractions();

    /**
     * The scanned metrics of one release ({@code c.lines}, {@code rust.code}, {@code share.code}, {@code rustc.min},
     * {@code docs.rust.pages}, ...: the scanner's keys); empty for an unknown tag or when none are stored.
     */
    default Map<String, Object> metrics(String tag) {
        return Map.of();
    }

    /**
     * Which releases are missing between the scanned ones ({@link ReleaseGaps}); by default the kernel's numbering
     * over the final releases (every release when none is final).
     */
    default ReleaseGaps gaps() {
        List<Release> finals = releases().stream().filter(r -> !r.rc()).toList();
        return ReleaseGaps.of((finals.isEmpty() ? releases() : finals).stream().map(Release::tag).toList());
    }
}
