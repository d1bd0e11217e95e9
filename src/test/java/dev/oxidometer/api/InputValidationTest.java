package dev.oxidometer.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 12, findings 6 and 7: over-long and ill-shaped input is a 400 problem detail naming the field, checked
 * before the database (each of these was a 500), and an import accepts only release names, commit ids and sane
 * metrics.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InputValidationTest {

    static final RequestPostProcessor EDITOR = user("editor").roles("EDITOR");
    static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

    @Autowired
    MockMvc mvc;

    static String longText(int n) {
        return "a".repeat(n);
    }

    ResultActions postJson(String path, String json) throws Exception {
        return mvc.perform(post(path).with(EDITOR).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions putJson(String path, String json) throws Exception {
        return mvc.perform(put(path).with(EDITOR).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    long article() throws Exception {
        String body = postJson("/api/articles", "{\"url\":\"https://example.org/validation-" + System.nanoTime()
                + "\",\"title\":\"Rust in the kernel\",\"publishedAt\":\"2026-01-01\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void an_article_url_over_2048_characters_is_a_400_naming_url() throws Exception {
        postJson("/api/articles", "{\"url\":\"https://example.org/" + longText(2100) + "\",\"title\":\"t\","
                + "\"publishedAt\":\"2026-01-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.url").value(containsString("longer than 2048")));
    }

    @Test
    void an_article_with_more_than_50_tags_is_a_400_naming_tags() throws Exception {
        String tags = IntStream.range(0, 51).mapToObj(i -> "\"t" + i + "\"").collect(Collectors.joining(","));
        postJson("/api/articles", "{\"url\":\"https://example.org/many-tags\",\"title\":\"t\","
                + "\"publishedAt\":\"2026-01-01\",\"tags\":[" + tags + "]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.tags").value(containsString("more than 50 tags")));
        String many = IntStream.range(0, 10_000).mapToObj(i -> "\"t" + i + "\"").collect(Collectors.joining(","));
        postJson("/api/articles", "{\"url\":\"https://example.org/ten-thousand-tags\",\"title\":\"t\","
                + "\"publishedAt\":\"2026-01-01\",\"tags\":[" + many + "]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.tags").exists());
    }

    @Test
    void a_link_target_over_300_characters_is_a_400_naming_target() throws Exception {
        long id = article();
        postJson("/api/articles/" + id + "/links", "{\"kind\":\"driver\",\"target\":\"drivers/" + longText(400) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.target").value(containsString("longer than 300")));
    }

    @Test
    void an_alias_note_over_300_characters_is_a_400_naming_note() throws Exception {
        postJson("/api/news/aliases", "{\"alias\":\"x\",\"path\":\"drivers/x\",\"note\":\"" + longText(301) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.note").value(containsString("longer than 300")));
    }

    @Test
    void a_keyword_filter_over_4000_characters_is_a_400_naming_filter() throws Exception {
        putJson("/api/news/keyword-filter", "{\"filter\":\"" + longText(4001) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.filter").value(containsString("longer than 4000")));
    }

    @Test
    void a_feed_name_over_200_characters_is_a_400_naming_name() throws Exception {
        postJson("/api/news/feeds", "{\"name\":\"" + longText(201) + "\",\"url\":\"https://example.org/feed.xml\",\"refreshEnabled\":false}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.name").value(containsString("longer than 200")));
    }

    @Test
    void a_repository_path_over_4000_characters_is_a_400_naming_path() throws Exception {
        postJson("/api/repositories", "{\"name\":\"x\",\"path\":\"/" + longText(4001) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("path is longer than 4000")));
    }

    @Test
    void a_non_multipart_or_truncated_upload_is_a_400() throws Exception {
        mvc.perform(post("/api/articles/import/upload").with(EDITOR).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/articles/import/upload").with(EDITOR).with(csrf())
                        .contentType("multipart/form-data; boundary=XyZ")
                        .content("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.xml\"\r\n\r\n<rss"))
                .andExpect(status().isBadRequest());
    }

    static String release(String tag, String commit, String metrics) {
        return "{\"rulesVersion\":\"1\",\"releases\":[{\"tag\":\"" + tag + "\",\"commit\":\"" + commit
                + "\",\"date\":\"2025-01-01T00:00:00Z\",\"metrics\":" + metrics + "}]}";
    }

    @Test
    void an_import_accepts_only_release_names_as_tags() throws Exception {
        for (String tag : new String[] {"../../../etc/passwd", "<b>v6.1</b>", "=HYPERLINK(\\\"http://h/\\\",\\\"x\\\")",
                "v6", "6.1", "v6.1-rc", "v6.1.2", longText(101)}) {
            postJson("/api/import?repository=validation", release(tag, COMMIT, "{}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(containsString("tag must be a release name")));
        }
    }

    @Test
    void an_import_accepts_only_40_or_64_hex_digit_commits() throws Exception {
        for (String commit : new String[] {"a", COMMIT.substring(1), COMMIT + "0", COMMIT.toUpperCase().replace('0', 'G'),
                longText(65)}) {
            postJson("/api/import?repository=validation", release("v6.1", commit, "{}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(containsString("commit must be a commit id of 40 or 64")));
        }
    }

    @Test
    void an_import_refuses_negative_or_infinite_metrics_and_shares_outside_zero_to_one() throws Exception {
        postJson("/api/import?repository=validation", release("v6.1", COMMIT, "{\"rust.files\":-1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("at least 0")));
        postJson("/api/import?repository=validation", release("v6.1", COMMIT, "{\"rust.lines\":1e400}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("finite")));
        postJson("/api/import?repository=validation", release("v6.1", COMMIT, "{\"share.code\":1.5}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("between 0 and 1")));
        postJson("/api/import?repository=validation", release("v6.1", COMMIT, "{\"=cmd\":1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("not a metric name")));
    }
}
