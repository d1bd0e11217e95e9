package dev.oxidometer.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReleaseGapsTest {

    private static final List<String> CORPUS = List.of("v5.10", "v6.1", "v6.12", "v7.2", "v7.3");

    @Test
    void v6_1_to_v6_12_is_not_adjacent_by_the_numbering() {
        ReleaseGaps gaps = ReleaseGaps.of(CORPUS);
        assertThat(gaps.adjacent("v6.1", "v6.12")).isFalse();
        ReleaseRange range = gaps.firstSeenIn("v6.12");
        assertThat(range.tag()).isEqualTo("v6.12");
        assertThat(range.afterTag()).isEqualTo("v6.1");
        assertThat(range.exact()).isFalse();
        assertThat(range.describe("landed"))
                .isEqualTo("landed between v6.2 and v6.12 (releases in between not scanned)");
        assertThat(range.label()).isEqualTo("v6.2–v6.12");
    }

    @Test
    void a_release_not_scanned_is_held_by_the_first_scanned_release_after_it() {
        ReleaseGaps gaps = ReleaseGaps.of(CORPUS);
        assertThat(gaps.scannedHolding("v6.8")).contains("v6.12");
        assertThat(gaps.scannedHolding("v6.18")).contains("v7.2");
        assertThat(gaps.scannedHolding("v6.2")).contains("v6.12");
        assertThat(gaps.scannedHolding("v6.12")).contains("v6.12");
        assertThat(gaps.scannedHolding("v6.1")).contains("v6.1");
        assertThat(gaps.scannedHolding("v7.4")).isEmpty();
        assertThat(gaps.scannedHolding("next")).isEmpty();
        assertThat(gaps.firstSeenIn(gaps.scannedHolding("v6.18").orElseThrow()).describe("happened"))
                .isEqualTo("happened between v6.13 and v7.2 (releases in between not scanned)");
    }

    @Test
    void v6_19_to_v7_0_and_v7_2_to_v7_3_are_adjacent() {
        ReleaseGaps gaps = ReleaseGaps.of(List.of("v6.19", "v7.0", "v7.2", "v7.3"));
        assertThat(gaps.adjacent("v6.19", "v7.0")).isTrue();
        assertThat(gaps.adjacent("v7.2", "v7.3")).isTrue();
        assertThat(gaps.adjacent("v7.0", "v7.2")).isFalse();
        assertThat(gaps.firstSeenIn("v7.0").describe("landed")).isEqualTo("landed in v7.0");
        assertThat(gaps.firstSeenIn("v7.3").exact()).isTrue();
        assertThat(gaps.firstSeenIn("v7.3").label()).isEqualTo("v7.3");
        assertThat(gaps.gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.label()).isEqualTo("v7.1");
            assertThat(gap.count()).isEqualTo(1);
        });
    }

    @Test
    void the_first_scanned_release_bounds_a_fact_only_from_above() {
        ReleaseRange range = ReleaseGaps.of(CORPUS).firstSeenIn("v5.10");
        assertThat(range.afterTag()).isNull();
        assertThat(range.exact()).isFalse();
        assertThat(range.describe("landed")).isEqualTo("landed at or before v5.10");
        assertThat(range.label()).isEqualTo("≤ v5.10");
    }

    @Test
    void a_major_bump_bounds_the_gap_from_below_by_the_next_minor_number() {
        ReleaseGaps gaps = ReleaseGaps.of(CORPUS);
        assertThat(gaps.firstSeenIn("v6.1").describe("landed"))
                .isEqualTo("landed between v5.11 and v6.1 (releases in between not scanned)");
        ReleaseGaps.Gap first = gaps.gaps().getFirst();
        assertThat(first.firstMissing()).isEqualTo("v5.11");
        assertThat(first.lastMissing()).isEqualTo("v6.0");
        assertThat(first.count()).isNull();
        // the numbering cannot tell the last v6.x: a release after v6.12 may be v7.0 itself
        assertThat(ReleaseGaps.of(List.of("v6.12", "v7.0")).adjacent("v6.12", "v7.0")).isTrue();
        assertThat(ReleaseGaps.of(List.of("v6.12", "v7.0-rc2")).gaps().getFirst().label())
                .isEqualTo("v6.13-rc1–v7.0-rc1");
    }

    @Test
    void intermediate_tags_present_in_the_repository_but_not_scanned_make_a_gap() {
        // the numbering allows v6.19 -> v7.0, but this repository holds v6.20 and it was not scanned
        List<String> repository = List.of("v6.18", "v6.19", "v6.20", "v7.0", "v7.0-rc1");
        ReleaseGaps gaps = ReleaseGaps.of(List.of("v6.19", "v7.0"), repository);
        assertThat(gaps.adjacent("v6.19", "v7.0")).isFalse();
        assertThat(gaps.gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.unscannedTags()).containsExactly("v6.20");
            assertThat(gap.label()).isEqualTo("v6.20");
        });
        // release candidates are not on a timeline of final releases
        assertThat(ReleaseGaps.of(List.of("v6.20", "v7.0"), repository).adjacent("v6.20", "v7.0")).isTrue();
    }

    @Test
    void a_repository_without_the_tags_between_does_not_hide_a_gap_the_numbering_shows() {
        ReleaseGaps gaps = ReleaseGaps.of(List.of("v6.1", "v6.12"), List.of("v6.1", "v6.12"));
        assertThat(gaps.adjacent("v6.1", "v6.12")).isFalse();
        assertThat(gaps.gaps().getFirst().count()).isEqualTo(10);
        assertThat(gaps.gaps().getFirst().label()).isEqualTo("v6.2–v6.11");
    }

    @Test
    void release_candidates_follow_their_own_numbering_on_a_timeline_of_candidates() {
        ReleaseGaps gaps = ReleaseGaps.of(List.of("v6.2-rc1", "v6.2-rc2", "v6.2-rc4"));
        assertThat(gaps.adjacent("v6.2-rc1", "v6.2-rc2")).isTrue();
        assertThat(gaps.firstSeenIn("v6.2-rc4").describe("landed"))
                .isEqualTo("landed between v6.2-rc3 and v6.2-rc4 (releases in between not scanned)");
    }

    @Test
    void something_gone_is_stated_as_the_range_of_its_removal() {
        ReleaseGaps gaps = ReleaseGaps.of(CORPUS);
        assertThat(gaps.goneAfter("v6.1")).hasValueSatisfying(range -> {
            assertThat(range.tag()).isEqualTo("v6.12");
            assertThat(range.afterTag()).isEqualTo("v6.1");
            assertThat(range.describe("removed"))
                    .isEqualTo("removed between v6.2 and v6.12 (releases in between not scanned)");
        });
        assertThat(gaps.goneAfter("v7.2")).hasValueSatisfying(range ->
                assertThat(range.describe("removed")).isEqualTo("removed in v7.3"));
        assertThat(gaps.goneAfter("v7.3")).isEmpty();
    }

    @Test
    void the_coverage_line_names_the_scanned_and_the_missing_releases() {
        assertThat(ReleaseGaps.of(CORPUS).coverage()).isEqualTo("Scanned: v5.10, v6.1, v6.12, v7.2, v7.3. "
                + "Not scanned: v5.11–v6.0, v6.2–v6.11 (10 releases), v6.13–v7.1.");
        assertThat(ReleaseGaps.of(List.of("v7.2", "v7.3")).coverage())
                .isEqualTo("Scanned: v7.2, v7.3. No release is missing between v7.2 and v7.3.");
    }

    @Test
    void tag_names_that_are_no_release_numbers_are_never_adjacent() {
        ReleaseGaps gaps = ReleaseGaps.of(List.of("v6.1", "snapshot"));
        assertThat(gaps.firstSeenIn("snapshot").exact()).isFalse();
        assertThat(gaps.gaps().getFirst().label()).isEqualTo("after v6.1, before snapshot");
    }
}
