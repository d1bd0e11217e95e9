package dev.oxidometer.ui;

import com.vaadin.flow.component.html.Div;

/** One headline number with its caption and, when known, the change since the previous release. */
class Counter extends Div {

    Counter(String id, String caption, String value, String change) {
        addClassName("oxido-counter");
        setId(id);
        Div v = new Div(value);
        v.addClassName("value");
        Div c = new Div(caption);
        c.addClassName("caption");
        add(v, c);
        if (change != null) {
            Div d = new Div(change + " since previous release");
            d.addClassName("oxido-muted");
            add(d);
        }
    }
}
