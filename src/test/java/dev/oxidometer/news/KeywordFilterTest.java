package dev.oxidometer.news;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeywordFilterTest {

    @Test
    void the_default_filter_wants_rust_together_with_kernel_or_linux() {
        assertThat(KeywordFilter.DEFAULT.matches("Rust Binder driver lands in Linux 6.18")).isTrue();
        assertThat(KeywordFilter.DEFAULT.matches("A memory model for Rust code in the kernel")).isTrue();
        assertThat(KeywordFilter.DEFAULT.matches("Rust 1.90 released")).isFalse();
        assertThat(KeywordFilter.DEFAULT.matches("Statistics from the 4.17 kernel development cycle")).isFalse();
    }

    @Test
    void terms_match_whole_words_in_any_case() {
        assertThat(KeywordFilter.DEFAULT.matches("In trust we kernel")).isFalse();
        assertThat(KeywordFilter.DEFAULT.matches("RUST-for-LINUX news")).isTrue();
        assertThat(KeywordFilter.DEFAULT.matches("Linux's Rust story")).isTrue();
    }

    @Test
    void an_edited_filter_round_trips_through_its_text_form() {
        KeywordFilter f = KeywordFilter.parse("rust, rustc\n\n  nova ,  tyr \n");

        assertThat(f.format()).isEqualTo("rust, rustc\nnova, tyr");
        assertThat(f.matches("rustc and Tyr")).isTrue();
        assertThat(f.matches("rust kernel")).isFalse();
        assertThat(KeywordFilter.parse("").matches("anything")).isTrue();
    }
}
