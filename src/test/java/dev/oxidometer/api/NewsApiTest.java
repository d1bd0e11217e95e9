package dev.oxidometer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.oxidometer.news.ArticleService;
import dev.oxidometer.release.DatasetLoader;
import dev.oxidometer.release.ScanDatasetJson;

/** The news API: public reads, editor writes, imports, links, and the news section of export/import. */
@SpringBootTest
@AutoConfigureMockMvc
class NewsApiTest {

    static final RequestPostProcessor EDITOR = user("alice").roles("EDITOR");
    static final RequestPostProcessor READER = user("bob").roles("USER");

    static final String BINDER = """
            {"url": "https://www.phoronix.com/news/Rust-Binder-For-Linux-6.18?utm_source=rss",
             "title": "Linux 6.18 Expected To Land Google's Rust Binder Driver",
             "publishedAt": "2025-09-20", "summary": "Queued for the 6.18 merge window.", "tags": ["binder"]}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ArticleService articles;
    @Autowired
    DatasetLoader loader;

    @BeforeEach
    void smallCorpusAndNoArticles() throws Exception {
        // the context (and its database) is shared with other test classes: the same idempotent fixture as ApiTest
        loader.importDataset(ScanDatasetJson.read(new ByteArrayInputStream(ApiTest.fixture())), "fixture");
        jdbc.sql("delete from news_article").update();
    }

    long create(String json) throws Exception {
        String body = mvc.perform(post("/api/articles").with(EDITOR).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Long.parseLong(body.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
    }

    @Test
    void anyone_reads_articles_but_only_editors_write() throws Exception {
        create(BINDER);

        mvc.perform(get("/api/articles")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].url").value("https://www.phoronix.com/news/Rust-Binder-For-Linux-6.18"))
                .andExpect(jsonPath("$[0].source").value("phoronix.com"))
                .andExpect(jsonPath("$[0].createdBy").value("alice"));
        mvc.perform(post("/api/articles").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(BINDER))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/articles").with(READER).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(BINDER)).andExpect(status().isForbidden());
        mvc.perform(delete("/api/articles/1").with(READER).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/api/articles/import/upload").with(csrf())).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/articles/suggestions")).andExpect(status().isOk());
    }

    @Test
    void scripts_write_with_http_basic_and_get_field_errors_as_problem_details() throws Exception {
        mvc.perform(post("/api/articles").with(httpBasic("admin", "test-admin-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"javascript:alert(1)\", \"title\": \"\", \"publishedAt\": \"yesterday\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.url").value("only http and https URLs are accepted (not javascript:)"))
                .andExpect(jsonPath("$.fieldErrors.title").value("title is required"))
                .andExpect(jsonPath("$.fieldErrors.publishedAt").value(
                        "not a date: \"yesterday\" (use 2025-10-01 or 2025-10-01T12:00:00Z)"));
        assertThat(articles.search(dev.oxidometer.news.ArticleFilter.ALL)).isEmpty();
    }

    @Test
    void an_article_is_filtered_changed_linked_and_deleted() throws Exception {
        long id = create(BINDER);

        mvc.perform(get("/api/articles").param("q", "binder").param("from", "2025-09-01").param("to", "2025-09-20")
                .param("linked", "false")).andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/articles").param("source", "lwn.net")).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(put("/api/articles/" + id).with(EDITOR).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(BINDER.replace("Queued for", "Queued ahead of")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.summary").value("Queued ahead of the 6.18 merge window."));
        String link = mvc.perform(post("/api/articles/" + id + "/links").with(EDITOR).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"category\", \"target\": \"drivers\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.origin").value("manual"))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/articles/" + id + "/links").with(EDITOR).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"planet\", \"target\": \"x\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/articles").param("linked", "true")).andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/articles/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.article.title").value("Linux 6.18 Expected To Land Google's Rust Binder Driver"))
                .andExpect(jsonPath("$.links[*].target", hasItem("drivers")))
                .andExpect(jsonPath("$.claims[?(@.kind == 'presence')].subject", hasItem("Binder")));
        long linkId = Long.parseLong(link.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        mvc.perform(delete("/api/articles/links/" + linkId).with(EDITOR).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(delete("/api/articles/" + id).with(EDITOR).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(get("/api/articles/" + id)).andExpect(status().isNotFound());
    }

    @Test
    void an_uploaded_feed_is_imported_and_a_private_feed_url_is_refused() throws Exception {
        byte[] feed = NewsApiTest.class.getResourceAsStream("/news/sample-feed-rss2.xml").readAllBytes();

        mvc.perform(multipart("/api/articles/import/upload").file(new MockMultipartFile("file", "feed.xml",
                        "application/rss+xml", feed)).with(EDITOR).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added.length()").value(4))
                .andExpect(jsonPath("$.filteredOut.length()").value(1));
        mvc.perform(post("/api/articles/import").with(EDITOR).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"http://169.254.169.254/latest/meta-data\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(
                        "refused to fetch from 169.254.169.254: it resolves to a link-local address 169.254.169.254"))
                .andExpect(jsonPath("$.report.failure").value("REFUSED"));
    }

    /** Issue 12, finding 9: a failed import is a 4xx/5xx problem detail, not a 200 with an error inside. */
    @Test
    void a_failed_feed_import_is_answered_with_an_error_status() throws Exception {
        mvc.perform(multipart("/api/articles/import/upload").file(new MockMultipartFile("file", "feed.xml",
                        "application/rss+xml", "<rss><channel><item>".getBytes(StandardCharsets.UTF_8)))
                        .with(EDITOR).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("not a readable RSS or Atom feed")));
        // a URL that is refused before any fetch is the caller's error
        mvc.perform(post("/api/articles/import").with(EDITOR).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"ftp://example.org/feed\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void suggestions_are_reviewed_through_the_api() throws Exception {
        long id = create(BINDER);
        String pending = mvc.perform(get("/api/articles/suggestions")).andReturn().getResponse().getContentAsString();
        long first = Long.parseLong(pending.replaceAll("(?s)^\\[\\{\"id\":(\\d+).*", "$1"));

        // which release depends on the default repository, which other test classes in this context may change
        mvc.perform(get("/api/articles/suggestions")).andExpect(jsonPath("$[0].kind").value("release"))
                .andExpect(jsonPath("$[0].reason").value(org.hamcrest.Matchers.containsString("release when the article appeared")));
        mvc.perform(post("/api/articles/links/" + first + "/accept").with(EDITOR).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("accepted"))
                .andExpect(jsonPath("$.reviewedBy").value("alice"));
        mvc.perform(post("/api/articles/links/" + first + "/reject").with(READER).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(id).isPositive();
    }

    @Test
    void articles_links_and_aliases_travel_in_the_export_and_come_back_with_an_import() throws Exception {
        long id = create(BINDER);
        mvc.perform(post("/api/articles/" + id + "/links").with(EDITOR).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"category\", \"target\": \"drivers\"}"));
        String export = mvc.perform(get("/api/export.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.news.articles[0].url").value("https://www.phoronix.com/news/Rust-Binder-For-Linux-6.18"))
                .andExpect(jsonPath("$.news.links[*].target", hasItem("drivers")))
                .andExpect(jsonPath("$.news.aliases[*].alias", hasItem("NVMe")))
                .andReturn().getResponse().getContentAsString();

        jdbc.sql("delete from news_article").update();
        mvc.perform(post("/api/import").with(EDITOR).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(export.getBytes(StandardCharsets.UTF_8))).andExpect(status().isOk());

        mvc.perform(get("/api/articles")).andExpect(jsonPath("$[0].createdBy").value("alice"))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/articles").param("linked", "true")).andExpect(jsonPath("$.length()").value(1));
    }
}
