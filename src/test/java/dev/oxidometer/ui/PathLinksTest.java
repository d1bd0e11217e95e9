package dev.oxidometer.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PathLinksTest {

    @Test
    void a_long_path_keeps_its_first_directory_and_its_file_name() {
        assertThat(PathLinks.middle("drivers/gpu/nova-core/regs/macros.rs", 26)).isEqualTo("drivers/…/regs/macros.rs");
        assertThat(PathLinks.middle("drivers/gpu/nova-core/regs/macros.rs", 34))
                .isEqualTo("drivers/…/nova-core/regs/macros.rs");
    }

    @Test
    void a_short_path_or_one_without_middle_stays_whole() {
        assertThat(PathLinks.middle("rust/kernel/str.rs", PathLinks.SHORT_LENGTH)).isEqualTo("rust/kernel/str.rs");
        assertThat(PathLinks.middle("rust/a_very_long_file_name_that_does_not_fit.rs", 20))
                .isEqualTo("rust/a_very_long_file_name_that_does_not_fit.rs");
    }

    @Test
    void a_file_name_too_long_for_the_limit_still_shows_whole() {
        assertThat(PathLinks.middle("drivers/gpu/drm/a_very_long_file_name_that_does_not_fit.rs", 20))
                .isEqualTo("drivers/…/a_very_long_file_name_that_does_not_fit.rs");
    }
}
