package dev.oxidometer.release;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;

/**
 * Text cells for the CSV files people open in a spreadsheet ({@code /api/metrics.csv}, a chart's CSV): RFC 4180
 * quoting by Commons CSV, and a cell that starts with {@code = + - @}, a tab or a carriage return is prefixed with
 * {@code '} so that a spreadsheet shows it as text instead of running it as a formula (OWASP "CSV Injection").
 * Numbers are not text cells: their writers format them and they stay numbers.
 */
public final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {
    }

    /** One text cell as it goes between the commas: empty for {@code null}. */
    public static String text(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String safe = FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        StringBuilder cell = new StringBuilder(safe.length() + 2);
        try {
            CSVFormat.RFC4180.print(safe, cell, true);   // as a record's first cell: no delimiter before it
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a StringBuilder does not throw
        }
        return cell.toString();
    }
}
