package dev.oxidometer.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.RouterLink;

/** What a view shows when no release has been scanned yet: how to get data, instead of an empty chart. */
class EmptyState extends Div {

    EmptyState() {
        setId("empty-state");
        add(new H2("No scanned releases yet"),
                new Paragraph("oxidometer counts Rust in a Linux kernel git history. It needs a full clone "
                        + "(not shallow, not partial) on the server:"),
                new Pre("git clone https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git"),
                new Paragraph(new Text("Then log in as an editor, add the clone's path on the "),
                        new RouterLink("Scans", ScansView.class),
                        new Text(" page and press Rescan. The charts appear when the scan finishes.")));
    }
}
