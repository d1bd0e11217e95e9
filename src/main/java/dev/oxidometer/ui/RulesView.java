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
