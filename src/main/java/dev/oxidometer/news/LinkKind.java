package dev.oxidometer.news;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What an article can be linked to; the target is a release tag, a driver name, a module name or a category key. */
public enum LinkKind {
    RELEASE, DRIVER, ABSTRACTION, CATEGORY;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the accepted kinds */
    @JsonCreator
    public static LinkKind fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key().equalsIgnoreCase(key == null ? "" : key.strip()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "unknown link kind \"" + key + "\" (release, driver, abstraction or category)"));
    }
}
