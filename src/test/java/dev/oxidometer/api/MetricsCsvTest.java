package dev.oxidometer.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.oxidometer.release.CsvCells;

/** Issue 12, finding 7: no cell of the CSV reaches a spreadsheet as a live formula. */
class MetricsCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "=cmd|' /C calc'!A0"})
    void cells_that_a_spreadsheet_would_run_as_a_formula_are_prefixed_with_a_quote(String cell) {
        String written = CsvCells.text(cell);
        String unquoted = written.startsWith("\"") ? written.substring(1) : written;
        assertThat(unquoted).startsWith("'" + cell.charAt(0));
    }

    @Test
    void a_hyperlink_formula_in_a_tag_is_text_and_still_valid_csv() {
        assertThat(CsvCells.text("=HYPERLINK(\"http://h/\",\"x\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://h/\"\",\"\"x\"\")\"");
    }

    @Test
    void ordinary_cells_and_numbers_are_unchanged() {
        assertThat(CsvCells.text("v6.12")).isEqualTo("v6.12");
        assertThat(CsvCells.text("1.78.0")).isEqualTo("1.78.0");
        assertThat(CsvCells.text("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvCells.text("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvCells.text("")).isEmpty();
        assertThat(CsvCells.text(null)).isEmpty();
        assertThat(MetricsCsv.write("linux", java.util.List.of("x"), java.util.List.of()))
                .isEqualTo("tag,date,rc,repository,commit,rulesVersion,x\r\n");
    }
}
