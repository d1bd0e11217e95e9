package dev.oxidometer.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.sun.net.httpserver.HttpServer;

class FeedFetcherTest {

    static final NewsProperties STRICT = NewsProperties.defaults();

    HttpServer server;
    AtomicInteger hits = new AtomicInteger();

    @BeforeEach
    void localServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed", ex -> {
            hits.incrementAndGet();
            byte[] body = "<rss version=\"2.0\"/>".getBytes();
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.createContext("/huge", ex -> {
            hits.incrementAndGet();
            ex.sendResponseHeaders(200, 0);   // chunked: no Content-Length to refuse early
            try (OutputStream out = ex.getResponseBody()) {
                byte[] chunk = new byte[64 * 1024];
                for (int i = 0; i < 200; i++) {   // 12.5 MB, far beyond the limit
                    out.write(chunk);
                }
            } catch (Exception ignored) {
                // the client hangs up at the limit
            }
        });
        server.createContext("/slow", ex -> {
            hits.incrementAndGet();
            try {
                Thread.sleep(3000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        server.createContext("/redirect-to-file", ex -> {
            ex.getResponseHeaders().add("Location", "file:///etc/passwd");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.createContext("/missing", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    static NewsProperties allowPrivate(Duration timeout) {
        return new NewsProperties(true, timeout, 5L * 1024 * 1024, false, Duration.ofHours(6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/feed", "http://10.1.2.3/feed", "http://169.254.169.254/latest/meta-data",
            "http://[::1]/feed", "http://192.168.0.1/", "http://172.16.5.4/", "http://0.0.0.0/", "http://[fd00::1]/",
            "http://[fe80::1]/", "http://100.64.0.1/", "http://[::ffff:127.0.0.1]/"})
    void private_loopback_and_link_local_addresses_are_refused(String target) {
        try (FeedFetcher fetcher = new FeedFetcher(STRICT)) {
            assertThatThrownBy(() -> fetcher.fetch(target))
                    .isInstanceOf(FeedException.class).hasMessageStartingWith("refused to fetch from");
        }
    }

    @Test
    void a_host_name_resolving_to_loopback_is_refused_and_never_contacted() {
        try (FeedFetcher fetcher = new FeedFetcher(STRICT)) {
            assertThatThrownBy(() -> fetcher.fetch(url("/feed").replace("127.0.0.1", "localhost")))
                    .hasMessageContaining("loopback");
        }
        assertThat(hits).hasValue(0);
    }

    @Test
    void every_address_of_a_host_is_checked_not_just_the_first() throws Exception {
        Map<String, InetAddress[]> dns = Map.of("feeds.example.com", new InetAddress[] {
                InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.0.0.7")});
        FeedFetcher.Resolver resolver = host -> {
            InetAddress[] a = dns.get(host);
            if (a == null) {
                throw new UnknownHostException(host);
            }
            return a;
        };
        try (FeedFetcher fetcher = new FeedFetcher(STRICT, resolver)) {
            assertThatThrownBy(() -> fetcher.fetch("https://feeds.example.com/rss"))
                    .hasMessageContaining("a private address 10.0.0.7");
            assertThatThrownBy(() -> fetcher.fetch("https://unknown.example.com/rss"))
                    .hasMessageContaining("cannot be resolved");
        }
    }

    @Test
    void only_http_and_https_are_fetched() {
        try (FeedFetcher fetcher = new FeedFetcher(STRICT)) {
            for (String u : new String[] {"file:///etc/passwd", "ftp://example.org/feed", "gopher://x/", "jar:file:/x!/"}) {
                assertThatThrownBy(() -> fetcher.fetch(u)).hasMessage("only http and https feed URLs are fetched");
            }
        }
    }

    @Test
    void a_local_server_is_fetched_when_private_addresses_are_allowed() throws Exception {
        try (FeedFetcher fetcher = new FeedFetcher(allowPrivate(Duration.ofSeconds(10)))) {
            assertThat(new String(fetcher.fetch(url("/feed")))).isEqualTo("<rss version=\"2.0\"/>");
            assertThatThrownBy(() -> fetcher.fetch(url("/missing"))).hasMessageContaining("HTTP 404");
        }
    }

    @Test
    void a_feed_beyond_the_size_limit_is_cut_off_while_streaming() {
        try (FeedFetcher fetcher = new FeedFetcher(allowPrivate(Duration.ofSeconds(10)))) {
            assertThatThrownBy(() -> fetcher.fetch(url("/huge")))
                    .hasMessage("the feed is larger than 5 MB, the limit");
        }
    }

    @Test
    void a_server_slower_than_the_timeout_is_given_up_on() {
        long start = System.nanoTime();
        try (FeedFetcher fetcher = new FeedFetcher(allowPrivate(Duration.ofMillis(500)))) {
            assertThatThrownBy(() -> fetcher.fetch(url("/slow"))).hasMessageContaining("no complete answer within 0.5 s");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void a_redirect_to_another_scheme_is_refused() {
        try (FeedFetcher fetcher = new FeedFetcher(allowPrivate(Duration.ofSeconds(10)))) {
            assertThatThrownBy(() -> fetcher.fetch(url("/redirect-to-file")))
                    .hasMessage("only http and https feed URLs are fetched");
        }
    }

    @Test
    void the_production_limits_are_ten_seconds_and_five_megabytes() {
        assertThat(STRICT.fetchTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(STRICT.maxFeedBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(STRICT.allowPrivateAddresses()).isFalse();
        assertThat(STRICT.refreshEnabled()).isFalse();
    }
}
