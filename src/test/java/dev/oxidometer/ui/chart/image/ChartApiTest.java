package dev.oxidometer.ui.chart.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.oxidometer.release.DatasetLoader;
import dev.oxidometer.release.ScanDatasetJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/charts/*}: stamped PNG and SVG images of the dashboard's charts, and their CSV. Same context as ApiTest. */
@SpringBootTest(classes = dev.oxidometer.OxidometerApplication.class)
@AutoConfigureMockMvc
@TestPropertySource(properties = {"oxidometer.repositories[0].name=fixture",
        "oxidometer.repositories[0].path=/corpus/linux.git-work", "oxidometer.scan-on-start=false"})
class ChartApiTest {

    static final String STAMP = "oxidometer · fixture · v6.1–v6.12 (adc218676eef) · counting rules 1 · scanned "
            + "2026-11-24 11:00 UTC · http://localhost/";

    @Autowired
    MockMvc mvc;
    @Autowired
    DatasetLoader loader;

    @BeforeEach
    void storeTheSmallCorpus() throws IOException {
        byte[] json = ChartApiTest.class.getResourceAsStream("/datasets/small-corpus.json").readAllBytes();
        loader.importDataset(ScanDatasetJson.read(new ByteArrayInputStream(json)), "fixture");
    }

    private MockHttpServletResponse fetch(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse();
    }

    @Test
    void a_png_has_the_asked_size_an_opaque_background_and_the_stamp_in_its_text_chunks() throws Exception {
        MockHttpServletResponse r = fetch("/api/charts/adoption.png?width=1920&height=1080");
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentType()).isEqualTo("image/png");
        byte[] png = r.getContentAsByteArray();
        PngChunks.Header ihdr = PngChunks.header(png);
        assertThat(ihdr.width()).isEqualTo(1920);
        assertThat(ihdr.height()).isEqualTo(1080);
        assertThat(ihdr.colourType()).as("truecolour without alpha: never transparent").isEqualTo(2);
        java.awt.image.BufferedImage decoded = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
        assertThat(decoded.getWidth()).as("a PNG that a standard decoder reads").isEqualTo(1920);
        assertThat(decoded.getRGB(0, 0) & 0xffffff).as("the light theme's background").isEqualTo(0xffffff);

        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/api-adoption-1920x1080.png"), png);
        Map<String, String> text = PngChunks.text(png);
        assertThat(text.get("Title")).isEqualTo("Rust code lines by category");
        assertThat(text.get("Source")).startsWith(STAMP);
        assertThat(text.get("Source").lines().toList().get(1)).isEqualTo("v6.2–v6.11 not scanned");
        assertThat(text).containsEntry("oxidometer:missing", "v6.2–v6.11 not scanned");
        assertThat(text.get("Source")).contains("Trees are not upstream release tags: v6.1: Debian linux 6.1.158; "
                + "v6.12: Debian linux 6.12.57");
        assertThat(text).containsEntry("oxidometer:repository", "fixture")
                .containsEntry("oxidometer:tags", "v6.1–v6.12")
                .containsEntry("oxidometer:commit", "adc218676eef25575469234709c2d87185ca223a")
                .containsEntry("oxidometer:rulesVersion", "1")
                .containsEntry("oxidometer:scannedAt", "2026-11-24T11:00:00Z")
                .containsEntry("oxidometer:permalink", "http://localhost/");
        assertThat(String.join(" ", text.values())).doesNotContain("/corpus/linux.git-work");

