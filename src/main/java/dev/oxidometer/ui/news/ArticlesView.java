package dev.oxidometer.ui.news;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import dev.oxidometer.news.Article;
import dev.oxidometer.news.ArticleLink;
import dev.oxidometer.news.ArticleService;
import dev.oxidometer.news.BundledCoverage;
import dev.oxidometer.news.ClaimsEngine;
import dev.oxidometer.news.FeedImporter;
import dev.oxidometer.news.KernelInventory;
import dev.oxidometer.news.LinkService;
import dev.oxidometer.news.NewsProperties;
import dev.oxidometer.news.NewsSettings;
import dev.oxidometer.system.ClaimsThrottle;
import dev.oxidometer.system.Editors;

/**
 * Articles: a searchable, filterable grid ({@link ArticleFilters}, {@link ArticleGrid}), the suggestions waiting
 * for review ({@link SuggestionReview}), and the selected article's detail ({@link ArticleDetail}). Editors also
 * create and edit ({@link ArticleEditorDialog}), delete ({@link DeleteArticleDialog}) and import
 * ({@link FeedImportDialog}). The view only composes them and keeps them in step.
 */
@Route("articles")
@Menu(title = "Articles", order = 3, icon = "vaadin:newspaper")
@PageTitle("Articles · oxidometer")
@AnonymousAllowed
public class ArticlesView extends VerticalLayout implements BeforeEnterObserver {

    /** Query parameter: the id of the article to show, as "show linked data" on a chart marker asks. */
    public static final String ARTICLE = "article";

    static final String ALL = ArticleFilters.ALL;
    static final String LINKED = ArticleFilters.LINKED;
    static final String UNLINKED = ArticleFilters.UNLINKED;

    private final ArticleService articles;
    private final LinkService links;
    private final FeedImporter importer;
    private final NewsSettings settings;
    private final NewsProperties properties;
    private final KernelInventory inventory;
    private final Editors access;
    private final ClaimsEngine claims;
    private final ClaimsThrottle throttle;

    private final ArticleFilters filters = new ArticleFilters(this::refresh);
    private final SuggestionReview review;

    final TextField search = filters.search;
    final ComboBox<String> source = filters.source;
    final DatePicker from = filters.from;
    final DatePicker to = filters.to;
    final Select<String> linked = filters.linked;
    final Grid<Article> grid = new ArticleGrid();
    final Grid<ArticleLink> suggestions;
    final Div detail = new Div();
    final Span count = new Span();

    public ArticlesView(ArticleService articles, LinkService links, FeedImporter importer, NewsSettings settings,
                        NewsProperties properties, KernelInventory inventory, Editors access, ClaimsEngine claims,
                        ClaimsThrottle throttle) {
        this.articles = articles;
        this.links = links;
        this.importer = importer;
        this.settings = settings;
        this.properties = properties;
        this.inventory = inventory;
        this.access = access;
        this.claims = claims;
        this.throttle = throttle;
        review = new SuggestionReview(links, access, this::title, () -> {
            refresh();
            showDetail(grid.asSingleSelect().getValue());
        });
        suggestions = review.suggestions;
        grid.asSingleSelect().addValueChangeListener(e -> showDetail(e.getValue()));
        detail.setWidth("40%");
        HorizontalLayout content = new HorizontalLayout(grid, detail);
        content.setWidthFull();
        content.setFlexGrow(1, grid);
        setSizeFull();
        add(new H1("Articles"), toolbar(), filters, count, content, review);
        refresh();
    }

    ArticleFilters filters() {
        return filters;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.read(event.getLocation().getQueryParameters());
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
        Button checkText = new Button("Check a text", e -> new CheckTextDialog(claims, throttle).open());
        checkText.setId("check-text");
        bar.add(checkText);
        return bar;
    }

    void refresh() {
        filters.sources(articles.sources());
        List<Article> found = articles.search(filters.filter());
        grid.setItems(found);
        long bundled = found.stream().filter(a -> BundledCoverage.CREATED_BY.equals(a.createdBy())).count();
        count.setText(found.size() + (found.size() == 1 ? " article" : " articles")
                + (bundled == 0 ? "" : " · " + bundled + " from the bundled coverage"));
        review.refresh();
    }

    private String title(long articleId) {
        return articles.find(articleId).map(Article::title).orElse("#" + articleId);
    }

    void showDetail(Article a) {
        detail.removeAll();
        if (a != null) {
            articles.find(a.id()).ifPresent(x -> detail.add(new ArticleDetail(x, links, inventory, access,
                    this::openForm, this::confirmDelete, this::refresh)));
        }
    }

    void openForm(Article existing) {
        new ArticleEditorDialog(articles, access, existing, saved -> {
            refresh();
            select(saved);
        }).open();
    }

    private void confirmDelete(Article a) {
        new DeleteArticleDialog(articles, a, () -> {
            detail.removeAll();
            refresh();
        }).open();
    }

    void openImport() {
        new FeedImportDialog(importer, settings, properties, access, this::refresh).open();
    }
}
