package dev.oxidometer.api;

import java.math.BigDecimal;
import java.util.List;

import dev.oxidometer.release.CsvCells;
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
        keys.forEach(key -> csv.append(',').append(CsvCells.text(key)));
        csv.append(CRLF);
        for (ReleaseSummary r : releases) {
            csv.append(CsvCells.text(r.tag())).append(',').append(r.date()).append(',').append(r.rc()).append(',')
                    .append(CsvCells.text(repository)).append(',').append(CsvCells.text(r.commit())).append(',')
                    .append(CsvCells.text(r.rulesVersion()));
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
            default -> CsvCells.text(value.toString());
        };
    }

}
