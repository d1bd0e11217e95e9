package dev.oxidometer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.oxidometer.release.ReleaseCatalog;
import dev.oxidometer.release.ReleaseSummary;
import jakarta.servlet.http.HttpServletResponse;

import java.util.List;

/**
 * Shown for an unknown page, release tag or driver name (views reroute here with a message), in the app's frame
 * and with a way on: an unknown release lists the stored ones. The HTTP status of the page request is 404
 * ({@link PageStatus}; the status returned here applies to later navigations).
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
@com.vaadin.flow.component.dependency.StyleSheet(dev.oxidometer.ui.layout.NarrowScreen.STYLESHEET)
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private final ReleaseCatalog catalog;
    private final Paragraph message = new Paragraph();
    private final Div known = new Div();

    public NotFoundView(ReleaseCatalog catalog) {
        this.catalog = catalog;
        addClassName("oxido-page");
        setId("not-found");
        message.setId("not-found-message");
        known.setId("known-releases");
        add(new H2("Not found"), message, known,
                new Paragraph(new RouterLink("Adoption overview", AdoptionView.class)),
                new Paragraph(new RouterLink("All drivers", DriversView.class)));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String custom = parameter.hasCustomMessage() ? parameter.getCustomMessage() : null;
        String path = event.getLocation().getPath();
        message.setText(custom != null && !custom.isBlank() ? custom : "There is no page at /" + path + ".");
        known.removeAll();
        if (path.startsWith("release/") || path.equals("release")) {
            List<ReleaseSummary> releases = catalog.releases(true);
            if (!releases.isEmpty()) {
                Paragraph list = new Paragraph("Scanned releases: ");
                for (int i = 0; i < releases.size(); i++) {
                    list.add(new RouterLink(releases.get(i).tag(), ReleaseView.class, releases.get(i).tag()));
                    if (i < releases.size() - 1) {
                        list.add(", ");
                    }
                }
                known.add(list);
            }
        }
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return "Not found · oxidometer";
    }
}
