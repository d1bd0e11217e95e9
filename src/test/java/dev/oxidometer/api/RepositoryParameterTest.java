package dev.oxidometer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.oxidometer.release.DatasetLoader;
import dev.oxidometer.release.ScanDatasetJson;

/**
 * {@code ?repository=} on every read endpoint: the fixture (configured, so the default) holds v6.1 and v6.12; a
 * second tree holds v6.1 only, from another path. Each endpoint answers for the tree it is asked about, the default
 * without the parameter, and 404 problem+json for an unknown name.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"oxidometer.repositories[0].name=fixture",
        "oxidometer.repositories[0].path=/corpus/linux.git-work", "oxidometer.scan-on-start=false"})
class RepositoryParameterTest {

    static final String SECOND = "second-tree";

    @Autowired
    MockMvc mvc;
    @Autowired
    DatasetLoader loader;

    @BeforeEach
    void twoTrees() throws Exception {
        loader.importDataset(ScanDatasetJson.read(new ByteArrayInputStream(ApiTest.fixture())), "fixture");
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode second = (ObjectNode) json.readTree(ApiTest.fixture());
        second.put("repository", "/corpus/second-tree.git");
        ArrayNode releases = (ArrayNode) second.get("releases");
        releases.remove(1);
        loader.importDataset(ScanDatasetJson.read(new ByteArrayInputStream(json.writeValueAsBytes(second))), SECOND);
    }

    private String body(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void releases_and_one_release_are_read_from_the_named_tree() throws Exception {
        mvc.perform(get("/api/releases")).andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get("/api/releases").param("repository", SECOND)).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].tag").value("v6.1"));
        mvc.perform(get("/api/releases/v6.12")).andExpect(status().isOk());
        mvc.perform(get("/api/releases/v6.1").param("repository", SECOND)).andExpect(status().isOk())
                .andExpect(jsonPath("$.tag").value("v6.1"));
        mvc.perform(get("/api/releases/v6.12").param("repository", SECOND)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No release v6.12 is stored"));
    }

    @Test
    void a_diff_is_read_from_the_named_tree() throws Exception {
        mvc.perform(get("/api/releases/v6.12/diff")).andExpect(status().isOk())
                .andExpect(jsonPath("$.fromTag").value("v6.1"));
        mvc.perform(get("/api/releases/v6.12/diff").param("repository", SECOND)).andExpect(status().isNotFound());
        mvc.perform(get("/api/releases/v6.12/diff").param("repository", "fixture")).andExpect(status().isOk());
    }

    @Test
    void drivers_abstractions_and_events_are_read_from_the_named_tree() throws Exception {
        mvc.perform(get("/api/drivers")).andExpect(jsonPath("$[0].name").value("rnull_mod"));
        mvc.perform(get("/api/drivers").param("repository", SECOND)).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/drivers/rnull_mod").param("repository", SECOND)).andExpect(status().isNotFound());
        mvc.perform(get("/api/abstractions")).andExpect(jsonPath("$[?(@.name == 'block')].firstTag").value("v6.12"));
        mvc.perform(get("/api/abstractions").param("repository", SECOND)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'block')]").isEmpty());
        assertThat(body("/api/events?repository=" + SECOND)).isNotEqualTo(body("/api/events"));
        assertThat(body("/api/events?repository=fixture")).isEqualTo(body("/api/events"));
    }

    @Test
    void the_data_source_the_csv_and_the_chart_images_are_those_of_the_named_tree() throws Exception {
        mvc.perform(get("/api/source")).andExpect(jsonPath("$.repository").value("fixture"));
        mvc.perform(get("/api/source").param("repository", SECOND)).andExpect(status().isOk())
                .andExpect(jsonPath("$.repository").value(SECOND));
        String csv = body("/api/metrics.csv?repository=" + SECOND);
        assertThat(csv).contains("v6.1").doesNotContain("v6.12").contains(SECOND);
        assertThat(body("/api/metrics.csv")).contains("v6.12");
        String chart = body("/api/charts/adoption.csv?repository=" + SECOND);
        assertThat(chart).contains("v6.1").doesNotContain("v6.12");
        assertThat(body("/api/charts/adoption.csv")).contains("v6.12");
    }

    @Test
    void an_unknown_repository_is_a_404_problem_on_every_read_endpoint() throws Exception {
        for (String url : List.of("/api/releases", "/api/releases/v6.12", "/api/releases/v6.12/diff", "/api/drivers",
                "/api/drivers/rnull_mod", "/api/abstractions", "/api/events", "/api/source", "/api/metrics.csv",
                "/api/charts/adoption.png", "/api/charts/share.csv")) {
            mvc.perform(get(url).param("repository", "nope")).andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.detail").value(containsString("No repository named nope")))
                    .andExpect(jsonPath("$.detail").value(containsString(SECOND)));
        }
    }

    @Test
    void without_the_parameter_the_default_repository_is_read_as_before() throws Exception {
        assertThat(body("/api/releases?repository=fixture")).isEqualTo(body("/api/releases"));
        assertThat(body("/api/source?repository=")).isEqualTo(body("/api/source"));
    }
}
