package dev.oxidometer.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.oxidometer.news.FeedSource;
import dev.oxidometer.news.FeedSourceService;
import dev.oxidometer.news.Article;
import dev.oxidometer.news.ArticleFilter;
import dev.oxidometer.news.ArticleService;
import dev.oxidometer.news.BundledCoverage;
import dev.oxidometer.release.Repo;
import dev.oxidometer.release.ScanKind;
import dev.oxidometer.release.StoredSource;
import dev.oxidometer.scan.CountingRules;
import dev.oxidometer.release.RepositoryRegistry;
import dev.oxidometer.release.ScanJobs;
import dev.oxidometer.release.ScanProgress;
import dev.oxidometer.release.ScanProgressBus;
import dev.oxidometer.release.ScanStatus;
import dev.oxidometer.system.Editors;
import dev.oxidometer.system.ThrottledLogins;
import dev.oxidometer.ui.format.Format;
import dev.oxidometer.ui.layout.NarrowScreen;

import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Where the data comes from (every stored release history and the bundled coverage), configured repositories,
 * recent scans with their errors, and (for editors) Rescan with live progress pushed
 * from the scanning thread, or polled from the database when another instance scans.
 */
@Route("scans")
@Menu(title = "Scans", order = 5, icon = "vaadin:refresh")
@PageTitle("Scans · oxidometer")
@AnonymousAllowed
@com.vaadin.flow.component.dependency.StyleSheet(NarrowScreen.STYLESHEET)
public class ScansView extends Div {

    static final int RECENT = 20;

    private final RepositoryRegistry registry;
    private final ScanJobs scans;
    private final ScanProgressBus progressBus;
    private final Editors editors;
    final Grid<Repo> repositories = new Grid<>();
    final Grid<ScanProgress> recent = new Grid<>();
    final ProgressBar progressBar = new ProgressBar();
    final Span progressText = new Span();
    final Div progress = new Div(progressText, progressBar);
    private Runnable unsubscribe = () -> { };

    final Div loginThrottling = new Div();

    final Grid<FeedSource> feedSources = new Grid<>();

    final Div sources = new Div();
    private final ArticleService articles;

    public ScansView(RepositoryRegistry registry, ScanJobs scans, ScanProgressBus progressBus, Editors editors,
                     ObjectProvider<ThrottledLogins> throttledLogins, ObjectProvider<FeedSourceService> feeds,
                     ObjectProvider<ArticleService> articles) {
        this.registry = registry;
        this.scans = scans;
        this.progressBus = progressBus;
        this.editors = editors;
        addClassName("oxido-page");
        progress.setId("scan-progress");
        progressText.setId("scan-progress-text");
        progress.setVisible(false);
        progressBar.setMin(0);
        progressBar.setMax(1);

        repositories.setId("repositories-grid");
        repositories.addColumn(Repo::name).setHeader("Repository").setAutoWidth(true);
        if (editors.isEditor()) {
            // where it lies on this server: for the editors who configure it, not a reader's business
            repositories.addColumn(Repo::path).setHeader("Path").setFlexGrow(2);
        }
        repositories.addColumn(r -> r.includeRc() ? "yes" : "no").setHeader("rc tags").setAutoWidth(true);
        if (editors.isEditor()) {
            repositories.addComponentColumn(this::rescanButton).setHeader("").setAutoWidth(true);
        }
        repositories.setAllRowsVisible(true);
        repositories.setEmptyStateText("No repository is configured yet.");
        repositories.addThemeVariants(GridVariant.LUMO_COMPACT);

        recent.setId("scans-grid");
        Grid.Column<ScanProgress> id = recent.addColumn(ScanProgress::scanId).setHeader("#").setAutoWidth(true);
        recent.addColumn(ScanProgress::repository).setHeader("Repository").setAutoWidth(true);
        recent.addComponentColumn(s -> status(s)).setHeader("Result").setAutoWidth(true);
        Grid.Column<ScanProgress> tags = recent.addColumn(s -> s.tagCount() == 0 ? "" : s.tagIndex() + " / "
                + s.tagCount()).setHeader("Tags").setAutoWidth(true);
        recent.addColumn(s -> Format.dateTime(s.started())).setHeader("Started").setAutoWidth(true);
        Grid.Column<ScanProgress> took = recent.addColumn(s -> Format.duration(s.elapsed())).setHeader("Took")
                .setAutoWidth(true);
        recent.addColumn(s -> String.join("\n", s.errors())).setHeader("Errors").setFlexGrow(3)
                .setPartNameGenerator(s -> s.errors().isEmpty() ? null : "scan-error");
        recent.setAllRowsVisible(true);
        recent.setEmptyStateText("No scan has run yet.");
        recent.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        NarrowScreen.secondaryColumns(recent, s -> List.of("Scan #" + s.scanId(), s.tagCount() == 0 ? ""
                : "Tags: " + s.tagIndex() + " of " + s.tagCount(), "Took " + Format.duration(s.elapsed())),
                List.of(id, tags, took));

        sources.setId("data-sources");
        add(new H2("Scans"), progress, new H3("Where the data comes from"), sources, new H3("Repositories"),
                repositories);
        if (editors.isEditor()) {
            add(addRepositoryForm());
        } else {
            Paragraph hint = new Paragraph("Editors can log in to add repositories and start a rescan.");
            hint.addClassName("oxido-muted");
            add(hint);
        }
        add(new H3("Recent scans"), recent);
        FeedSourceService feedService = feeds.getIfAvailable();
        if (feedService != null) {
            add(new H3("Feed sources"), feedSourcesGrid(feedService.sources()));
        }
        ThrottledLogins throttle = throttledLogins.getIfAvailable();
        if (editors.isEditor() && throttle != null) {
            add(new H3("Login throttling"), loginThrottling(throttle.current()));
        }
        this.articles = articles.getIfAvailable();
        refresh();
    }

