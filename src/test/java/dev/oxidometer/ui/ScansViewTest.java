package dev.oxidometer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import dev.oxidometer.release.Repo;
import dev.oxidometer.release.ScanProgress;
import dev.oxidometer.release.ScanStatus;
import dev.oxidometer.system.ThrottledLogins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ScansViewTest extends ViewTestBase {

    @org.springframework.test.context.bean.override.mockito.MockitoBean
    ThrottledLogins throttledLogins;
    @org.springframework.test.context.bean.override.mockito.MockitoBean
    dev.oxidometer.news.FeedSourceService feeds;

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private final Repo linux = new Repo(1, "linux", "/srv/linux", false);
    private final ScanProgress failed = new ScanProgress(7, "linux", ScanStatus.FAILED, 2, 5, "v6.2", 0, 0,
            Duration.ofSeconds(75), List.of("v6.2: object 1234abcd is missing (partial clone?)"), T0, T0.plusSeconds(75));
    private final ScanProgress running = new ScanProgress(8, "linux", ScanStatus.RUNNING, 3, 12, "v6.3", 100, 900,
            Duration.ofSeconds(42), List.of(), T0, null);

    @BeforeEach
    void data() {
        when(registry.repositories()).thenReturn(List.of(linux));
        when(scans.recentScans(ScansView.RECENT)).thenReturn(List.of(failed));
    }

    @SuppressWarnings("unchecked")
    private Grid<Repo> repositoriesGrid() {
        return find(Grid.class).id("repositories-grid");
    }

    private Button rescanButton() {
        assertThat(find(Button.class).id("logout").getText()).isEqualTo("Log out ed");
        return (Button) test(repositoriesGrid()).getCellComponent(0, 3);
    }

    @Test
    void a_failed_scan_shows_its_error() {
        navigate(ScansView.class);
        @SuppressWarnings("unchecked")
        Grid<ScanProgress> grid = find(Grid.class).id("scans-grid");
        assertThat(grid.getListDataView().getItems().toList()).containsExactly(failed);
        assertThat(test(grid).getCellText(0, 6)).contains("partial clone");
    }

    @Test
    void readers_get_no_rescan_button_and_no_server_path() {
        navigate(ScansView.class);
        assertThat(repositoriesGrid().getColumns()).extracting(c -> c.getHeaderText())
                .containsExactly("Repository", "rc tags");
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void an_editor_starts_a_rescan_and_sees_tag_i_of_n_with_the_current_tag() {
        when(scans.submit(1)).thenReturn(8L);
        when(scans.progress(8)).thenReturn(Optional.of(running));
        navigate(ScansView.class);
        test(rescanButton()).click();
        verify(scans).submit(1);
        ScansView view = (ScansView) getCurrentView();
        assertThat(view.progress.isVisible()).isTrue();
        assertThat(view.progressText.getText()).contains("tag 3 of 12").contains("v6.3").contains("0:42 elapsed");
        assertThat(view.progressBar.getValue()).isEqualTo(0.25);
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void a_scan_that_cannot_start_says_why() {
        when(scans.submit(1)).thenThrow(new IllegalStateException("A scan of linux is already running."));
        navigate(ScansView.class);
        test(rescanButton()).click();
        assertThat(find(com.vaadin.flow.component.notification.Notification.class).last().getElement()
                .getProperty("text")).isEqualTo("A scan of linux is already running.");
    }

    @Test
    void a_reader_cannot_start_a_scan_even_by_calling_the_handler() {
        navigate(ScansView.class);
        ((ScansView) getCurrentView()).startScan(linux);
        verify(scans, never()).submit(1);
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void an_editor_sees_which_user_names_and_addresses_are_locked_after_failed_logins() {
        when(throttledLogins.current()).thenReturn(List.of(
                new ThrottledLogins.Lock("user", "admin", T0.plusSeconds(120), 2),
                new ThrottledLogins.Lock("address", "192.0.2.7", T0.plusSeconds(60), 1)));
        navigate(ScansView.class);
        ScansView view = (ScansView) getCurrentView();
        assertThat(view.loginThrottling.getElement().getTextRecursively())
                .contains("After 10 failed logins within a minute")
                .contains("user admin: locked until").contains("(lockout 2 in a row)")
                .contains("address 192.0.2.7: locked until");
    }

    @Test
    void readers_do_not_see_the_login_throttling() {
        when(throttledLogins.current()).thenReturn(List.of(new ThrottledLogins.Lock("user", "admin", T0, 1)));
        navigate(ScansView.class);
        ScansView view = (ScansView) getCurrentView();
        assertThat(view.loginThrottling.isAttached()).isFalse();
    }

    @Test
    void every_feed_source_shows_its_last_refresh_and_its_last_error_with_the_time() {
        when(feeds.sources()).thenReturn(List.of(new dev.oxidometer.news.FeedSource(1, "LWN", "https://lwn.net/rss",
                true, T0.plusSeconds(60), "3 added, 0 duplicates, 0 filtered out, 0 invalid",
                "no complete answer within 10.0 s", T0)));
        navigate(ScansView.class);
        ScansView view = (ScansView) getCurrentView();
        assertThat(view.feedSources.isAttached()).isTrue();
        assertThat(test(view.feedSources).getCellText(0, 0)).isEqualTo("LWN");
        assertThat(test(view.feedSources).getCellText(0, 2)).contains("3 added");
        assertThat(test(view.feedSources).getCellText(0, 3)).contains(dev.oxidometer.ui.format.Format.dateTime(T0))
                .contains("no complete answer within 10.0 s");
    }

    @Test
    void the_bundled_dataset_and_coverage_are_listed_as_sources_instead_of_no_scan_has_run() {
        when(scans.recentScans(ScansView.RECENT)).thenReturn(List.of());
        when(scans.sources()).thenReturn(List.of(new dev.oxidometer.release.StoredSource("bundled dataset",
                dev.oxidometer.release.ScanKind.BUNDLED, dev.oxidometer.scan.CountingRules.RULES_VERSION,
                Instant.parse("2026-12-02T05:07:00Z"), Instant.parse("2026-12-01T20:00:00Z"), 5, "v5.10", "v7.3")));
        when(articles.search(dev.oxidometer.news.ArticleFilter.ALL)).thenReturn(List.of(
                article(1, "bundled-coverage", "2020-08-25T00:00:00Z"),
                article(2, "bundled-coverage", "2026-01-10T00:00:00Z"),
                article(3, "ed", "2026-11-01T00:00:00Z")));
        navigate(ScansView.class);
        ScansView view = (ScansView) getCurrentView();
        assertThat(view.sources.getChildren().map(c -> c.getElement().getText()).toList()).containsExactly(
                "bundled dataset: the dataset shipped with oxidometer, 5 releases (v5.10 to v7.3), counted under rules v"
                        + dev.oxidometer.scan.CountingRules.RULES_VERSION
                        + " on 2026-12-01 20:00 UTC, loaded here 2026-12-02 05:07 UTC.",
                "Articles: 2 articles from the bundled coverage, published 2020-08-25 to 2026-01-10, loaded here "
                        + "2026-12-02 05:10 UTC.");
        assertThat(view.recent.getEmptyStateText())
                .isEqualTo("No scan has run here yet; the data shown comes from the sources above.");
    }

    @Test
    void a_history_counted_under_older_rules_says_so() {
        when(scans.sources()).thenReturn(List.of(new dev.oxidometer.release.StoredSource("linux",
                dev.oxidometer.release.ScanKind.SCAN, "0", T0, T0, 1, "v6.1", "v6.1")));
        navigate(ScansView.class);
        ScansView view = (ScansView) getCurrentView();
        assertThat(view.sources.getChildren().map(c -> c.getElement().getText()).toList()).containsExactly(
                "linux: scanned here, 1 release (v6.1), counted under rules v0 at 2026-11-24 10:00 UTC. This build "
                        + "counts under rules v" + dev.oxidometer.scan.CountingRules.RULES_VERSION
                        + ": its numbers may differ until it is counted again.");
    }

    @Test
    void with_nothing_stored_the_page_says_so() {
        when(scans.sources()).thenReturn(List.of());
        when(scans.recentScans(ScansView.RECENT)).thenReturn(List.of());
        navigate(ScansView.class);
        ScansView view = (ScansView) getCurrentView();
        assertThat(view.sources.getElement().getTextRecursively())
                .isEqualTo("No release is stored yet: nothing was scanned, loaded or imported.");
        assertThat(view.recent.getEmptyStateText()).isEqualTo("No scan has run yet.");
    }

    private static dev.oxidometer.news.Article article(long id, String by, String published) {
        Instant at = Instant.parse(published);
        return new dev.oxidometer.news.Article(id, "https://example.org/" + id, "t" + id, "LWN", at, null, null,
                List.of(), by, Instant.parse("2026-12-02T05:10:00Z").plusSeconds(id));
    }
}