        JsonNode series = JsonMapper.builder().build().readTree(text.get("Comment"));
        assertThat(series.get("tags").toString()).isEqualTo("[\"v6.1\",\"v6.12\"]");
        assertThat(series.get("series").size()).as("five categories, vendored crates hidden").isEqualTo(5);
        assertThat(series.get("series").get(0).get("label").asString()).isEqualTo("Abstractions");
    }

    @Test
    void a_metric_png_carries_the_metric_values_and_a_permalink_to_the_same_view() throws Exception {
        byte[] png = fetch("/api/charts/metric.png?key=rust.code&scale=log&rc=on&width=800&height=450")
                .getContentAsByteArray();
        Map<String, String> text = PngChunks.text(png);
        assertThat(text.get("oxidometer:permalink")).isEqualTo("http://localhost/?metric=rust.code&rc=on&scale=log");
        JsonNode series = JsonMapper.builder().build().readTree(text.get("Comment"));
        assertThat(series.at("/series/0/values").toString()).isEqualTo("[120.0,210.0]");
        assertThat(PngChunks.header(png).width()).isEqualTo(800);
    }

    @Test
    void an_svg_is_standalone_xml_with_real_text_and_the_stamp_and_series_in_its_metadata() throws Exception {
        MockHttpServletResponse r = fetch("/api/charts/share.svg?theme=dark&width=1200&height=675&from=v6.12&vendored=on");
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentType()).isEqualTo("image/svg+xml");
        String svg = r.getContentAsString(StandardCharsets.UTF_8);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(Double.parseDouble(root.getAttribute("width"))).isEqualTo(1200);
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "metadata").getLength()).isEqualTo(1);

        NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        StringBuilder allText = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            allText.append(texts.item(i).getTextContent()).append('\n');
        }
        assertThat(allText).contains("Rust share of the code", "Rust share of code, vendored crates left out (%)",
                "oxidometer · fixture · v6.12 (adc218676eef) · counting rules 1");

        String ns = ChartImages.SVG_METADATA_NS;
        assertThat(doc.getElementsByTagNameNS(ns, "permalink").item(0).getTextContent())
                .isEqualTo("http://localhost/?vendored=on&from=v6.12");
        assertThat(doc.getElementsByTagNameNS(ns, "commit").item(0).getTextContent())
                .isEqualTo("adc218676eef25575469234709c2d87185ca223a");
        assertThat(doc.getElementsByTagNameNS(ns, "tags").item(0).getTextContent()).isEqualTo("v6.12");
        assertThat(doc.getElementsByTagNameNS(ns, "series").item(0).getTextContent()).contains("\"values\":[0.04]");
        assertThat(svg).as("the dark theme's opaque background first")
                .containsPattern("(?s)<svg[^>]*>.*?<rect x='0.0' y='0.0' width='1200.0' height='675.0' style='fill:rgb\\(35,51,72\\)'/>");
    }

    @Test
    void the_etag_is_stable_a_matching_if_none_match_is_a_304_and_other_data_changes_it() throws Exception {
        MockHttpServletResponse first = fetch("/api/charts/adoption.svg");
        String etag = first.getHeader("ETag");
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(first.getHeader("Cache-Control")).contains("max-age=300").contains("public");
        assertThat(fetch("/api/charts/adoption.svg").getHeader("ETag")).isEqualTo(etag);

        mvc.perform(get("/api/charts/adoption.svg").header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andExpect(header().string("ETag", etag))
                .andExpect(content().bytes(new byte[0]));
        assertThat(fetch("/api/charts/adoption.svg?vendored=on").getHeader("ETag")).isNotEqualTo(etag);
        assertThat(fetch("/api/charts/adoption.png").getHeader("ETag")).isNotEqualTo(etag);

        String changed = new String(ChartApiTest.class.getResourceAsStream("/datasets/small-corpus.json")
                .readAllBytes(), StandardCharsets.UTF_8).replace("2026-11-24T11:00:00Z", "2026-11-25T11:00:00Z");
        loader.importDataset(ScanDatasetJson.read(new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8))),
                "fixture");
        mvc.perform(get("/api/charts/adoption.svg").header("If-None-Match", etag)).andExpect(status().isOk());
    }

    @Test
    void the_csv_holds_exactly_the_series_shown() throws Exception {
        String csv = fetch("/api/charts/adoption.csv?hide=abstractions,other&vendored=on").getContentAsString(
                StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).containsExactly(
                "tag,date,commit,Drivers,Samples,Infrastructure,Vendored crates",
                "v6.1,2022-12-11T22:15:18Z,830b3c68c1fb1e9176028d02ef86f3cf76aa2476,0,0,0,0",
                "v6.12,2024-11-17T22:15:08Z,adc218676eef25575469234709c2d87185ca223a,0,0,0,0");
        assertThat(fetch("/api/charts/metric.csv?key=rust.code&to=v6.1").getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo("tag,date,commit,Rust code lines\r\nv6.1,2022-12-11T22:15:18Z,"
                        + "830b3c68c1fb1e9176028d02ef86f3cf76aa2476,120\r\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/charts/adoption.png?width=50|width|between 200 and 4000",
            "/api/charts/adoption.png?height=4001|height|between 200 and 4000",
            "/api/charts/adoption.svg?width=wide|width|whole number",
            "/api/charts/adoption.svg?theme=pink|theme|light or dark",
            "/api/charts/adoption.svg?from=v9.9|from|no release v9.9",
            "/api/charts/adoption.svg?to=v1.0|to|no release v1.0",
            "/api/charts/adoption.svg?from=v6.12&to=v6.1|from|comes after",
            "/api/charts/adoption.svg?hide=kernel|hide|no series \"kernel\"",
            "/api/charts/adoption.svg?rc=maybe|rc|on or off",
            "/api/charts/adoption.svg?scale=cubic|scale|linear or log",
            "/api/charts/metric.svg|key|give a metric key",
            "/api/charts/metric.png?key=rustc.min|key|no numeric metric",
            "/api/charts/driver.png|name|driver's name"})
    void a_bad_parameter_is_a_400_problem_naming_it(String url, String parameter, String message) throws Exception {
        mvc.perform(get(url).accept(MediaType.IMAGE_PNG, MediaType.ALL))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value(parameter))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(message)));
    }

    @Test
    void unknown_charts_formats_repositories_and_drivers_are_404() throws Exception {
        for (String url : List.of("/api/charts/pie.png", "/api/charts/adoption.gif",
                "/api/charts/adoption.png?repository=nope", "/api/charts/driver.svg?name=nope")) {
            mvc.perform(get(url)).andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get("/api/charts/adoption.png?repository=fixture")).andExpect(status().isOk());
    }
}