    /**
     * One sentence per stored release history (a scan here, the bundled dataset, an import) and one for the bundled
     * coverage: what it is, what it holds, under which counting rules it was counted, when it was loaded here.
     */
    private void showSources(List<StoredSource> stored) {
        sources.removeAll();
        if (stored.isEmpty()) {
            sources.add(new Paragraph("No release is stored yet: nothing was scanned, loaded or imported."));
        }
        for (StoredSource s : stored) {
            Paragraph p = new Paragraph(sourceSentence(s));
            p.addClassName("oxido-source");
            sources.add(p);
        }
        if (articles != null) {
            List<Article> bundled = articles.search(ArticleFilter.ALL).stream()
                    .filter(a -> BundledCoverage.CREATED_BY.equals(a.createdBy())).toList();
            if (!bundled.isEmpty()) {
                Paragraph p = new Paragraph(coverageSentence(bundled));
                p.setId("bundled-coverage-source");
                p.addClassName("oxido-source");
                sources.add(p);
            }
        }
    }

    static String sourceSentence(StoredSource s) {
        StringBuilder b = new StringBuilder(s.repository()).append(": ");
        b.append(s.kind() == null ? "stored releases" : switch (s.kind()) {
            case SCAN -> "scanned here";
            case BUNDLED -> "the dataset shipped with oxidometer";
            case IMPORT -> "an imported dataset";
        });
        b.append(", ").append(Format.number(s.releases())).append(s.releases() == 1 ? " release (" + s.firstTag()
                : " releases (" + s.firstTag() + " to " + s.newestTag()).append(")");
        if (s.rulesVersion() != null) {
            b.append(", counted under rules v").append(s.rulesVersion());
        }
        if (s.countedAt() != null) {
            b.append(s.kind() == ScanKind.SCAN ? " at " : " on ").append(Format.dateTime(s.countedAt()));
        }
        if (s.kind() != ScanKind.SCAN && s.loadedAt() != null) {
            b.append(", loaded here ").append(Format.dateTime(s.loadedAt()));
        }
        b.append('.');
        if (s.rulesVersion() != null && !s.rulesVersion().equals(CountingRules.RULES_VERSION)) {
            b.append(" This build counts under rules v").append(CountingRules.RULES_VERSION)
                    .append(": its numbers may differ until it is counted again.");
        }
        return b.toString();
    }

    static String coverageSentence(List<Article> bundled) {
        Instant loaded = bundled.stream().map(Article::createdAt).filter(java.util.Objects::nonNull)
                .min(Instant::compareTo).orElse(null);
        Instant first = bundled.stream().map(Article::publishedAt).min(Instant::compareTo).orElseThrow();
        Instant last = bundled.stream().map(Article::publishedAt).max(Instant::compareTo).orElseThrow();
        return "Articles: " + Format.number(bundled.size()) + (bundled.size() == 1 ? " article" : " articles")
                + " from the bundled coverage, published " + Format.date(first) + " to " + Format.date(last)
                + (loaded == null ? "" : ", loaded here " + Format.dateTime(loaded)) + ".";
    }

    /** Saved feed sources with their latest refresh and their latest failure, so a failing source shows. */
    private Grid<FeedSource> feedSourcesGrid(List<FeedSource> sources) {
        feedSources.setId("feed-sources-grid");
        feedSources.addColumn(FeedSource::name).setHeader("Feed").setAutoWidth(true);
        Grid.Column<FeedSource> scheduled = feedSources.addColumn(f -> f.refreshEnabled() ? "yes" : "no")
                .setHeader("Scheduled").setAutoWidth(true);
        feedSources.addColumn(f -> f.lastFetchedAt() == null ? "never" : Format.dateTime(f.lastFetchedAt())
                + " · " + f.lastResult()).setHeader("Last refresh").setFlexGrow(2);
        feedSources.addColumn(f -> f.lastErrorAt() == null ? "" : Format.dateTime(f.lastErrorAt()) + " · "
                + f.lastError()).setHeader("Last error").setFlexGrow(2)
                .setPartNameGenerator(f -> f.lastError() == null ? null : "scan-error");
        feedSources.setItems(sources);
        feedSources.setAllRowsVisible(true);
        feedSources.setEmptyStateText("No feed source is saved.");
        feedSources.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        NarrowScreen.secondaryColumns(feedSources, f -> List.of(f.refreshEnabled() ? "Refreshed on schedule"
                : "Not refreshed on schedule"), List.of(scheduled));
        return feedSources;
    }

