package dev.oxidometer.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

import dev.oxidometer.release.ReleaseRange;

/**
 * A release range ({@link ReleaseRange}) in a table cell: its short label ("v6.2–v6.12", "≤ v6.1") linking to the
 * scanned release that first shows it, with the whole wording one hover away, so that no cell claims a landing
 * the scanned releases do not show.
 */
final class RangeLinks {

    private RangeLinks() {
    }

    /** @param verb "landed", "removed", "first merged"... */
    static RouterLink link(ReleaseRange range, String verb) {
        RouterLink link = new RouterLink(range.label(), ReleaseView.class, range.tag());
        link.getElement().setAttribute("title", capitalized(range.describe(verb)));
        link.getElement().setAttribute("aria-label", range.describe(verb));
        return link;
    }

    /**
     * The catalog's gaps; where it gives none (a catalog stand-in), the kernel's numbering over its final
     * releases, which is what the catalog itself falls back to for a dataset without its repository.
     */
    static dev.oxidometer.release.ReleaseGaps gaps(dev.oxidometer.release.ReleaseCatalog catalog) {
        dev.oxidometer.release.ReleaseGaps gaps = catalog.gaps();
        if (gaps != null) {
            return gaps;
        }
        java.util.List<dev.oxidometer.release.ReleaseSummary> releases = catalog.releases(false);
        return dev.oxidometer.release.ReleaseGaps.of(releases == null ? java.util.List.of()
                : releases.stream().map(dev.oxidometer.release.ReleaseSummary::tag).toList());
    }

    static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A range, or a dash for a fact with none (a driver that is not removed). */
    static com.vaadin.flow.component.Component linkOrDash(java.util.Optional<ReleaseRange> range, String verb) {
        return range.<com.vaadin.flow.component.Component>map(r -> link(r, verb)).orElseGet(() -> new Span("—"));
    }
}
