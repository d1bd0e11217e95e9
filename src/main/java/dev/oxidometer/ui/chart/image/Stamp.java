package dev.oxidometer.ui.chart.image;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a chart's numbers come from, as drawn under the chart and stored in the image's metadata:
 * {@code oxidometer · <repository> · <first>–<last tag> (<short commit>) · counting rules <N> · scanned <UTC> ·
 * <permalink>}, then the releases missing between the scanned ones and the note on trees that are not upstream
 * releases, when there are any. Names, never a machine path.
 *
 * @param repository display name of the repository (as the dashboard names it)
 * @param lastCommit the full commit id of the last tag shown
 * @param scannedAt  when the data was scanned; null when unknown
 * @param missing    e.g. "v6.2–v6.11 not scanned", or null
 * @param treeNote   what the trees are when they are not upstream release tags, or null
 */
public record Stamp(String title, String repository, String firstTag, String lastTag, String lastCommit,
                    String rulesVersion, Instant scannedAt, String permalink, String missing, String treeNote) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    /** The kernel's own way of abbreviating a commit: 12 hex digits. */
    public String shortCommit() {
        return lastCommit == null ? "" : lastCommit.substring(0, Math.min(12, lastCommit.length()));
    }

    /** {@code v6.1–v7.3}, or one tag when only one is shown. */
    public String range() {
        return firstTag.equals(lastTag) ? firstTag : firstTag + "–" + lastTag;
    }

    public String scannedTime() {
        return scannedAt == null ? "unknown" : TIME.format(scannedAt);
    }

    public String scannedDay() {
        return scannedAt == null ? "unknown" : DAY.format(scannedAt);
    }

    /** The footer's first line. */
    public String line() {
        return "oxidometer · " + repository + " · " + range()
                + (lastCommit == null ? "" : " (" + shortCommit() + ")")
                + " · counting rules " + rulesVersion + " · scanned " + scannedTime() + " · " + permalink;
    }

    /** Every footer line: the stamp, then the missing releases and the tree note when there are any. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(line());
        if (missing != null && !missing.isBlank()) {
            lines.add(missing);
        }
        if (treeNote != null && !treeNote.isBlank()) {
            lines.add(treeNote);
        }
        return lines;
    }

    /**
     * The stamp as image metadata: {@code Title}, {@code Source} (the footer line) and {@code oxidometer:*} keys.
     * The series go in beside it, as {@code Comment}.
     */
    public Map<String, String> metadata() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Title", title);
        m.put("Source", String.join("\n", lines()));
        m.put("oxidometer:repository", repository);
        m.put("oxidometer:tags", range());
        m.put("oxidometer:commit", lastCommit == null ? "" : lastCommit);
        m.put("oxidometer:rulesVersion", rulesVersion == null ? "" : rulesVersion);
        m.put("oxidometer:scannedAt", scannedAt == null ? "" : scannedAt.toString());
        m.put("oxidometer:permalink", permalink);
        if (missing != null && !missing.isBlank()) {
            m.put("oxidometer:missing", missing);
        }
        if (treeNote != null && !treeNote.isBlank()) {
            m.put("oxidometer:trees", treeNote);
        }
        return m;
    }
}
