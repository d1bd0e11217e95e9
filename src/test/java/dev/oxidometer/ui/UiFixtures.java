package dev.oxidometer.ui;

import dev.oxidometer.release.ReleaseSummary;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small, hand-checkable release histories for the view tests. */
final class UiFixtures {

    static final Instant START = Instant.parse("2022-10-02T12:00:00Z");

    private UiFixtures() {
    }

    /**
     * Releases v6.0 .. v6.(n-1), nine weeks apart. v6.0 has no Rust at all; from v6.1 each category grows
     * linearly (drivers from v6.2 on), so every number is predictable: rust.drivers.code = 100 * (i - 1) for i >= 2.
     */
    static List<ReleaseSummary> releases(int n) {
        List<ReleaseSummary> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(release("v6." + i, i, false));
        }
        return out;
    }

    static ReleaseSummary release(String tag, int i, boolean rc) {
        Map<String, Object> m = new LinkedHashMap<>();
        long abstractions = i == 0 ? 0 : 1000L * i;
        long infrastructure = i == 0 ? 0 : 500L * i;
        long drivers = i < 2 ? 0 : 100L * (i - 1);
        long samples = i == 0 ? 0 : 50;
        long other = i == 0 ? 0 : 10L * i;
        long vendored = i == 0 ? 0 : 20000;
        long adoption = abstractions + drivers + samples; // as CountingRules defines it
        long rust = abstractions + infrastructure + drivers + samples + other + vendored;
        long c = 20_000_000L + 100_000L * i;
        m.put("rust.files", i == 0 ? 0 : 10 * i);
        m.put("rust.lines", rust * 2);
        m.put("rust.code", rust);
        m.put("rust.vendored.code", vendored);
        m.put("rust.abstractions.code", abstractions);
        m.put("rust.infrastructure.code", infrastructure);
        m.put("rust.drivers.code", drivers);
        m.put("rust.samples.code", samples);
        m.put("rust.other.code", other);
        m.put("rust.adoption.code", adoption);
        m.put("c.code", c);
        m.put("share.code", (double) rust / (rust + c));
        m.put("share.adoption.code", (double) adoption / (rust + c));
        m.put("share.nonvendored.code", (double) (rust - vendored) / (rust - vendored + c));
        m.put("drivers.modules", i < 2 ? 0 : i - 1);
        m.put("abstractions.modules", i == 0 ? 0 : 5 * i);
        m.put("docs.rust.files", i == 0 ? 0 : 3 + i);
        m.put("maintainers.rust", i == 0 ? 0 : 2);
        m.put("unsafe.blocks", i == 0 ? 0 : 40 * i);
        m.put("rustc.min", i == 0 ? null : "1.62.0");
        return new ReleaseSummary(tag, "c0ffee" + i, START.plus(63L * i, ChronoUnit.DAYS), rc, "1", m);
    }
}
