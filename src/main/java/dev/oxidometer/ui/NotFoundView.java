package dev.oxidometer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an unknown page, release tag or driver name (views reroute here with a message), with HTTP 404 and
 * a way back, instead of a stack trace.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    private final Paragraph message = new Paragraph();

    public NotFoundView() {
        addClassName("oxido-page");
        setId("not-found");
        add(new H2("Not found"), message,
                new Paragraph(new RouterLink("Adoption overview", AdoptionView.class)),
                new Paragraph(new RouterLink("All drivers", DriversView.class)));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String custom = parameter.hasCustomMessage() ? parameter.getCustomMessage() : null;
        message.setText(custom != null && !custom.isBlank()
                ? custom
                : "There is no page at /" + event.getLocation().getPath() + ".");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
