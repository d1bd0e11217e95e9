package dev.oxidometer.api;

import java.math.BigDecimal;
import java.util.List;

import dev.oxidometer.release.ReleaseSummary;

/**
 * Metrics as RFC 4180 CSV: a header, then one row per release, one column per metric key, CRLF line ends. Each
 * row says where it comes from: the repository's name, the tag's commit and the counting rules version.
 */
final class MetricsCsv {

    private static final String CRLF = "\r\n";

    private MetricsCsv() {
    }

    static String write(String repository, List<String> keys, List<ReleaseSummary> releases) {
        StringBuilder csv = new StringBuilder();
        csv.append("tag,date,rc,repository,commit,rulesVersion");
        keys.forEach(key -> csv.append(',').append(field(key)));
        csv.append(CRLF);
        for (ReleaseSummary r : releases) {
            csv.append(field(r.tag())).append(',').append(r.date()).append(',').append(r.rc()).append(',')
                    .append(field(repository)).append(',').append(field(r.commit())).append(',')
                    .append(field(r.rulesVersion()));
            for (String key : keys) {
                csv.append(',').append(value(r.metrics().get(key)));
            }
            csv.append(CRLF);
        }
        return csv.toString();
    }

    private static String value(Object value) {
        return switch (value) {
            case null -> "";
            case Double d -> d.isNaN() || d.isInfinite() ? "" : BigDecimal.valueOf(d).stripTrailingZeros()
                    .toPlainString();
            case Number n -> n.toString();
            default -> field(value.toString());
        };
    }

    /**
     * A text field: prefixed with {@code '} when it starts with {@code = + - @}, a tab or a carriage return, so that
     * a spreadsheet shows it as text instead of running it as a formula (OWASP "CSV Injection"); then quoted when it
     * holds a comma, a quote or a line break (quotes doubled). Numbers are written by {@link #value} and stay numbers.
     */
    static String field(String text) {
        if (text == null) {
            return "";
        }
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
