package dev.oxidometer.ui;

import com.vaadin.flow.component.html.Paragraph;
import dev.oxidometer.release.AbstractionModule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.when;

class AbstractionsViewTest extends ViewTestBase {

    private final AbstractionModule alloc = new AbstractionModule("alloc", "v6.1", Instant.parse("2022-12-11T12:00:00Z"), true);
    private final AbstractionModule block = new AbstractionModule("block", "v6.9", Instant.parse("2024-05-12T12:00:00Z"), true);
    private final AbstractionModule gone = new AbstractionModule("old_api", "v6.2", Instant.parse("2023-02-19T12:00:00Z"), false);

    @BeforeEach
    void data() {
        when(catalog.releases(anyBoolean())).thenReturn(UiFixtures.releases(2));
        when(catalog.abstractions()).thenReturn(List.of(alloc, gone, block));
    }

    @Test
    void every_module_is_listed_with_the_release_it_first_appeared_in() {
        AbstractionsView view = navigate(AbstractionsView.class);
        assertThat(view.grid.getListDataView().getItems().toList()).containsExactly(alloc, gone, block);
        assertThat(test(view.grid).getCellText(1, 3)).isEqualTo("absent");
        assertThat(find(Paragraph.class).id("abstraction-count").getText()).startsWith("3 modules");
    }

    @Test
    void the_filter_narrows_the_list() {
        AbstractionsView view = navigate(AbstractionsView.class);
        test(view.filter).setValue("BLO");
        assertThat(view.grid.getListDataView().getItems().toList()).containsExactly(block);
    }
}
