package dev.oxidometer.ui.chart.image;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One chart's numbers and stamp, read from the store and not drawn yet; {@link #etag(String, int, int, ChartTheme)}
 * names what a rendering of it would hold, so an unchanged chart is answered without drawing it.
 */
public record ChartSnapshot(ChartSpec spec, ChartData data, Stamp stamp) {

    /** Bumped when the drawing changes, so that caches do not keep images drawn by an older renderer. */
    static final String RENDERER_VERSION = "1";

    public Citation citation(java.time.LocalDate accessed) {
        return Citation.of(spec.kind(), spec.subject(), stamp, accessed);
    }

    /** {@code oxidometer-adoption-v6.1-v7.3.png}: what a downloaded file is called. */
    public String fileName(String format) {
        String subject = spec.subject() == null ? "" : "-" + spec.subject();
        String name = "oxidometer-" + spec.kind().key() + subject + "-" + stamp.firstTag()
                + (stamp.firstTag().equals(stamp.lastTag()) ? "" : "-" + stamp.lastTag());
        return name.replaceAll("[^A-Za-z0-9._-]", "_") + "." + format;
    }

    /** A strong ETag over everything the answer depends on: format, size, theme, series, stamp. */
    public String etag(String format, int width, int height, ChartTheme theme) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String key = RENDERER_VERSION + '\n' + format + '\n' + width + 'x' + height + '\n' + theme.key() + '\n'
                    + ChartImages.seriesJson(data) + '\n' + String.join("\n", stamp.lines()) + '\n'
                    + stamp.metadata();
            byte[] digest = sha.digest(key.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
