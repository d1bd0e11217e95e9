package dev.oxidometer.ui.news;

import java.time.ZoneOffset;
import java.util.List;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadHandler;

import dev.oxidometer.news.Article;
import dev.oxidometer.news.ArticleFilter;
import dev.oxidometer.news.ArticleLink;
import dev.oxidometer.news.ArticleService;
import dev.oxidometer.news.FeedImporter;
import dev.oxidometer.news.ImportReport;
import dev.oxidometer.news.InvalidArticleException;
import dev.oxidometer.news.KernelInventory;
import dev.oxidometer.news.LinkService;
import dev.oxidometer.news.NewsProperties;
import dev.oxidometer.news.NewsSettings;

/**
 * Articles: a searchable, filterable grid (text, source, date range, linked or not), the suggestions waiting for
 * review, and the selected article's detail. Editors also create, edit, delete and import.
 */
@Route("articles")
@Menu(title = "Articles", order = 3, icon = "vaadin:newspaper")
@PageTitle("Articles · oxidometer")
@AnonymousAllowed
public class ArticlesView extends VerticalLayout implements BeforeEnterObserver {

    /** Query parameter: the id of the article to show, as "show linked data" on a chart marker asks. */
    public static final String ARTICLE = "article";

    static final String ALL = "All";
    static final String LINKED = "Linked";
    static final String UNLINKED = "Unlinked";

    private final ArticleService articles;
    private final LinkService links;
    private final FeedImporter importer;
    private final NewsSettings settings;
    private final NewsProperties properties;
    private final KernelInventory inventory;
    private final EditorAccess access;

    final TextField search = new TextField();
    final ComboBox<String> source = new ComboBox<>("Source");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Select<String> linked = new Select<>();
    final Grid<Article> grid = new Grid<>(Article.class, false);
    final Grid<ArticleLink> suggestions = new Grid<>(ArticleLink.class, false);
    final Div detail = new Div();
    final Span count = new Span();
    private List<String> knownSources = List.of();

    public ArticlesView(ArticleService articles, LinkService links, FeedImporter importer, NewsSettings settings,
                        NewsProperties properties, KernelInventory inventory, EditorAccess access) {
        this.articles = articles;
        this.links = links;
        this.importer = importer;
        this.settings = settings;
        this.properties = properties;
        this.inventory = inventory;
        this.access = access;
        setSizeFull();
        add(new H1("Articles"), toolbar(), filters(), count, content(), suggestionsSection());
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(ARTICLE).flatMap(ArticlesView::id)
                .flatMap(articles::find).ifPresent(this::select);
    }

    void select(Article a) {
        grid.select(a);
        showDetail(a);
    }

