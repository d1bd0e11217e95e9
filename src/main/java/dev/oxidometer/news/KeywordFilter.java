package dev.oxidometer.news;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which feed entries are about Rust in the kernel. Written as lines of comma-separated terms: an entry matches when
 * it contains at least one term of every line (whole words, any case). An empty filter keeps everything.
 * <pre>
 * rust
 * kernel, linux
 * </pre>
 */
public record KeywordFilter(List<List<String>> groups) {

    public static final KeywordFilter DEFAULT = parse("rust\nkernel, linux");

    public KeywordFilter {
        groups = groups.stream().map(List::copyOf).filter(g -> !g.isEmpty()).toList();
    }

    public static KeywordFilter parse(String text) {
        List<List<String>> groups = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            List<String> terms = Arrays.stream(line.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                    .map(t -> t.toLowerCase(Locale.ROOT)).distinct().toList();
            if (!terms.isEmpty()) {
                groups.add(terms);
            }
        }
        return new KeywordFilter(groups);
    }

    public boolean matches(String text) {
        WordSearch words = WordSearch.of(text);
        return groups.stream().allMatch(group -> group.stream().anyMatch(words::contains));
    }

    public String format() {
        return String.join("\n", groups.stream().map(g -> String.join(", ", g)).toList());
    }
}
