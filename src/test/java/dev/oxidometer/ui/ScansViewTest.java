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
}
