package dev.oxidometer.news;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which aliases an article names, in its title or its summary; the title counts more. */
final class Mentions {

    record Mention(String alias, List<String> paths, boolean inTitle) {
    }

    private Mentions() {
    }

    static List<Mention> of(Article article, List<Alias> aliases) {
        Map<String, List<Alias>> byName = new LinkedHashMap<>();
        for (Alias a : aliases) {
            byName.computeIfAbsent(a.alias(), k -> new ArrayList<>()).add(a);
        }
        List<Mention> found = new ArrayList<>();
        byName.forEach((name, group) -> {
            boolean inTitle = KeywordFilter.containsWord(article.title(), name);
            if (inTitle || (article.summary() != null && KeywordFilter.containsWord(article.summary(), name))) {
                found.add(new Mention(name, group.stream().map(Alias::path).toList(), inTitle));
            }
        });
        return found;
    }

    /** Names as written in text: {@code nova_core} and {@code nova-core} are also "nova core" and each other. */
    static List<String> spellings(String name) {
        List<String> out = new ArrayList<>(List.of(name));
        if (name.contains("_") || name.contains("-")) {
            for (String sep : List.of("_", "-", " ")) {
                String s = name.replaceAll("[-_]", sep);
                if (!out.contains(s)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    static boolean names(String text, String name) {
        return text != null && spellings(name).stream().anyMatch(s -> KeywordFilter.containsWord(text, s));
    }
}
