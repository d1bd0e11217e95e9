package dev.oxidometer.scan;

import java.util.Iterator;
import java.util.function.Function;

/**
 * Writes a {@link ScanReport} as the scanner's JSON (the contract other tools read, see the README): the one writer
 * of that format, used by {@code scan --json} and by the application's export. Written by hand: the scanner core
 * depends on nothing but JGit.
 */
public final class ScanJson {

    private final StringBuilder out = new StringBuilder(1 << 20);

    private ScanJson() {
    }

    public static String write(ScanReport report) {
        ScanJson json = new ScanJson();
        json.report(report);
        return json.out.toString();
    }

    private void report(ScanReport report) {
        out.append("{\n  \"rulesVersion\": ").append(quote(report.rulesVersion()))
                .append(",\n  \"repository\": ").append(quote(report.repository()))
                .append(",\n  \"scannedAt\": ").append(quote(report.scannedAt() == null ? null : report.scannedAt().toString()))
                .append(",\n  \"failures\": {");
        joined(report.failures().entrySet(), e -> quote(e.getKey()) + ": " + quote(e.getValue()), ", ");
        out.append("},\n  \"releases\": [");
        Iterator<ReleaseScan> it = report.releases().iterator();
        while (it.hasNext()) {
            release(it.next());
            out.append(it.hasNext() ? "," : "");
        }
        out.append("\n  ]\n}\n");
    }

    private void release(ReleaseScan r) {
        out.append("\n    {\"tag\": ").append(quote(r.tag()))
                .append(", \"commit\": ").append(quote(r.commit()))
                .append(", \"date\": ").append(quote(r.date() == null ? null : r.date().toString()))
                .append(", \"rc\": ").append(r.rc())
                .append(", \"note\": ").append(quote(r.note()))
                .append(",\n     \"metrics\": {");
        joined(r.metrics().entrySet(), e -> quote(e.getKey()) + ": " + value(e.getValue()), ", ");
        out.append("},\n     \"drivers\": [");
        joined(r.drivers(), d -> "{\"name\": " + quote(d.name()) + ", \"path\": " + quote(d.path())
                + ", \"kind\": " + quote(d.kind()) + ", \"files\": " + d.files() + ", \"lines\": " + d.lines()
                + ", \"code\": " + d.code() + ", \"sources\": ["
                + String.join(", ", d.sources().stream().map(ScanJson::quote).toList()) + "]}", ",\n       ");
        out.append("],\n     \"abstractions\": [");
        joined(r.abstractions(), ScanJson::quote, ", ");
        out.append("],\n     \"files\": [");
        joined(r.files(), f -> "{\"path\": " + quote(f.path()) + ", \"category\": " + quote(f.category().key())
                + ", \"blobId\": " + quote(f.blobId()) + ", \"lines\": " + f.counts().lines()
                + ", \"code\": " + f.counts().code() + ", \"comments\": " + f.counts().comments()
                + ", \"blanks\": " + f.counts().blanks() + ", \"docComments\": " + f.counts().docComments() + "}",
                ",\n       ");
        out.append("]}");
    }

    private <T> void joined(Iterable<T> items, Function<T, String> format, String separator) {
        String sep = "";
        for (T item : items) {
            out.append(sep).append(format.apply(item));
            sep = separator;
        }
    }

    private static String value(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? "null" : d.toString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return quote(value.toString());
    }

    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
