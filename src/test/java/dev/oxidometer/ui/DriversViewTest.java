package dev.oxidometer.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import dev.oxidometer.release.DriverRelease;
import dev.oxidometer.release.DriverSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.when;

class DriversViewTest extends ViewTestBase {

    private static final Instant LANDED = Instant.parse("2024-01-07T12:00:00Z");
    private final DriverSummary rnull = new DriverSummary("rnull_mod", "drivers/block/rnull/rnull.rs", "block",
            "v6.9", LANDED, "v6.12", 2, 120, List.of(0L, 80L, 90L, 120L));
    private final DriverSummary asix = new DriverSummary("ax88796b_rust", "drivers/net/phy/ax88796b_rust.rs", "net",
            "v6.8", LANDED, "v6.12", 1, 135, List.of(135L, 135L, 135L, 135L));

    @BeforeEach
    void data() {
        when(catalog.releases(anyBoolean())).thenReturn(UiFixtures.releases(3));
        when(catalog.drivers()).thenReturn(List.of(asix, rnull));
    }

    @Test
    void the_inventory_lists_every_driver() {
        DriversView view = navigate(DriversView.class);
        assertThat(view.grid.getListDataView().getItems().toList()).containsExactly(asix, rnull);
    }

    @Test
    void the_filter_matches_name_path_or_subsystem_and_goes_into_the_url() {
        DriversView view = navigate(DriversView.class);
        test(view.filter).setValue("block");
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation()
                .getPathWithQueryParameters()).isEqualTo("drivers?q=block");
        DriversView filtered = (DriversView) getCurrentView();
        assertThat(filtered.grid.getListDataView().getItems().toList()).containsExactly(rnull);
        assertThat(DriversView.filter(List.of(asix, rnull), "PHY")).containsExactly(asix);
    }

    @Test
    void a_moved_driver_is_one_page_with_each_path_in_its_history() {
        when(catalog.driver("rnull_mod")).thenReturn(Optional.of(rnull));
        when(catalog.driverHistory("rnull_mod")).thenReturn(List.of(
                new DriverRelease("v6.9", LANDED, "drivers/block/rnull.rs", 1, 80),
                new DriverRelease("v6.12", LANDED, "drivers/block/rnull/rnull.rs", 2, 120)));
        DriverView view = navigate(DriverView.class, "rnull_mod");
        assertThat(find(H2.class).id("driver-title").getText()).isEqualTo("rnull_mod");
        @SuppressWarnings("unchecked")
        Grid<DriverRelease> history = find(Grid.class).id("driver-history");
        assertThat(history.getListDataView().getItems().map(DriverRelease::path).toList())
                .containsExactly("drivers/block/rnull.rs", "drivers/block/rnull/rnull.rs");
        assertThat(view.chart.getConfigJson()).contains("\"labels\":[\"v6.9\",\"v6.12\"]");
        assertThat(view.getElement().getTextRecursively()).contains("moved: 2 paths");
    }

    @Test
    void an_unknown_driver_shows_a_friendly_not_found_page() {
        when(catalog.driver("nope")).thenReturn(Optional.empty());
        com.vaadin.flow.component.UI.getCurrent().navigate(DriverView.class, "nope");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("no Rust driver called \"nope\"");
    }

    @Test
    void an_empty_database_shows_how_to_scan() {
        when(catalog.releases(anyBoolean())).thenReturn(List.of());
        navigate(DriversView.class);
        assertThat(find(EmptyState.class).exists()).isTrue();
    }
}
