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

    /** The pages' stylesheet (static, not in the frontend bundle): short paths, labels, narrow-screen tables. */
    static final String STYLESHEET = "context://styles/pages.css";

    /** Paths longer than this are shortened on narrow screens. */
    static final int SHORT_LENGTH = 34;

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
            return new Span(path);
        }
        Span full = new Span(path);
        full.addClassName("oxido-path-full");
        Span brief = new Span(shortened);
        brief.addClassName("oxido-path-short");
        return new Span(full, brief);
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
