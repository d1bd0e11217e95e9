package dev.oxidometer.ui.news;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import dev.oxidometer.news.Claim;

/**
 * Claims as the claims check found them: verdict, kind and subject, the evidence, and the quote they came from.
 * Every part is set as text, never as HTML, so a checked text cannot inject markup.
 */
public class ClaimsList extends Div {

    public ClaimsList(List<Claim> claims, String whenEmpty) {
        addClassName("claims-list");
        if (claims.isEmpty()) {
            add(new Span(whenEmpty));
            return;
        }
        long supported = claims.stream().filter(c -> c.verdict().key().equals("supported")).count();
        long contradicted = claims.stream().filter(c -> c.verdict().key().equals("contradicted")).count();
        Span summary = new Span(claims.size() + (claims.size() == 1 ? " claim: " : " claims: ") + supported
                + " supported, " + contradicted + " contradicted, " + (claims.size() - supported - contradicted)
                + " unverifiable");
        summary.addClassName("claims-summary");
        UnorderedList list = new UnorderedList();
        list.getStyle().set("padding-left", "1.2em");
        for (Claim c : claims) {
            ListItem item = new ListItem();
            item.addClassName("claim");
            item.getElement().setAttribute("data-verdict", c.verdict().key());
            Span verdict = new Span(c.verdict().key());
            String tone = switch (c.verdict()) {
                case SUPPORTED -> "success";
                case CONTRADICTED -> "error";
                case UNVERIFIABLE -> "contrast";
            };
            verdict.getStyle().set("background", "var(--lumo-" + tone + "-color-10pct)")
                    .set("color", "var(--lumo-" + (tone.equals("contrast") ? "body" : tone) + "-text-color)")
                    .set("border-radius", "var(--lumo-border-radius-s)").set("padding", "0 0.4em")
                    .set("font-size", "var(--lumo-font-size-s)");
            verdict.addClassName("claim-verdict");
            Span what = new Span(" " + c.kind() + ": " + c.subject());
            what.getStyle().set("font-weight", "600");
            Div evidence = new Div(c.evidence());
            evidence.addClassName("claim-evidence");
            Div quote = new Div("“" + c.quote() + "”");
            quote.addClassName("claim-quote");
            quote.getStyle().set("font-style", "italic").set("color", "var(--lumo-secondary-text-color)")
                    .set("overflow-wrap", "anywhere");
            evidence.getStyle().set("overflow-wrap", "anywhere");
            item.add(verdict, what, evidence, quote);
            item.getStyle().set("margin-bottom", "0.5em");
            list.add(item);
        }
        add(summary, list);
    }
}
