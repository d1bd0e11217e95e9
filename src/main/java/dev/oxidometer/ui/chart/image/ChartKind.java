package dev.oxidometer.ui.chart.image;

import java.util.Locale;
import java.util.Optional;

/** The dashboard's charts that can leave it as an image: {@code /api/charts/<key>.svg|.png|.csv}. */
public enum ChartKind {

    /** Rust code lines per release, stacked by category (the home view's first chart). */
    ADOPTION("Rust code lines by category", "Rust code in the Linux kernel by category"),
    /** The Rust share of Rust + C code lines, in percent. */
    SHARE("Rust share of the code", "Rust share of the code in the Linux kernel"),
    /** Any stored numeric metric ({@code ?key=}). */
    METRIC(null, null),
    /** One Rust driver's lines per release ({@code ?name=}), the driver view's chart. */
    DRIVER(null, null);

    private final String title;
    private final String citationTitle;

    ChartKind(String title, String citationTitle) {
        this.title = title;
        this.citationTitle = citationTitle;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ChartKind> of(String key) {
        for (ChartKind kind : values()) {
            if (kind.key().equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The heading the dashboard shows above the chart; {@code subject} is the metric key or driver name. */
    public String title(String subject) {
        return switch (this) {
            case METRIC -> subject;
            case DRIVER -> "Lines of " + subject + " per release";
            default -> title;
        };
    }

    /** What the chart shows, as a citation names it. */
    public String citationTitle(String subject) {
        return switch (this) {
            case METRIC -> subject + " in the Linux kernel per release";
            case DRIVER -> "Lines of the Rust driver " + subject + " in the Linux kernel per release";
            default -> citationTitle;
        };
    }
}
