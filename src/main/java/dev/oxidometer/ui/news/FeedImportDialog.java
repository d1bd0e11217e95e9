package dev.oxidometer.ui.news;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import dev.oxidometer.news.FeedImporter;
import dev.oxidometer.news.ImportReport;
import dev.oxidometer.news.NewsProperties;
import dev.oxidometer.news.NewsSettings;
import dev.oxidometer.system.Editors;

/** Imports a feed (RSS or Atom) from a URL or an uploaded file, and edits the keyword filter imports apply. */
class FeedImportDialog extends Dialog {

    private final Div report = new Div();
    private final Runnable imported;

    /** @param imported called after every import, with what it reported shown in the dialog */
    FeedImportDialog(FeedImporter importer, NewsSettings settings, NewsProperties properties, Editors access,
                     Runnable imported) {
        this.imported = imported;
        setHeaderTitle("Import a feed (RSS or Atom)");
        TextField url = new TextField("Feed URL");
        url.setWidthFull();
        Button fetch = new Button("Fetch and import", e -> show(importer.importUrl(url.getValue(), access.userName())));
        UI ui = UI.getCurrent();
        String user = access.userName();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) ->
                ui.access(() -> show(importer.importBytes(bytes, user)))));
        upload.setMaxFileSize((int) properties.maxFeedBytes());
        upload.setAcceptedFileTypes(".xml", ".rss", ".atom", "application/xml", "text/xml", "application/rss+xml",
                "application/atom+xml");
        TextArea filter = new TextArea("Keyword filter (one line per group; an entry needs a term of every line)");
        filter.setValue(settings.keywordFilter().format());
        filter.setWidthFull();
        Button saveFilter = new Button("Save filter", e -> {
            filter.setValue(settings.setKeywordFilter(filter.getValue()).format());
            Notification.show("Keyword filter saved");
        });
        add(new VerticalLayout(new HorizontalLayout(url, fetch), upload, filter, saveFilter, report));
        setWidth("44em");
        getFooter().add(new Button("Close", e -> close()));
    }

    void show(ImportReport r) {
        report.removeAll();
        report.add(new Paragraph(r.summary()));
        r.invalid().forEach(i -> report.add(new Paragraph("Invalid: " + (i.title() == null ? i.link() : i.title())
                + " — " + i.reason())));
        imported.run();
    }
}
