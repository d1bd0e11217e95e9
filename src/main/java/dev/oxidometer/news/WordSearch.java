package dev.oxidometer.news;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A text prepared for many whole-word, case-insensitive lookups ({@link KeywordFilter}'s rule: "rust" matches
 * "Rust's" and "Rust-for-Linux" but not "trust"). A feed import asks every entry's title and summary for every
 * filter term, alias, driver and module name (a million lookups for a 10,000-entry feed), so an ASCII text is folded
 * to lower case once and searched with {@link String#indexOf} and a boundary check; a text or term with any other
 * character goes through the regular expression, whose Unicode case folding ({@code ſ} is an {@code s}, the Kelvin
 * sign a {@code k}) a plain lower-casing does not reproduce. Both ways give the same answer ({@code WordSearchTest}).
 */
final class WordSearch {

    private static final int PATTERN_CACHE_LIMIT = 10_000;
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private final String text;
    /** The text in ASCII lower case, or null when it holds a character outside ASCII. */
    private final String folded;

    private WordSearch(String text) {
        this.text = text;
        this.folded = ascii(text) ? text.toLowerCase(Locale.ROOT) : null;
    }

    static WordSearch of(String text) {
        return new WordSearch(text == null ? "" : text);
    }

    /** Whether {@code term} occurs as a whole word, in any case. */
    boolean contains(String term) {
        if (folded == null || term.isEmpty() || !ascii(term)) {
            return pattern(term).matcher(text).find();
        }
        String t = term.toLowerCase(Locale.ROOT);
        for (int at = folded.indexOf(t); at >= 0; at = folded.indexOf(t, at + 1)) {
            int end = at + t.length();
            if ((at == 0 || !letterOrDigit(folded.charAt(at - 1)))
                    && (end == folded.length() || !letterOrDigit(folded.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** The regular expression of the rule, compiled once per term (terms are few; the bound is a guard). */
    static Pattern pattern(String term) {
        if (PATTERNS.size() > PATTERN_CACHE_LIMIT) {
            PATTERNS.clear();
        }
        return PATTERNS.computeIfAbsent(term, w -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w)
                + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    private static boolean letterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
