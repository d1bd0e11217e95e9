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
import com.vaadin.flow.component.notification.Notification;
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
@com.vaadin.flow.component.dependency.StyleSheet(dev.oxidometer.ui.layout.NarrowScreen.STYLESHEET)
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
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (!refreshing) {
                showDetail(e.getValue());
                if (e.isFromClient() && e.getValue() != null) {
                    showDetailBelow();
                }
            }
        });
        detail.setId("article-detail");
        detail.addClassName("oxido-article-detail");
        HorizontalLayout content = new HorizontalLayout(grid, detail);
        content.addClassName("oxido-articles");
        content.setWidthFull();
        content.setFlexGrow(1, grid);
        setSizeFull();
        addClassName("oxido-articles-page");
        add(new H1("Articles"), toolbar(), filters, count, content);
        // unreviewed suggestions are the editors' work queue, not data: readers do not get the section at all
        if (access.isEditor()) {
            add(review);
        }
        refresh();
    }

    ArticleFilters filters() {
        return filters;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.read(event.getLocation().getQueryParameters());
        event.getLocation().getQueryParameters().getSingleParameter(ARTICLE).flatMap(ArticlesView::id)
                .flatMap(articles::find).ifPresent(a -> {
                    select(a);
                    showDetailBelow();   // asked for by its link
                });
    }

    /** Where the detail stacks below the list (a narrow screen), brings it into view. */
    private void showDetailBelow() {
        detail.getElement().executeJs("if (window.innerWidth <= 900) { this.scrollIntoView(); }");
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

    /** Set while the list is refilled, so that the selection it drops and restores leaves the detail alone. */
    private boolean refreshing;

    void refresh() {
        filters.sources(articles.sources());
        List<Article> found = articles.search(filters.filter());
        Article selected = grid.asSingleSelect().getValue();
        refreshing = true;
        try {
            grid.setItems(found);
            if (selected != null) {
                found.stream().filter(a -> a.id() == selected.id()).findFirst().ifPresent(grid::select);
            }
        } finally {
            refreshing = false;
        }
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
                    this::openForm, this::confirmDelete, this::refresh, this::reviewed)));
        }
    }

    /**
     * After a suggestion of {@code a} was accepted or rejected in its detail: the detail stays open on the next
     * suggestion, of this article while it has one, else of the next article that has one (which then opens).
     */
    void reviewed(Article a) {
        refresh();
        List<ArticleLink> pending = links.pending();
        Article next = pending.stream().anyMatch(l -> l.articleId() == a.id()) ? a
                : pending.stream().map(l -> articles.find(l.articleId())).flatMap(Optional::stream).findFirst()
                .orElse(a);
        if (next.id() != a.id()) {
            refreshing = true;
            try {
                grid.select(next);
            } finally {
                refreshing = false;
            }
            Notification.show("Next suggestion: " + next.title());
        }
        showDetail(next);
        detail.getChildren().filter(ArticleDetail.class::isInstance).map(ArticleDetail.class::cast).findFirst()
                .ifPresent(ArticleDetail::focusFirstSuggestion);
    }

    /** The article whose detail is open, if any. */
    Optional<Long> shownArticle() {
        return detail.getChildren().filter(ArticleDetail.class::isInstance).map(ArticleDetail.class::cast)
                .findFirst().map(ArticleDetail::articleId);
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
