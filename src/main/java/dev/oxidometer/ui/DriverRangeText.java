package dev.oxidometer.ui;

import java.util.Optional;

import dev.oxidometer.release.DriverSummary;
import dev.oxidometer.release.ReleaseGaps;
import dev.oxidometer.release.ReleaseRange;
import dev.oxidometer.ui.format.Format;

/** One driver's line of facts, with its landing and removal worded as ranges. */
final class DriverRangeText {

    private DriverRangeText() {
    }

    static String summary(DriverSummary d, ReleaseGaps gaps) {
        ReleaseRange landed = d.landed(gaps);
        Optional<ReleaseRange> removed = d.removed(gaps);
        String kind = d.isLibrary() ? "library (Rust under drivers/ in no module's tree)" : "module";
        return d.path() + " · " + kind + " · subsystem " + d.subsystem()
                + " · " + landed.describe("landed") + " (first scanned release with it: " + d.landedTag() + ", "
                + Format.date(d.landedDate()) + ")"
                + removed.map(r -> " · " + r.describe("removed")).orElse(" · in the newest scanned release")
                + " · last seen in " + d.lastTag()
                + " · " + d.files() + (d.files() == 1 ? " file, " : " files, ") + Format.number(d.lines()) + " lines"
                + (d.code() == null ? "" : ", " + Format.number(d.code()) + " code") + " (its module tree)";
    }
}
