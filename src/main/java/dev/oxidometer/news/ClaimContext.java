package dev.oxidometer.news;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import dev.oxidometer.release.ReleaseGaps;
import dev.oxidometer.release.ReleaseRange;
import dev.oxidometer.scan.ReleaseTag;

/**
 * What the claim rules check against: the release timeline (final releases, every release when none is final),
 * which releases are missing between them, their Rust paths and metrics (read once each), the alias table and the
 * date the text speaks from ({@code null}: now, so the newest scanned release).
 */
final class ClaimContext {

    final List<KernelInventory.Release> timeline;
    final ReleaseGaps gaps;
    final List<Alias> aliases;
    final Instant at;
    private final KernelInventory inventory;
    private final Map<String, List<String>> paths = new HashMap<>();
    private final Map<String, Map<String, Object>> metrics = new HashMap<>();
    private List<KernelInventory.DriverRef> drivers;
    private List<String> abstractions;

    ClaimContext(KernelInventory inventory, List<Alias> aliases, Instant at) {
        this.inventory = inventory;
        List<KernelInventory.Release> finals = inventory.releases().stream().filter(r -> !r.rc()).toList();
        this.timeline = finals.isEmpty() ? inventory.releases() : finals;
        this.gaps = inventory.gaps();
        this.aliases = aliases;
        this.at = at;
    }

    List<String> rustPaths(String tag) {
        return paths.computeIfAbsent(tag, inventory::rustPaths);
    }

    Map<String, Object> metrics(String tag) {
        return metrics.computeIfAbsent(tag, inventory::metrics);
    }

    List<KernelInventory.DriverRef> drivers() {
        if (drivers == null) {
            drivers = inventory.drivers();
        }
        return drivers;
    }

    List<String> abstractions() {
        if (abstractions == null) {
            abstractions = inventory.abstractions();
        }
        return abstractions;
    }

    boolean empty() {
        return timeline.isEmpty();
    }

    KernelInventory.Release newest() {
        return timeline.getLast();
    }

    /** The newest scanned release out at {@link #at}, or the newest of all without a date; empty when none was. */
    Optional<KernelInventory.Release> current() {
        if (at == null) {
            return timeline.isEmpty() ? Optional.empty() : Optional.of(newest());
        }
        KernelInventory.Release found = null;
        for (KernelInventory.Release r : timeline) {
            if (r.date() != null && !r.date().isAfter(at)) {
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The scanned release after {@code tag} when releases are missing between them (so a value at a date in between is not known). */
    Optional<KernelInventory.Release> acrossGap(KernelInventory.Release r) {
        String next = gaps.next(r.tag());
        if (next == null || gaps.adjacent(r.tag(), next)) {
            return Optional.empty();
        }
        return timeline.stream().filter(t -> t.tag().equals(next)).findFirst();
    }

    /** The first scanned release whose Rust paths satisfy {@code has}, with its range. */
    Optional<ReleaseRange> firstWith(Predicate<String> has) {
        for (KernelInventory.Release r : timeline) {
            if (has.test(r.tag())) {
                return Optional.of(gaps.firstSeenIn(r.tag()));
            }
        }
        return Optional.empty();
    }

    boolean isScanned(String tag) {
        return timeline.stream().anyMatch(r -> r.tag().equals(tag));
    }

    static int compare(String a, String b) {
        return ReleaseTag.compareNames(a, b);
    }

    /** "5 scanned releases, v5.10 to v7.3". */
    String scannedSpan() {
        if (timeline.isEmpty()) {
            return "0 scanned releases";
        }
        return timeline.size() == 1 ? "1 scanned release, " + timeline.getFirst().tag()
                : timeline.size() + " scanned releases, " + timeline.getFirst().tag() + " to " + newest().tag();
    }
}
