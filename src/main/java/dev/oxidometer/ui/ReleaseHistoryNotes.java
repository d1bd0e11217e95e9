package dev.oxidometer.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import dev.oxidometer.release.ReleaseCatalog;
import dev.oxidometer.release.ReleaseGaps;
import dev.oxidometer.release.ReleaseRange;
import dev.oxidometer.release.TreeEvent;
import dev.oxidometer.release.TreeNote;

/**
 * The Release view's truthful-history parts, kept beside it: which tree the tag is (when not upstream), and the
 * tree events since the scanned release before, each with its range.
 */
final class ReleaseHistoryNotes {

    private ReleaseHistoryNotes() {
    }

    /** "Not the upstream v6.1 release: ...", or nothing for an upstream tree. */
    static List<Paragraph> treeNote(ReleaseCatalog catalog, String tag) {
        return catalog.note(tag).flatMap(note -> TreeNote.sentence(tag, note)).map(sentence -> {
            Paragraph p = new Paragraph(sentence + " Source links go to the upstream " + tag + " tag.");
            p.setId("tree-note");
            p.addClassName("oxido-muted");
            return List.of(p);
        }).orElse(List.of());
    }

    /** The release's events, or a sentence saying why there are none. */
    static Div events(ReleaseCatalog catalog, String tag) {
        Div box = new Div();
        box.setId("release-events");
        ReleaseGaps gaps = RangeLinks.gaps(catalog);
        List<TreeEvent> events = catalog.events(tag);
        String previous = gaps.previous(tag);
        if (!gaps.scanned().contains(tag)) {
            box.add(new Paragraph("Tree events are worked out between final releases; this tag is not one."));
            return box;
        }
        if (previous == null) {
            box.add(new Paragraph("The first scanned release: there is no scanned release before it to compare."));
            return box;
        }
        ReleaseRange range = gaps.between(previous, tag);
        box.add(new Paragraph(range.exact()
                ? "Since " + previous + ", the release right before:"
                : "Since " + previous + ", the scanned release before; these happened "
                        + range.phrase() + ":"));
        if (events.isEmpty()) {
            // drivers that only changed in size are no tree event: the summary above counts them
            box.add(new Paragraph("No tree event: no crate or driver was added, removed or moved, and the minimum"
                    + " rustc did not change (where both releases state one)."));
        }
        for (TreeEvent e : events) {
            Paragraph p = new Paragraph(new Span(AdoptionEvents.kindLabel(e.kind()) + ": "),
                    new Span(e.subject()), new Span(e.detail() == null ? "" : " · " + e.detail()));
            p.addClassName("oxido-event");
            box.add(p);
        }
        return box;
    }
}
