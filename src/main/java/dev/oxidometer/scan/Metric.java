package dev.oxidometer.scan;

import java.util.Objects;

/**
 * One metric the scanner stores per release, as a reader sees it: its key (the JSON and API name), a human name,
 * the unit of its values, the group it is listed under, and its one-line definition (plain text with
 * {@code `code`} in backticks, the words of the published rules).
 *
 * @param unit what one value counts ({@code "files"}, {@code "lines"}, ...); {@link #FRACTION} for a share stored
 *             as a fraction of 1 and shown in percent; {@link #VERSION} for a version string, {@link #LIST}
 *             for a list of names
 */
public record Metric(String key, String name, String unit, String group, String definition) {

    /** A share stored as a fraction of 1 (0.004), shown in percent. */
    public static final String FRACTION = "%";
    /** Not a number: a version string such as {@code 1.78.0}. */
    public static final String VERSION = "version";
    /** Not a number: a list of names or paths separated by spaces (or by {@code "; "} where a name has spaces). */
    public static final String LIST = "list";
    /** 1 for yes, 0 for no. */
    public static final String FLAG = "1 = yes, 0 = no";

    public Metric {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(definition, "definition");
    }

    public boolean fraction() {
        return FRACTION.equals(unit);
    }

    public boolean numeric() {
        return !VERSION.equals(unit) && !LIST.equals(unit);
    }
}
