package dev.oxidometer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.oxidometer.news.ClaimRule;
import dev.oxidometer.news.ClaimsEngine;
import dev.oxidometer.scan.CountingRules;
import dev.oxidometer.scan.RulesDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * "How we count", rendered from {@link CountingRules#document()}: the very table the scanner applies, so the page
 * cannot drift from the counting.
 */
@Route("rules")
@Menu(title = "How we count", order = 4, icon = "vaadin:book")
@PageTitle("How we count · oxidometer")
@AnonymousAllowed
@com.vaadin.flow.component.dependency.StyleSheet(dev.oxidometer.ui.layout.NarrowScreen.STYLESHEET)
public class RulesView extends Div {

    public RulesView() {
        addClassName("oxido-page");
        setId("rules");
        RulesDocument doc = CountingRules.document();
        add(new H2(doc.title()));
        Paragraph version = new Paragraph("Counting rules version " + doc.rulesVersion()
                + ". Every stored number records the rules version it was counted with.");
        version.setId("rules-version");
        add(version);
        for (RulesDocument.Section section : doc.sections()) {
            add(new H3(section.title()));
            for (String paragraph : section.paragraphs()) {
                add(new Paragraph(inline(paragraph).toArray(Component[]::new)));
            }
            if (section.table() != null) {
                add(table(section.table()));
            }
        }
        add(claimRules());
    }

    /** The claims check's rules ({@link ClaimsEngine#rules()}), one row per kind, as {@code GET /api/claims/rules}. */
    static Div claimRules() {
        Div section = new Div();
        section.setId("claim-rules");
        section.add(new H2("How the claims check decides"));
        section.add(new Paragraph("The claims check (Articles, \"Check a text\", and POST /api/claims) reads a text"
                + " sentence by sentence. Each claim gets a verdict: supported (the scanned releases show it),"
                + " contradicted (they show otherwise) or unverifiable (nothing scanned can decide it), with evidence"
                + " naming the releases and the files or numbers used. A release that was not scanned is never taken"
                + " for one that was."));
        List<List<String>> rows = new ArrayList<>();
        for (ClaimRule r : ClaimsEngine.rules()) {
            rows.add(List.of("`" + r.kind() + "`", r.title(), r.finds(), r.decides()));
        }
        section.add(table(new RulesDocument.Table(List.of("Kind", "Claim", "What it reads", "How it decides"), rows)));
        return section;
    }

    /** Plain text with `code` in backticks, as the rules document writes it. */
    static List<Component> inline(String text) {
        List<Component> parts = new ArrayList<>();
        String[] pieces = text.split("`", -1);
        for (int i = 0; i < pieces.length; i++) {
            if (pieces[i].isEmpty()) {
                continue;
            }
            // Odd pieces sit between backticks; an unmatched final backtick leaves its text plain.
            boolean code = i % 2 == 1 && i < pieces.length - 1;
            parts.add(code ? new Code(pieces[i]) : new Text(pieces[i]));
        }
        return parts;
    }

    private static Component table(RulesDocument.Table table) {
        Element t = new Element("table");
        Element head = new Element("tr");
        for (String h : table.headers()) {
            head.appendChild(new Element("th").setText(h));
        }
        t.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (List<String> row : table.rows()) {
            Element tr = new Element("tr");
            for (String cell : row) {
                Element td = new Element("td");
                for (Component c : inline(cell)) {
                    td.appendChild(c.getElement());
                }
                tr.appendChild(td);
            }
            body.appendChild(tr);
        }
        t.appendChild(body);
        Div wrapper = new Div();
        wrapper.addClassName("oxido-table");
        wrapper.getElement().appendChild(t);
        return wrapper;
    }
}
