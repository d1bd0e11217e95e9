package dev.oxidometer.ui.news;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;

import dev.oxidometer.news.CanonicalUrl;

/** The one way to render an article's URL: a link only for http(s), opened apart from the dashboard. */
public final class ArticleLinks {

    private ArticleLinks() {
    }

    public static Component open(String url, String text) {
        if (!CanonicalUrl.isWebUrl(url)) {
            return new Span(text);   // never a link for anything but http(s), whatever got into the data
        }
        Anchor a = new Anchor(url, text);
        a.setTarget(AnchorTarget.BLANK);
        a.getElement().setAttribute("rel", "noopener noreferrer");
        return a;
    }
}
