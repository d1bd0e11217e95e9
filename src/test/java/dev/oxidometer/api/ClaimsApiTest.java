package dev.oxidometer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import dev.oxidometer.release.DatasetLoader;
import dev.oxidometer.release.ScanDatasetJson;

/** {@code POST /api/claims}: open to anyone without a CSRF token, stores nothing, refuses bad text clearly. */
@SpringBootTest
@AutoConfigureMockMvc
class ClaimsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DatasetLoader loader;

    @BeforeEach
    void smallCorpus() throws Exception {
        loader.importDataset(ScanDatasetJson.read(new ByteArrayInputStream(ApiTest.fixture())), "fixture");
    }

    static String body(String text) {
        return "{\"text\": \"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
    }

    long rows() {
        return jdbc.sql("select (select count(*) from news_article) + (select count(*) from news_link)"
                + " + (select count(*) from release_tag)").query(Long.class).single();
    }

    @Test
    void an_anonymous_reader_gets_the_claims_with_the_contract_fields_and_nothing_is_stored() throws Exception {
        long before = rows();
        mvc.perform(post("/api/claims").contentType(MediaType.APPLICATION_JSON).header("X-Forwarded-For", "1")
                        .content(body("The rnull driver landed in Linux 6.12. The minimum rustc is 1.62.")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.claims[0].kind").value("landing"))
                .andExpect(jsonPath("$.claims[0].subject").value("rnull"))
                .andExpect(jsonPath("$.claims[0].quote").value("The rnull driver landed in Linux 6.12."))
                .andExpect(jsonPath("$.claims[0].verdict").value("unverifiable"))
                .andExpect(jsonPath("$.claims[0].evidence", containsString("between v6.2 and v6.12")))
                .andExpect(jsonPath("$.claims[0].releases[1]").value("v6.12"))
                .andExpect(jsonPath("$.claims[?(@.kind == 'build')].verdict", hasItem("contradicted")));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void html_is_read_as_text_and_never_returned_as_markup() throws Exception {
        long before = rows();
        mvc.perform(post("/api/claims").contentType(MediaType.APPLICATION_JSON)
                        .content(body("<p onclick=\"x()\">The minimum <b>rustc</b> is 1.78.<script>alert(1)</script></p>")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.claims[0].quote").value("The minimum rustc is 1.78."))
                .andExpect(jsonPath("$.claims[0].verdict").value("supported"))
                .andExpect(jsonPath("$.claims[*].quote", not(hasItem(containsString("<")))))
                .andExpect(jsonPath("$.claims[*].quote", not(hasItem(containsString("alert")))));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void empty_huge_binary_and_malformed_texts_are_refused_clearly() throws Exception {
        long before = rows();
        mvc.perform(post("/api/claims").contentType(MediaType.APPLICATION_JSON).content(body("  ")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("text is required")));
        mvc.perform(post("/api/claims").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("text is required")));
        mvc.perform(post("/api/claims").contentType(MediaType.APPLICATION_JSON).content(body("a".repeat(1 << 20))))
                .andExpect(status().isContentTooLarge()).andExpect(jsonPath("$.detail", containsString("100 kB")));
        mvc.perform(post("/api/claims").contentType(MediaType.APPLICATION_JSON)
                        .content(body("Rust ".repeat(30_000))))
                .andExpect(status().isContentTooLarge());
        mvc.perform(post("/api/claims").contentType(MediaType.APPLICATION_JSON)
                        .content(new byte[] {0x7b, (byte) 0xff, (byte) 0xfe, 0x00, 0x01, 0x7d}))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("not UTF-8")));
        mvc.perform(post("/api/claims").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"PK\\u0003\\u0004\\u0000\\u0000\\u0000\"}".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("binary")));
        mvc.perform(post("/api/claims").contentType(MediaType.APPLICATION_JSON).content("{\"text\": "))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("not JSON")));
        mvc.perform(post("/api/claims").contentType(MediaType.TEXT_PLAIN).content("Rust"))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post("/api/claims").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Rust\", \"date\": \"last week\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("not a date")));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void checks_are_throttled_per_address_with_retry_after() throws Exception {
        int ok = 0;
        int throttled = 0;
        for (int i = 0; i < 40; i++) {
            int status = mvc.perform(post("/api/claims").contentType(MediaType.APPLICATION_JSON)
                    .with(r -> {
                        r.setRemoteAddr("192.0.2.77");
                        return r;
                    }).content(body("Rust."))).andReturn().getResponse().getStatus();
            if (status == 200) {
                ok++;
            } else if (status == 429) {
                throttled++;
            }
        }
        // a burst of 30, refilled at one per two seconds while the loop runs
        assertThat(ok).isBetween(30, 36);
        assertThat(throttled).isEqualTo(40 - ok);
        mvc.perform(post("/api/claims").contentType(MediaType.APPLICATION_JSON).with(r -> {
            r.setRemoteAddr("192.0.2.77");
            return r;
        }).content(body("Rust."))).andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
    }

    @Test
    void the_rules_are_listed_one_per_kind() throws Exception {
        mvc.perform(get("/api/claims/rules")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].kind").value(org.hamcrest.Matchers.contains("presence", "landing", "docs",
                        "build", "size", "share", "unverifiable")))
                .andExpect(jsonPath("$[0].decides", containsString("contradicted")));
    }
}
