package dev.oxidometer.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.sun.net.httpserver.HttpServer;

class FeedParserTest {

    static byte[] resource(String name) throws IOException {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/news/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void rss_2_0_entries_come_with_link_title_date_author_and_plain_text_summary() throws Exception {
        ParsedFeed feed = FeedParser.parse(resource("sample-feed-rss2.xml"));

        assertThat(feed.type()).isEqualTo("rss_2.0");
        assertThat(feed.entries()).hasSize(5);
        FeedEntry first = feed.entries().getFirst();
        assertThat(first.title()).isEqualTo("The state of the kernel Rust experiment");
        assertThat(first.link()).isEqualTo("https://lwn.net/Articles/1050174/");
        assertThat(first.published()).isEqualTo(Instant.parse("2025-12-13T12:00:00Z"));
        assertThat(first.author()).isEqualTo("Jonathan Corbet");
        assertThat(first.categories()).containsExactly("Maintainers Summit");
    }

    @Test
    void rss_1_0_as_lwn_publishes_it_is_read_with_dublin_core_dates_and_html_summaries_as_text() throws Exception {
        ParsedFeed feed = FeedParser.parse(resource("sample-feed-rss1.xml"));

        assertThat(feed.type()).isEqualTo("rss_1.0");
        assertThat(feed.entries()).extracting(FeedEntry::link)
                .containsExactly("https://lwn.net/Articles/1050174/", "https://lwn.net/Articles/756031/");
        FeedEntry first = feed.entries().getFirst();
        assertThat(first.published()).isEqualTo(Instant.parse("2025-12-13T12:00:00Z"));
        assertThat(first.summary()).isEqualTo("Report from the 2025 Maintainers Summit: Rust in the kernel is no longer experimental.");
    }

    @Test
    void atom_entries_use_the_alternate_link_and_fall_back_to_the_updated_date() throws Exception {
        ParsedFeed feed = FeedParser.parse(resource("sample-feed-atom.xml"));

        assertThat(feed.type()).isEqualTo("atom_1.0");
        assertThat(feed.entries()).extracting(FeedEntry::link).containsExactly(
                "https://www.phoronix.com/news/Rust-Binder-For-Linux-6.18", "https://lwn.net/Articles/967049/");
        assertThat(feed.entries().get(0).author()).isEqualTo("Michael Larabel");
        assertThat(feed.entries().get(0).summary()).isEqualTo("Rust Binder queued for the Linux 6.18 merge window.");
        assertThat(feed.entries().get(1).published()).isEqualTo(Instant.parse("2024-04-03T12:00:00Z"));
    }

    /** Dates as feeds write them parse to the instant they name, whichever of ROME's masks reads them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tue, 02 Jan 2024 05:00:00 +0100 | 2024-01-02T04:00:00Z",
        "Tue, 02 Jan 2024 05:00:00 GMT   | 2024-01-02T05:00:00Z",
        "Tue, 02 Jan 24 05:00:00 +0000   | 2024-01-02T05:00:00Z",
        "Tue, 2 Jan 2024 05:00:00 EST    | 2024-01-02T10:00:00Z",
        "Tue, 02 Jan 2024 05:00 -0230    | 2024-01-02T07:30:00Z",
        "Tue, 02 Jan 2024 05:00:00 UT    | 2024-01-02T05:00:00Z",
        "02 Jan 2024 05:00:00 +0000      | 2024-01-02T05:00:00Z",
        "2024-01-02T05:00:00+01:00       | 2024-01-02T04:00:00Z",
    })
    void rss_dates_parse_to_the_instant_they_name(String pubDate, String instant) throws Exception {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>https://example.org/</link>"
                + "<description>d</description><item><title>x</title><link>https://example.org/1</link><pubDate>"
                + pubDate + "</pubDate></item></channel></rss>";

        ParsedFeed feed = FeedParser.parse(rss.getBytes(StandardCharsets.UTF_8));

        assertThat(feed.entries().getFirst().published()).isEqualTo(Instant.parse(instant));
    }

    @Test
    void html_entities_and_text_before_the_xml_declaration_are_healed() throws Exception {
        String feed = "\n  <?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<link>https://example.org/</link><description>d</description><item>"
                + "<title>Rust&nbsp;in the kernel: caf&eacute; &amp; more</title>"
                + "<link>https://example.org/a</link><description>x</description></item></channel></rss>";

        ParsedFeed parsed = FeedParser.parse(feed.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.entries()).singleElement().satisfies(e ->
                assertThat(e.title()).isEqualTo("Rust\u00a0in the kernel: caf\u00e9 & more"));
    }

    @Test
    void a_well_formed_feed_reads_the_same_whether_or_not_it_needed_healing() throws Exception {
        String item = "<item><title>Rust &amp; C: &#233;t&#xE9; &lt;3</title><link>https://example.org/a</link>"
                + "<description><![CDATA[<p>Rust&nbsp;<b>drivers</b></p>]]></description></item>";
        String wellFormed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<link>https://example.org/</link><description>d</description>" + item + "</channel></rss>";
        String needsHealing = wellFormed.replace("<title>t</title>", "<title>t&nbsp;</title>");

        FeedEntry plain = FeedParser.parse(wellFormed.getBytes(StandardCharsets.UTF_8)).entries().getFirst();
        FeedEntry healed = FeedParser.parse(needsHealing.getBytes(StandardCharsets.UTF_8)).entries().getFirst();

        assertThat(plain.title()).isEqualTo("Rust & C: \u00e9t\u00e9 <3");
        assertThat(healed.title()).isEqualTo(plain.title());
        assertThat(plain.summary()).contains("drivers");
        assertThat(healed.link()).isEqualTo(plain.link());
    }

    @Test
    void a_malformed_feed_is_refused_with_a_reason() {
        assertThatThrownBy(() -> FeedParser.parse(resource("malformed.xml")))
                .isInstanceOf(FeedException.class).hasMessageStartingWith("not a readable RSS or Atom feed");
        assertThatThrownBy(() -> FeedParser.parse("<html><body>hello</body></html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FeedException.class).hasMessageContaining("not an RSS or Atom feed");
        assertThatThrownBy(() -> FeedParser.parse(new byte[0])).hasMessage("the feed is empty");
    }

    @Test
    void an_external_entity_is_refused_and_the_file_it_names_is_not_read(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-7f3a");
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "%s"> ]>
                <rss version="2.0"><channel><title>t</title><link>https://example.org/</link><description>d</description>
                <item><title>Rust kernel &xxe;</title><link>https://example.org/a</link></item></channel></rss>
                """.formatted(secret.toUri());

        assertThatThrownBy(() -> FeedParser.parse(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FeedException.class)
                .hasMessageContaining("DOCTYPE")
                .satisfies(e -> assertThat(stackText(e)).doesNotContain("TOP-SECRET-7f3a"));
    }

    @Test
    void external_entities_and_dtds_are_not_fetched_over_the_network() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY leak \"LEAKED\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            String externalEntity = """
                    <?xml version="1.0"?>
                    <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "%s/entity"> ]>
                    <rss version="2.0"><channel><title>&xxe;</title></channel></rss>
                    """.formatted(base);
            String externalDtd = """
                    <?xml version="1.0"?>
                    <!DOCTYPE rss SYSTEM "%s/evil.dtd">
                    <rss version="2.0"><channel><title>&leak;</title></channel></rss>
                    """.formatted(base);

            assertThatThrownBy(() -> FeedParser.parse(externalEntity.getBytes(StandardCharsets.UTF_8)))
                    .hasMessageContaining("DOCTYPE");
            assertThatThrownBy(() -> FeedParser.parse(externalDtd.getBytes(StandardCharsets.UTF_8)))
                    .hasMessageContaining("DOCTYPE");
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void a_billion_laughs_payload_is_refused_before_any_expansion() {
        StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE rss [" + dtd + "]>"
                + "<rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>";

        long start = System.nanoTime();
        assertThatThrownBy(() -> FeedParser.parse(bomb.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FeedException.class).hasMessageContaining("DOCTYPE");
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    private static String stackText(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t).append('\n');
        }
        return sb.toString();
    }
}
