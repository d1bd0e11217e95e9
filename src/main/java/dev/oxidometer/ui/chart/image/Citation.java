package dev.oxidometer.ui.chart.image;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A chart as a reference: plain text ("oxidometer (2026). Rust code in the Linux kernel by category, v6.1–v7.3,
 * counting rules 2, scanned 2026-11-24. <permalink>") and BibTeX ({@code @misc}). The year is the scan's, since
 * that is when the numbers were made; {@code urldate} is the day the reader cites it.
 */
public record Citation(String what, String chart, Stamp stamp, LocalDate accessed) {

    public static Citation of(ChartKind kind, String subject, Stamp stamp, LocalDate accessed) {
        return new Citation(kind.citationTitle(subject), kind.key() + (subject == null ? "" : "-" + subject), stamp,
                accessed);
    }

    public String year() {
        return String.valueOf(stamp.scannedAt() == null ? accessed.getYear()
                : stamp.scannedAt().atZone(ZoneOffset.UTC).getYear());
    }

    public String text() {
        return "oxidometer (" + year() + "). " + what + ", " + stamp.range() + ", counting rules "
                + stamp.rulesVersion() + ", scanned " + stamp.scannedDay() + ". " + stamp.permalink();
    }

    public String bibtex() {
        String range = stamp.firstTag().equals(stamp.lastTag()) ? stamp.firstTag()
                : stamp.firstTag() + "--" + stamp.lastTag();
        String note = "Counting rules " + stamp.rulesVersion() + "; releases " + range
                + (stamp.lastCommit() == null ? "" : "; " + stamp.lastTag() + " at commit " + stamp.shortCommit())
                + "; repository " + stamp.repository() + "; scanned " + stamp.scannedDay();
        return "@misc{oxidometer-" + key(chart + "-" + stamp.lastTag()) + ",\n"
                + "  author = {{oxidometer}},\n"
                + "  title = {" + tex(what) + ", " + tex(range) + "},\n"
                + "  year = {" + year() + "},\n"
                + "  howpublished = {\\url{" + stamp.permalink().replace("%", "\\%").replace("#", "\\#") + "}},\n"
                + "  note = {" + tex(note) + "},\n"
                + "  urldate = {" + accessed + "}\n"
                + "}\n";
    }

    private static String key(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("(^-|-$)", "");
    }

    /** TeX's special characters in text fields (the en dash is written {@code --} already). */
    private static String tex(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '–' -> out.append("--");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