    /** For editors: user names and addresses refused for now after too many failed logins. */
    private Div loginThrottling(List<ThrottledLogins.Lock> locks) {
        loginThrottling.setId("login-throttling");
        Paragraph rule = new Paragraph("After 10 failed logins within a minute, a user name or client address is "
                + "refused for 60 s (HTTP 429), twice as long at each repeat, up to an hour; a successful login "
                + "clears it.");
        rule.addClassName("oxido-muted");
        loginThrottling.add(rule);
        if (locks.isEmpty()) {
            loginThrottling.add(new Paragraph("No user name or address is locked now."));
        }
        for (ThrottledLogins.Lock lock : locks) {
            loginThrottling.add(new Paragraph(lock.kind() + " " + lock.who() + ": locked until "
                    + Format.dateTime(lock.until()) + " (lockout " + lock.lockouts() + " in a row)"));
        }
        return loginThrottling;
    }

    private Span status(ScanProgress s) {
        Span span = new Span(s.status().key());
        switch (s.status()) {
            case SUCCEEDED -> span.addClassName("oxido-up");
            case FAILED -> span.addClassName("oxido-down");
            default -> span.addClassName("oxido-muted");
        }
        return span;
    }

    private Button rescanButton(Repo repo) {
        Button b = new Button("Rescan", e -> startScan(repo));
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        b.setId("rescan-" + repo.id());
        b.addClassName("rescan");
        return b;
    }

    void startScan(Repo repo) {
        if (!editors.isEditor()) {
            Notification.show("Only editors can start a scan.");
            return;
        }
        try {
            long id = scans.submit(repo.id());
            scans.progress(id).ifPresent(this::showProgress);
            refresh();
        } catch (RuntimeException e) {
            // A scan already running for that repository, or the repository gone: the service says which.
            Notification n = Notification.show(e.getMessage() == null ? "The scan could not start." : e.getMessage());
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private Div addRepositoryForm() {
        TextField name = new TextField("Name");
        name.setId("repo-name");
        TextField path = new TextField("Path on the server");
        path.setId("repo-path");
        path.setWidth("min(100%, 28em)");
        Checkbox rc = new Checkbox("Include rc tags");
        Button add = new Button("Add repository");
        add.setId("repo-add");
        add.addClickListener(e -> {
            try {
                registry.addRepository(name.getValue().trim(), path.getValue().trim(), rc.getValue());
                name.clear();
                path.clear();
                path.setInvalid(false);
                refresh();
            } catch (IllegalArgumentException ex) {
                path.setErrorMessage(ex.getMessage());
                path.setInvalid(true);
            }
        });
        Div form = new Div(name, path, rc, add);
        form.addClassName("oxido-controls");
        return form;
    }

    void refresh() {
        repositories.setItems(registry.repositories());
        List<StoredSource> stored = scans.sources();
        showSources(stored);
        List<ScanProgress> latest = scans.recentScans(RECENT);
        recent.setEmptyStateText(stored.isEmpty() ? "No scan has run yet."
                : "No scan has run here yet; the data shown comes from the sources above.");
        recent.setItems(latest);
        latest.stream().filter(ScanProgress::running).findFirst().ifPresent(this::showProgress);
    }

    void showProgress(ScanProgress p) {
        boolean running = p.running();
        progress.setVisible(true);
        progressBar.setIndeterminate(running && p.tagCount() == 0);
        progressBar.setValue(p.tagCount() == 0 ? (running ? 0 : 1) : Math.min(1.0, (double) p.tagIndex() / p.tagCount()));
        progressText.setText(running
                ? "Scanning " + p.repository() + ": tag " + p.tagIndex() + " of " + p.tagCount()
                  + (p.currentTag() == null ? "" : " · " + p.currentTag())
                  + " · " + Format.duration(p.elapsed()) + " elapsed"
                : "Scan of " + p.repository() + " " + p.status() + " after " + Format.duration(p.elapsed())
                  + (p.errors().isEmpty() ? "" : " · " + p.errors().size() + " error(s), see below"));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        unsubscribe = progressBus.addListener(p -> ui.access(() -> {
            showProgress(p);
            if (!p.running()) {
                refresh();
                Notification n = Notification.show("Scan of " + p.repository() + " " + p.status() + ".");
                n.addThemeVariants(p.status() == ScanStatus.FAILED
                        ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
            }
        }));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unsubscribe.run();
        super.onDetach(event);
    }
}