    private static Optional<Long> id(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private HorizontalLayout toolbar() {
        HorizontalLayout bar = new HorizontalLayout();
        if (access.isEditor()) {
            Button create = new Button("New article", e -> openForm(null));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(create, new Button("Import feed", e -> openImport()));
        }
        return bar;
    }

    private HorizontalLayout filters() {
        search.setLabel("Search");
        search.setPlaceholder("title, summary, source, author");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        source.setClearButtonVisible(true);
        linked.setLabel("Links");
        linked.setItems(ALL, LINKED, UNLINKED);
        linked.setValue(ALL);
        search.addValueChangeListener(e -> refresh());
        source.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        linked.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(search, source, from, to, linked);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private HorizontalLayout content() {
        grid.addColumn(a -> Formats.day(a.publishedAt())).setHeader("Date").setAutoWidth(true).setFlexGrow(0)
                .setSortable(true).setComparator(Article::publishedAt);
        // text columns: Grid renders them as text, never as HTML
        grid.addColumn(Article::title).setHeader("Title").setFlexGrow(3);
        grid.addColumn(Article::source).setHeader("Source").setAutoWidth(true).setSortable(true);
        grid.asSingleSelect().addValueChangeListener(e -> showDetail(e.getValue()));
        grid.setMinHeight("20em");
        detail.setWidth("40%");
        HorizontalLayout row = new HorizontalLayout(grid, detail);
        row.setWidthFull();
        row.setFlexGrow(1, grid);
        return row;
    }

    private VerticalLayout suggestionsSection() {
        suggestions.addColumn(l -> title(l.articleId())).setHeader("Article").setFlexGrow(2);
        suggestions.addColumn(l -> l.kind().key() + " " + l.target()).setHeader("Suggested link").setAutoWidth(true);
        suggestions.addColumn(ArticleLink::reason).setHeader("Why").setFlexGrow(2);
        if (access.isEditor()) {
            suggestions.addComponentColumn(l -> new HorizontalLayout(
                    new Button("Accept", e -> review(() -> links.accept(l.id(), access.userName()))),
                    new Button("Reject", e -> review(() -> links.reject(l.id(), access.userName())))))
                    .setHeader("Review").setAutoWidth(true);
        }
        suggestions.setAllRowsVisible(true);
        return new VerticalLayout(new H2("Suggestions waiting for review"), suggestions);
    }

    void refresh() {
        List<String> sources = articles.sources();
        if (!sources.equals(knownSources)) {
            // only when the set changed: resetting the items would clear the chosen source and refilter
            String chosen = source.getValue();
            knownSources = sources;
            source.setItems(sources);
            source.setValue(chosen != null && sources.contains(chosen) ? chosen : null);
        }
        List<Article> found = articles.search(new ArticleFilter(source.getValue(),
                from.getValue() == null ? null : from.getValue().atStartOfDay().toInstant(ZoneOffset.UTC),
                to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1),
                LINKED.equals(linked.getValue()) ? Boolean.TRUE : UNLINKED.equals(linked.getValue()) ? Boolean.FALSE : null,
                search.getValue()));
        grid.setItems(found);
        count.setText(found.size() + (found.size() == 1 ? " article" : " articles"));
        suggestions.setItems(links.pending());
    }

    private String title(long articleId) {
        return articles.find(articleId).map(Article::title).orElse("#" + articleId);
    }

    private void review(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            Notification.show(e.getMessage());
        }
        refresh();
        showDetail(grid.asSingleSelect().getValue());
    }

    void showDetail(Article a) {
        detail.removeAll();
        if (a != null) {
            Optional<Article> fresh = articles.find(a.id());
            fresh.ifPresent(x -> detail.add(new ArticleDetail(x, links, inventory, access, this::openForm,
                    this::confirmDelete, this::refresh)));
        }
    }

    void openForm(Article existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(existing == null ? "New article" : "Edit article");
        ArticleForm form = new ArticleForm();
        form.edit(existing);
        form.addCancelListener(e -> dialog.close());
        form.addSaveListener(e -> {
            try {
                Article saved = existing == null ? articles.create(e.draft(), access.userName())
                        : articles.update(existing.id(), e.draft());
                dialog.close();
                refresh();
                grid.select(saved);
                showDetail(saved);
            } catch (InvalidArticleException ex) {
                form.showErrors(ex.fieldErrors());
            }
        });
        dialog.add(form);
        dialog.setWidth("48em");
        dialog.open();
    }

    private void confirmDelete(Article a) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle("Delete article?");
        confirm.add(new Paragraph(a.title()));
        Button delete = new Button("Delete", e -> {
            articles.delete(a.id());
            confirm.close();
            detail.removeAll();
            refresh();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        confirm.getFooter().add(new Button("Cancel", e -> confirm.close()), delete);
        confirm.open();
    }

    void openImport() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Import a feed (RSS or Atom)");
        TextField url = new TextField("Feed URL");
        url.setWidthFull();
        Div report = new Div();
        Button fetch = new Button("Fetch and import", e -> show(report, importer.importUrl(url.getValue(), access.userName())));
        UI ui = UI.getCurrent();
        String user = access.userName();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) ->
                ui.access(() -> show(report, importer.importBytes(bytes, user)))));
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
        dialog.add(new VerticalLayout(new HorizontalLayout(url, fetch), upload, filter, saveFilter, report));
        dialog.setWidth("44em");
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }

    void show(Div target, ImportReport r) {
        target.removeAll();
        target.add(new Paragraph(r.summary()));
        r.invalid().forEach(i -> target.add(new Paragraph("Invalid: " + (i.title() == null ? i.link() : i.title())
                + " — " + i.reason())));
        refresh();
    }

}
