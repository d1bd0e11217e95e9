package dev.oxidometer.scan;

import java.util.List;

/**
 * Which release tags to scan.
 *
 * @param includeRc also {@code vX.Y-rcN} tags
 * @param since     only tags at or after this version (a tag name such as {@code v6.1}), or {@code null}
 * @param tags      exactly these tags (release candidates included when named), or empty for all
 */
public record TagSelection(boolean includeRc, String since, List<String> tags) {

    public static final TagSelection ALL_RELEASES = new TagSelection(false, null, List.of());

    public TagSelection {
        tags = List.copyOf(tags);
    }
}
