package dev.oxidometer.ui.news;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinRequest;

import dev.oxidometer.news.ClaimText;
import dev.oxidometer.news.ClaimsEngine;
import dev.oxidometer.system.ClaimsThrottle;

/**
 * "Check a text": paste an article (plain text or HTML, up to 100 kB) and see each claim it makes about the kernel
 * checked against the scanned releases, as {@code POST /api/claims} answers. Nothing is stored; the same per-address
 * throttle as the API applies.
 */
public class CheckTextDialog extends Dialog {

    final TextArea text = new TextArea("Text to check");
    final Button check = new Button("Check");
    final Div result = new Div();

    public CheckTextDialog(ClaimsEngine engine, ClaimsThrottle throttle) {
        setHeaderTitle("Check a text");
        setWidth("min(60rem, 100vw)");
        text.setWidthFull();
        text.setMinHeight("10rem");
        text.setMaxLength(ClaimText.MAX_BYTES);
        text.setHelperText("Paste an article as text or HTML (up to 100 kB). Each claim about the tree is checked"
                + " against the scanned releases; nothing is stored.");
        text.setId("check-text-input");
        check.setId("check-text-run");
        result.setId("check-text-result");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(e -> run(engine, throttle));
        add(text, result);
        getFooter().add(new Button("Close", e -> close()), check);
    }

    void run(ClaimsEngine engine, ClaimsThrottle throttle) {
        result.removeAll();
        VaadinRequest request = VaadinRequest.getCurrent();
        var wait = throttle.tryCheck(request == null ? "ui" : request.getRemoteAddr());
        if (wait.isPresent()) {
            result.add(error("Too many checks from this address: try again in " + wait.get().toSeconds() + " s."));
            return;
        }
        try {
            result.add(new ClaimsList(engine.check(text.getValue(), null),
                    "No claim about the kernel tree found in this text."));
        } catch (ClaimText.Refused refused) {
            result.add(error(refused.getMessage()));
        }
    }

    private static Paragraph error(String message) {
        Paragraph p = new Paragraph(message);
        p.addClassName("check-text-error");
        p.getStyle().set("color", "var(--lumo-error-text-color)");
        return p;
    }
}
