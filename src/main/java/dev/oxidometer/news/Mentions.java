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

    /**
     * @param title   the article's title, prepared for lookups
     * @param summary its summary, or null when it has none
     */
    static List<Mention> of(WordSearch title, WordSearch summary, List<Alias> aliases) {
        Map<String, List<Alias>> byName = new LinkedHashMap<>();
        for (Alias a : aliases) {
            byName.computeIfAbsent(a.alias(), k -> new ArrayList<>()).add(a);
        }
        List<Mention> found = new ArrayList<>();
        byName.forEach((name, group) -> {
            boolean inTitle = title.contains(name);
            if (inTitle || (summary != null && summary.contains(name))) {
                found.add(new Mention(name, group.stream().map(Alias::path).toList(), inTitle));
            }
        });
        return found;
    }

    /** Names as written in text: {@code nova_core} and {@code nova-core} are also "nova core" and each other. */
    static List<String> spellings(String name) {
        if (SPELLINGS.size() > SPELLINGS_LIMIT) {
            SPELLINGS.clear();
        }
        return SPELLINGS.computeIfAbsent(name, Mentions::spell);
    }

    /** Names are few (aliases, drivers, modules) and asked for on every entry of a feed import. */
    private static final int SPELLINGS_LIMIT = 10_000;
    private static final Map<String, List<String>> SPELLINGS = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<String> spell(String name) {
        List<String> out = new ArrayList<>(List.of(name));
        if (name.contains("_") || name.contains("-")) {
            for (String sep : List.of("_", "-", " ")) {
                String s = name.replaceAll("[-_]", sep);
                if (!out.contains(s)) {
                    out.add(s);
                }
            }
        }
        return List.copyOf(out);
    }

    static boolean names(String text, String name) {
        return text != null && names(WordSearch.of(text), name);
    }

    static boolean names(WordSearch text, String name) {
        for (String s : spellings(name)) {
            if (text.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
