package dev.oxidometer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;

/**
 * Paths of a release shown as links to their source ({@link SourceLinks}). When the tree counted is not the upstream
 * release (the bundled corpus's Debian point releases), the link goes to the upstream tag all the same, so it says
 * "upstream". A long path is written twice, whole and shortened in the middle, and the stylesheet shows the short
 * one on narrow screens, so the file name stays in sight.
 */
final class PathLinks {

    /** Paths longer than this are shortened on narrow screens. */
    static final int SHORT_LENGTH = 26;

    private final SourceLinks links;
    private final boolean upstreamOnly;

    /** @param upstreamOnly the counted tree is not the upstream release the links go to */
    PathLinks(SourceLinks links, boolean upstreamOnly) {
        this.links = links;
        this.upstreamOnly = upstreamOnly;
    }

    Component link(String path, String tag) {
        if (!links.enabled()) {
            Span span = label(path);
            span.addClassName("oxido-code");
            span.getElement().setAttribute("title", path);
            return span;
        }
        Anchor a = new Anchor(links.url(path, tag), "", AnchorTarget.BLANK);
        a.add(label(path));
        a.addClassName("oxido-code");
        a.getElement().setAttribute("rel", "noopener");
        a.getElement().setAttribute("title", (upstreamOnly ? "upstream source (not the tree counted here) of "
                : "source of ") + path + " at " + tag);
        if (upstreamOnly) {
            Span upstream = new Span("upstream");
            upstream.addClassName("oxido-upstream");
            a.add(upstream);
        }
        return a;
    }

    private static Span label(String path) {
        String shortened = middle(path, SHORT_LENGTH);
        if (shortened.equals(path)) {
            return breakable(path);
        }
        Span full = breakable(path);
        full.addClassName("oxido-path-full");
        Span brief = breakable(shortened);
        brief.addClassName("oxido-path-short");
        return new Span(full, brief);
    }

    /** The path with a line-break opportunity after each slash, so that a narrow cell wraps it there. */
    private static Span breakable(String path) {
        Span span = new Span();
        String[] parts = path.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            span.getElement().appendChild(com.vaadin.flow.dom.Element.createText(
                    i < parts.length - 1 ? parts[i] + "/" : parts[i]));
            if (i < parts.length - 1) {
                span.getElement().appendChild(new com.vaadin.flow.dom.Element("wbr"));
            }
        }
        return span;
    }

    /**
     * A path shortened in the middle to about {@code max} characters, keeping its first directory and its file name
     * whole: {@code drivers/gpu/nova-core/regs/macros.rs} becomes {@code drivers/…/regs/macros.rs}.
     */
    static String middle(String path, int max) {
        if (path.length() <= max) {
            return path;
        }
        String[] parts = path.split("/");
        if (parts.length < 3) {
            return path;
        }
        StringBuilder tail = new StringBuilder(parts[parts.length - 1]);
        int i = parts.length - 2;
        while (i > 0 && parts[0].length() + 3 + parts[i].length() + 1 + tail.length() <= max) {
            tail.insert(0, parts[i] + "/");
            i--;
        }
        return i == 0 ? path : parts[0] + "/…/" + tail;
    }
}
