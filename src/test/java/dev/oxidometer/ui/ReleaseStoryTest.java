package dev.oxidometer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oxidometer.release.DriverChange;
import dev.oxidometer.release.ReleaseDiff;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseStoryTest {

    @Test
    void drivers_without_a_change_in_name_path_lines_or_files_are_not_said_to_be_unchanged() {
        // ReleaseDiffer compares drivers by name, path, lines and files: a same-size edit is invisible to it, so the
        // summary may only say that none changed in size
        ReleaseDiff none = new ReleaseDiff("v7.2", "v7.3", List.of(), List.of(), List.of(), List.of());
        assertThat(ReleaseStory.lines(none, 496, List.of())).containsExactly(
                "Rust files: none added, removed or changed (496 unchanged).",
                "Drivers: none landed, left, moved or changed in size.");
        ReleaseDiff resized = new ReleaseDiff("v7.2", "v7.3", List.of(),
                List.of(new DriverChange("rnull_mod", "changed", "drivers/block/rnull.rs", "drivers/block/rnull.rs",
                        80, 95)), List.of(), List.of());
        assertThat(ReleaseStory.lines(resized, 496, List.of())).contains("Drivers: 1 changed in size.");
    }
}
