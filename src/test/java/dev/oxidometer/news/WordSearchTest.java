package dev.oxidometer.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class WordSearchTest {

    @Test
    void whole_words_in_any_case() {
        WordSearch text = WordSearch.of("Rust-for-Linux's NOVA driver, the nova_core crate; trust no one (v6.12)");

        assertThat(text.contains("rust")).isTrue();
        assertThat(text.contains("nova")).isTrue();
        assertThat(text.contains("nova_core")).isTrue();
        assertThat(text.contains("NoVa_CoRe")).isTrue();
        assertThat(text.contains("v6.12")).isTrue();
        assertThat(text.contains("6.12")).as("after the letter v").isFalse();
        assertThat(text.contains("ust")).isFalse();
        assertThat(text.contains("nova_cor")).isFalse();
        assertThat(text.contains("one (v6")).isTrue();
        assertThat(text.contains("rnull")).isFalse();
    }

    @Test
    void a_later_whole_word_counts_when_the_first_occurrence_is_inside_a_word() {
        assertThat(WordSearch.of("antitrust law, and Rust").contains("rust")).isTrue();
        assertThat(WordSearch.of("antitrust, trusted, rusty").contains("rust")).isFalse();
    }

    @Test
    void text_outside_ascii_follows_unicode_case_folding() {
        // the long s folds to s and the Kelvin sign to k under the regular expression's Unicode case rule
        assertThat(WordSearch.of("Ruſt in the kernel").contains("rust")).isTrue();
        assertThat(WordSearch.of("\u212Aernel").contains("kernel")).isTrue();
        // a letter outside ASCII is a letter: no word boundary after "Rust"
        assertThat(WordSearch.of("Rusté").contains("rust")).isFalse();
        assertThat(WordSearch.of("Linux² Rust").contains("linux")).isFalse();
        assertThat(WordSearch.of("über Rust").contains("rust")).isTrue();
        assertThat(WordSearch.of("Rust").contains("rusté")).isFalse();
    }

    @Test
    void null_and_empty_texts_contain_no_word() {
        assertThat(WordSearch.of(null).contains("rust")).isFalse();
        assertThat(WordSearch.of("").contains("rust")).isFalse();
    }

    /** The fast path and the rule's regular expression agree on random texts over a small, boundary-rich alphabet. */
    @Test
    void the_fast_path_gives_the_regular_expressions_answer() {
        Random random = new Random(20261202);
        List<String> pieces = List.of("r", "R", "u", "U", "s", "t", "T", "-", "_", " ", "1", ".", "é", "ſ", "'", "K",
                "\u212A");
        List<String> terms = List.of("rust", "RUST", "r", "t-r", "rust_1", "u", "1.1", "ust", "rust rust", "k", "s");
        int checked = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(14);
            for (int j = 0; j < length; j++) {
                text.append(pieces.get(random.nextInt(i % 2 == 0 ? 12 : pieces.size())));
            }
            String term = terms.get(random.nextInt(terms.size()));
            boolean expected = WordSearch.pattern(term).matcher(text).find();
            assertThat(WordSearch.of(text.toString()).contains(term))
                    .as("\"%s\" in \"%s\"", term, text).isEqualTo(expected);
            checked += expected ? 1 : 0;
        }
        assertThat(checked).as("texts that contain their term").isGreaterThan(500);
    }
}
