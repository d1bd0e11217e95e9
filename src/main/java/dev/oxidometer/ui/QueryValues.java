package dev.oxidometer.ui;

import java.util.List;
import java.util.Map;

/** Reading a view's URL state ({@code QueryParameters.getParameters()}): the one copy of what the views share. */
final class QueryValues {

    private QueryValues() {
    }

    /** The first value of {@code key}, or null when the address has none. */
    static String first(Map<String, List<String>> p, String key) {
        List<String> values = p.get(key);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
