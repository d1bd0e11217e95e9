package dev.oxidometer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.oxidometer.release.DatasetLoader;
import dev.oxidometer.release.ScanDatasetJson;

/**
 * The REST API on a mock servlet environment (a real server would need Vaadin's frontend build). The fixture's
 * repository is configured, which makes it the one the read API shows whatever other tests store.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"oxidometer.repositories[0].name=fixture",
        "oxidometer.repositories[0].path=/corpus/linux.git-work", "oxidometer.scan-on-start=false"})
class ApiTest {

    static final RequestPostProcessor EDITOR = user("editor").roles("EDITOR");

    @Autowired
    MockMvc mvc;
    @Autowired
    DatasetLoader loader;
    @Autowired
    JdbcClient jdbc;

    static byte[] fixture() throws IOException {
        return ApiTest.class.getResourceAsStream("/datasets/small-corpus.json").readAllBytes();
    }

    @BeforeEach
    void storeTheSmallCorpus() throws IOException {
        // idempotent: a second import replaces the same releases
        loader.importDataset(ScanDatasetJson.read(new java.io.ByteArrayInputStream(fixture())), "fixture");
    }

    private long releaseCount() {
        return jdbc.sql("SELECT COUNT(*) FROM release_tag").query(Long.class).single();
    }

    @Test
    void releases_are_listed_in_version_order_with_their_metrics() throws Exception {
        mvc.perform(get("/api/releases"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].tag").value("v6.1"))
                .andExpect(jsonPath("$[1].tag").value("v6.12"))
                .andExpect(jsonPath("$[1].metrics['rust.files']").value(4))
                .andExpect(jsonPath("$[1].metrics['share.code']").value(0.0004))
                .andExpect(jsonPath("$[1].metrics['rustc.min']").value("1.78.0"))
                .andExpect(jsonPath("$[1].date").value("2024-11-17T22:15:08Z"));
    }

    @Test
    void a_release_names_its_predecessor_and_lists_its_files() throws Exception {
        mvc.perform(get("/api/releases/v6.12"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.previousTag").value("v6.1"))
                .andExpect(jsonPath("$.files.length()").value(4))
                .andExpect(jsonPath("$.files[0].path").value("drivers/block/rnull.rs"));
    }

    @Test
    void an_unknown_tag_is_a_404_with_a_json_problem_and_no_stack_trace() throws Exception {
        mvc.perform(get("/api/releases/v9.99"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("No release v9.99 is stored"))
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(content().string(not(containsString("\tat "))));
        mvc.perform(get("/api/releases/v6.12/diff").param("from", "v1.0"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No release v1.0 is stored"));
        mvc.perform(get("/api/releases/v9.99/diff"))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_diff_defaults_to_the_previous_release() throws Exception {
        mvc.perform(get("/api/releases/v6.12/diff"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fromTag").value("v6.1"))
                .andExpect(jsonPath("$.drivers[0].name").value("rnull_mod"))
                .andExpect(jsonPath("$.drivers[0].change").value("landed"))
                .andExpect(jsonPath("$.abstractionsAdded[0]").value("block"))
                .andExpect(jsonPath("$.files[?(@.path == 'rust/kernel/lib.rs')].change").value("changed"));
    }

    @Test
    void drivers_abstractions_and_the_data_source_are_public() throws Exception {
        mvc.perform(get("/api/drivers"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("rnull_mod"))
                .andExpect(jsonPath("$[0].landedTag").value("v6.12"))
                .andExpect(jsonPath("$[0].linesPerRelease[0]").value(0))
                .andExpect(jsonPath("$[0].linesPerRelease[1]").value(80));
        mvc.perform(get("/api/drivers/rnull_mod")).andExpect(status().isOk())
                .andExpect(jsonPath("$.history[0].tag").value("v6.12"));
        mvc.perform(get("/api/drivers/nope")).andExpect(status().isNotFound());
        mvc.perform(get("/api/abstractions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'block')].firstTag").value("v6.12"));
        mvc.perform(get("/api/source"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.repository").value("fixture"))
                .andExpect(jsonPath("$.rulesVersion").value("1"));
    }

    @Test
    void first_and_last_seen_facts_carry_their_range_and_events_are_served_in_version_order() throws Exception {
        // the fixture holds v6.1 and v6.12 only: ten releases in between are not scanned
        mvc.perform(get("/api/drivers"))
                .andExpect(jsonPath("$[0].landedTag").value("v6.12"))
                .andExpect(jsonPath("$[0].landedAfterTag").value("v6.1"))
                .andExpect(jsonPath("$[0].landedExact").value(false))
                .andExpect(jsonPath("$[0].removedTag").isEmpty())
                .andExpect(jsonPath("$[0].removedAfterTag").isEmpty())
                .andExpect(jsonPath("$[0].removedExact").value(false))
                .andExpect(jsonPath("$[0].kind").value("module"));
        mvc.perform(get("/api/drivers/rnull_mod"))
                .andExpect(jsonPath("$.driver.landedAfterTag").value("v6.1"))
                .andExpect(jsonPath("$.driver.landedExact").value(false));
        mvc.perform(get("/api/abstractions"))
                .andExpect(jsonPath("$[?(@.name == 'block')].firstAfterTag").value("v6.1"))
                .andExpect(jsonPath("$[?(@.name == 'block')].firstExact").value(false))
                .andExpect(jsonPath("$[?(@.name == 'alloc')].firstTag").value("v6.1"))
                .andExpect(jsonPath("$[?(@.name == 'alloc')].firstAfterTag").value(org.hamcrest.Matchers.contains(
                        org.hamcrest.Matchers.nullValue())));
        mvc.perform(get("/api/events"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'driver-added')].subject").value("rnull_mod"))
                .andExpect(jsonPath("$[?(@.kind == 'first-driver')].tag").value("v6.12"))
                .andExpect(jsonPath("$[?(@.kind == 'first-driver')].afterTag").value("v6.1"))
                .andExpect(jsonPath("$[?(@.kind == 'first-driver')].exact").value(false))
                .andExpect(jsonPath("$[?(@.kind == 'rustc-min-changed')].detail").value("1.62.0 → 1.78.0"))
                .andExpect(jsonPath("$[*].tag", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("v6.12"))));
        mvc.perform(get("/v3/api-docs")).andExpect(jsonPath("$.paths['/api/events']").exists());
    }

    @Test
    void the_metrics_csv_has_a_header_and_one_crlf_terminated_row_per_release() throws Exception {
        String csv = mvc.perform(get("/api/metrics.csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv.split("\r\n", -1)).containsExactly(
                "tag,date,rc,repository,commit,rulesVersion,rust.files,rust.lines,rust.code,share.code,rustc.min,"
                        + "docs.mentions",
                "v6.1,2022-12-11T22:15:18Z,false,fixture,830b3c68c1fb1e9176028d02ef86f3cf76aa2476,1,3,180,120,"
                        + "0.00012,1.62.0,",
                "v6.12,2024-11-17T22:15:08Z,false,fixture,adc218676eef25575469234709c2d87185ca223a,1,4,300,210,"
                        + "0.0004,1.78.0,7",
                "");
    }

    @Test
    void the_export_holds_every_repository_in_the_scanner_format() throws Exception {
        mvc.perform(get("/api/export.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("oxidometer-export"))
                .andExpect(jsonPath("$.repositories[?(@.name == 'fixture')].releases.length()").value(2))
                .andExpect(jsonPath("$.repositories[?(@.name == 'fixture')].releases[0].files[0].blobId")
                        .value("1111111111111111111111111111111111111111"));
    }

    @Test
    void an_export_imported_again_restores_the_same_data() throws Exception {
        byte[] export = mvc.perform(get("/api/export.json")).andReturn().getResponse().getContentAsByteArray();
        long before = releaseCount();

        mvc.perform(post("/api/import").with(EDITOR).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(export))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("oxidometer-export"))
                .andExpect(jsonPath("$.sections[0]").value("repositories"));

        assertThat(releaseCount()).isEqualTo(before);
        byte[] again = mvc.perform(get("/api/export.json")).andReturn().getResponse().getContentAsByteArray();
        assertThat(withoutExportDate(again)).isEqualTo(withoutExportDate(export));
    }

    private static String withoutExportDate(byte[] json) {
        return new String(json, StandardCharsets.UTF_8).replaceAll("\"exportedAt\":\"[^\"]*\"", "")
                .replaceAll("\"scannedAt\":\"[^\"]*\"", "");
    }

    @Test
    void a_malformed_import_is_rejected_whole_and_nothing_of_it_is_stored() throws Exception {
        long before = releaseCount();
        String good = "{\"tag\":\"v7.0\",\"commit\":\"0123456789abcdef0123456789abcdef01234567\","
                + "\"date\":\"2025-01-01T00:00:00Z\",\"metrics\":{\"rust.files\":1}}";
        String bad = "{\"tag\":\"v7.1\",\"commit\":\"4567456789abcdef0123456789abcdef01234567\",\"date\":\"2025-03-01T00:00:00Z\",\"metrics\":{},"
                + "\"files\":[{\"path\":\"x.rs\",\"category\":\"nonsense\",\"lines\":1,\"code\":1,\"comments\":0,\"blanks\":0}]}";
        String export = "{\"format\":\"oxidometer-export\",\"repositories\":["
                + "{\"name\":\"half\",\"rulesVersion\":\"1\",\"repository\":\"/half\",\"releases\":[" + good + "]},"
                + "{\"name\":\"broken\",\"rulesVersion\":\"1\",\"repository\":\"/broken\",\"releases\":[" + good + ","
                + bad + "]}]}";

        mvc.perform(post("/api/import").with(EDITOR).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(export))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("repositories[1].releases[1] (v7.1).files[0]"
                        + ".category: unknown category nonsense")));
        mvc.perform(post("/api/import").with(EDITOR).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rulesVersion\":\"1\",\"releases\":[" + good + ","))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Not valid JSON")));
        mvc.perform(post("/api/import").with(EDITOR).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("[1, 2, 3]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("neither scanner output")));

        assertThat(releaseCount()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM repository WHERE name IN ('half', 'broken')").query(Long.class)
                .single()).isZero();
    }

    @Test
    void scanner_output_can_be_imported_into_a_named_repository() throws Exception {
        mvc.perform(post("/api/import").param("repository", "imported-corpus").with(EDITOR).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(fixture()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("scanner"))
                .andExpect(jsonPath("$.repositories[0]").value("imported-corpus"))
                .andExpect(jsonPath("$.releases").value(2));
    }

    @Test
    void an_unknown_scan_is_a_404_and_the_openapi_description_and_health_are_public() throws Exception {
        mvc.perform(get("/api/scans/987654")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No scan 987654"));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/releases']").exists());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/api/releases").header("Accept", "application/json")).andExpect(header().doesNotExist(
                "WWW-Authenticate"));
    }

    @Test
    void an_unknown_api_path_is_a_404_problem_and_a_known_one_with_another_method_a_405() throws Exception {
        mvc.perform(get("/api/nope"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("/api/nope")));
        mvc.perform(get("/api/releases/v6.12/nope")).andExpect(status().isNotFound());
        mvc.perform(post("/api/nope").with(EDITOR).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/source")
                        .with(EDITOR).with(csrf()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "GET, HEAD"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/source")).andExpect(status().isOk());
    }
}
