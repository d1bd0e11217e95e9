package dev.oxidometer.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CanonicalUrlTest {

    @Test
    void scheme_and_host_are_lower_cased_and_the_fragment_is_dropped() {
        assertThat(CanonicalUrl.of("HTTPS://LWN.Net/Articles/1039163/#Comments"))
                .isEqualTo("https://lwn.net/Articles/1039163");
    }

    @Test
    void the_path_keeps_its_case() {
        assertThat(CanonicalUrl.of("https://lwn.net/Articles/X")).isEqualTo("https://lwn.net/Articles/X");
    }

    @Test
    void utm_parameters_go_and_other_parameters_stay_in_order() {
        assertThat(CanonicalUrl.of("https://example.org/a?utm_source=rss&id=7&UTM_Medium=x&page=2"))
                .isEqualTo("https://example.org/a?id=7&page=2");
        assertThat(CanonicalUrl.of("https://example.org/a?utm_source=rss")).isEqualTo("https://example.org/a");
    }

    @Test
    void a_trailing_slash_makes_no_difference() {
        assertThat(CanonicalUrl.of("https://lwn.net/Articles/1/")).isEqualTo(CanonicalUrl.of("https://lwn.net/Articles/1"));
        assertThat(CanonicalUrl.of("https://lwn.net")).isEqualTo(CanonicalUrl.of("https://lwn.net/"));
    }

    @Test
    void default_ports_are_dropped_and_others_kept() {
        assertThat(CanonicalUrl.of("http://example.org:80/x")).isEqualTo("http://example.org/x");
        assertThat(CanonicalUrl.of("https://example.org:8443/x")).isEqualTo("https://example.org:8443/x");
    }

    @Test
    void javascript_and_other_schemes_are_refused() {
        assertThatThrownBy(() -> CanonicalUrl.of("javascript:alert(1)"))
                .hasMessageContaining("only http and https").hasMessageContaining("javascript:");
        assertThatThrownBy(() -> CanonicalUrl.of("  JavaScript:alert(document.cookie)")).hasMessageContaining("only http");
        assertThatThrownBy(() -> CanonicalUrl.of("file:///etc/passwd")).hasMessageContaining("only http");
        assertThatThrownBy(() -> CanonicalUrl.of("lwn.net/Articles/1")).hasMessageContaining("only http");
        assertThatThrownBy(() -> CanonicalUrl.of("https://user:pw@example.org/")).hasMessageContaining("password");
        assertThatThrownBy(() -> CanonicalUrl.of("https:///nohost")).hasMessageContaining("host");
        assertThatThrownBy(() -> CanonicalUrl.of("https://exa mple.org/")).hasMessageContaining("not a valid URL");
    }

    @Test
    void the_site_name_is_the_host_without_www() {
        assertThat(CanonicalUrl.siteName("https://www.phoronix.com/news/x")).isEqualTo("phoronix.com");
        assertThat(CanonicalUrl.siteName("https://lwn.net/Articles/1")).isEqualTo("lwn.net");
    }
}
