package dev.oxidometer.ui.format;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One way to write numbers and dates across the views (ui and ui/news alike), independent of the server's locale;
 * dates and times in UTC.
 */
public final class Format {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Format() {
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A metric value as people read it: whole numbers grouped, fractions (share.*) in percent. */
    public static String metric(String key, Object value) {
        if (value == null) {
            return "–";
        }
        if (value instanceof Number n) {
            if (isFraction(key)) {
                return percent(n.doubleValue());
            }
            double d = n.doubleValue();
            return d == Math.rint(d) ? number((long) d) : String.format(Locale.ROOT, "%,.2f", d);
        }
        return value.toString();
    }

    public static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.3f %%", fraction * 100);
    }

    /** A signed difference ("+12", "−3", "±0"); fractions as percentage points. */
    public static String delta(String key, double before, double after) {
        double d = after - before;
        if (d == 0) {
            return "±0";
        }
        String sign = d > 0 ? "+" : "−";
        double abs = Math.abs(d);
        if (isFraction(key)) {
            return sign + String.format(Locale.ROOT, "%.3f pp", abs * 100);
        }
        return sign + (abs == Math.rint(abs) ? number((long) abs) : String.format(Locale.ROOT, "%,.2f", abs));
    }

    /** Metrics whose values are fractions ({@code share.*}), shown in percent. */
    public static boolean isFraction(String key) {
        return key.startsWith("share.");
    }

    public static String duration(java.time.Duration d) {
        if (d == null) {
            return "";
        }
        long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
