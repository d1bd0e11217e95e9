package dev.oxidometer.ui.chart.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CitationTest {

    static final Stamp STAMP = new Stamp("Rust code lines by category", "linux", "v6.1", "v7.3",
            "d2f8d005953400000000000000000000000000aa", "2", Instant.parse("2026-11-24T10:51:44Z"),
            "https://oxidometer.example/?from=v6.1&hide=drivers", "v6.2–v6.11 not scanned", null);

    @Test
    void the_plain_citation_names_what_which_releases_which_rules_when_and_where() {
        Citation c = Citation.of(ChartKind.ADOPTION, null, STAMP, LocalDate.parse("2026-12-01"));
        assertThat(c.text()).isEqualTo("oxidometer (2026). Rust code in the Linux kernel by category, v6.1–v7.3, "
                + "counting rules 2, scanned 2026-11-24. https://oxidometer.example/?from=v6.1&hide=drivers");
    }

    @Test
    void the_bibtex_entry_is_a_misc_with_the_permalink_rules_range_commit_year_and_urldate() {
        String bib = Citation.of(ChartKind.METRIC, "unsafe_blocks", STAMP, LocalDate.parse("2026-12-01")).bibtex();
        assertThat(bib).startsWith("@misc{oxidometer-metric-unsafe-blocks-v7.3,\n")
                .contains("  title = {unsafe\\_blocks in the Linux kernel per release, v6.1--v7.3},\n")
                .contains("  year = {2026},\n")
                .contains("  howpublished = {\\url{https://oxidometer.example/?from=v6.1&hide=drivers}},\n")
                .contains("  note = {Counting rules 2; releases v6.1--v7.3; v7.3 at commit d2f8d0059534; "
                        + "repository linux; scanned 2026-11-24},\n")
                .contains("  urldate = {2026-12-01}\n")
                .endsWith("}\n");
    }

    @Test
    void the_stamp_line_is_the_footer_and_the_missing_releases_follow_it() {
        assertThat(STAMP.lines()).isEqualTo(List.of("oxidometer · linux · v6.1–v7.3 (d2f8d0059534) · counting rules 2"
                + " · scanned 2026-11-24 10:51 UTC · https://oxidometer.example/?from=v6.1&hide=drivers",
                "v6.2–v6.11 not scanned"));
    }

    @Test
    void many_gaps_are_counted_not_all_listed() {
        assertThat(ChartImageService.missingLine(List.of())).isNull();
        assertThat(ChartImageService.missingLine(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j")))
                .isEqualTo("a, b, c, d, e, f, g, h and 2 more gaps not scanned");
    }
}
