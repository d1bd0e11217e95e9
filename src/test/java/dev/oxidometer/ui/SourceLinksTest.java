package dev.oxidometer.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceLinksTest {

    @Test
    void path_and_tag_are_put_into_the_template_with_slashes_kept() {
        SourceLinks links = new SourceLinks("https://example.org/src/{tag}/{path}");
        assertThat(links.url("rust/kernel/str.rs", "v6.12-rc1")).isEqualTo("https://example.org/src/v6.12-rc1/rust/kernel/str.rs");
    }

    @Test
    void characters_that_would_break_the_url_are_encoded() {
        SourceLinks links = new SourceLinks(SourceLinks.DEFAULT_TEMPLATE);
        assertThat(links.url("drivers/a b&c.rs", "v6.1")).endsWith("/tree/drivers/a%20b%26c.rs?h=v6.1");
    }

    @Test
    void an_empty_template_turns_links_off() {
        assertThat(new SourceLinks(" ").enabled()).isFalse();
    }
}
