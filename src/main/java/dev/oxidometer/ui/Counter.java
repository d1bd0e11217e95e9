package dev.oxidometer.ui;

import com.vaadin.flow.component.html.Div;

/** One headline number with its caption and, when known, the change since the previous release. */
class Counter extends Div {

    /**
     * The caption, its first parenthesized part (which keys or categories it sums) in a span of its own, which a
     * phone leaves out to keep the headline short: "Rust adoption code lines, v7.3".
     */
    static Div caption(String text) {
        Div c = new Div();
        c.addClassName("caption");
        int open = text.indexOf(" (");
        int close = open < 0 ? -1 : text.indexOf(')', open);
        if (close < 0) {
            c.setText(text);
            return c;
        }
        com.vaadin.flow.component.html.Span detail = new com.vaadin.flow.component.html.Span(
                text.substring(open, close + 1));
        detail.addClassName("detail");
        c.add(new com.vaadin.flow.component.Text(text.substring(0, open)), detail,
                new com.vaadin.flow.component.Text(text.substring(close + 1)));
        return c;
    }

    Counter(String id, String caption, String value, String change) {
        addClassName("oxido-counter");
        setId(id);
        Div v = new Div(value);
        v.addClassName("value");
        Div c = caption(caption);
        add(v, c);
        if (change != null) {
            Div d = new Div(change + " since previous release");
            d.addClassName("oxido-muted");
            add(d);
        }
    }
}
