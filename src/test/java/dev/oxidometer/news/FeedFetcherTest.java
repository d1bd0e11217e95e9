package dev.oxidometer.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
        server.createContext("/hop", ex -> {
            hits.incrementAndGet();
            ex.getResponseHeaders().add("Location", ex.getRequestURI().getQuery());
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

    /**
     * A deadline that passes while the connection is leased or opened ends in the same timeout, never in HttpClient's
     * "Endpoint not acquired / already released" (which escaped as an IllegalStateException).
     */
    @Test
    void a_deadline_that_passes_while_connecting_is_a_timeout_too() {
        try (FeedFetcher fetcher = new FeedFetcher(allowPrivate(Duration.ofMillis(1)))) {
            for (int i = 0; i < 20; i++) {
                assertThatThrownBy(() -> fetcher.fetch(url("/slow")))
                        .isInstanceOf(FeedException.class).hasMessage("no complete answer within 0.001 s");
            }
        }
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

    // ---- SSRF hardening (issue 12, finding 5): every test connects to 127.0.0.1 only ----

    /** Only this address counts as "public" in the tests below: the local server, so no traffic leaves the host. */
    static final java.util.function.Function<InetAddress, Optional<String>> ONLY_THE_LOCAL_SERVER =
            a -> a.getHostAddress().equals("127.0.0.1") ? Optional.empty() : Optional.of("a test-refused");

    static InetAddress literal(String ip) {
        try {
            return InetAddress.getByName(ip);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A DNS that rebinds: the first answer for each name is the local server, every later answer another address. */
    static final class RebindingResolver implements FeedFetcher.Resolver {
        final Map<String, AtomicInteger> lookups = new ConcurrentHashMap<>();
        final Map<String, String> first;

        RebindingResolver(Map<String, String> first) {
            this.first = first;
        }

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            String ip = first.get(host);
            if (ip == null) {
                throw new UnknownHostException(host);
            }
            int n = lookups.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
            return new InetAddress[] {literal(n == 1 ? ip : "127.0.0.2")};
        }
    }

    String named(String host, String path) {
        return "http://" + host + ":" + server.getAddress().getPort() + path;
    }

    @Test
    void the_fetcher_connects_to_exactly_the_address_it_checked_with_no_second_lookup() throws Exception {
        RebindingResolver dns = new RebindingResolver(Map.of("feeds.rebind.test", "127.0.0.1"));
        try (FeedFetcher fetcher = new FeedFetcher(STRICT, dns, ONLY_THE_LOCAL_SERVER)) {
            assertThat(new String(fetcher.fetch(named("feeds.rebind.test", "/feed")))).isEqualTo("<rss version=\"2.0\"/>");
        }
        assertThat(dns.lookups.get("feeds.rebind.test")).hasValue(1);
        assertThat(hits).hasValue(1);
    }

    @Test
    void each_redirect_is_resolved_once_checked_and_connected_to_that_address() throws Exception {
        RebindingResolver dns = new RebindingResolver(Map.of("a.rebind.test", "127.0.0.1", "b.rebind.test", "127.0.0.1"));
        String target = named("b.rebind.test", "/feed");
        try (FeedFetcher fetcher = new FeedFetcher(STRICT, dns, ONLY_THE_LOCAL_SERVER)) {
            byte[] body = fetcher.fetch(named("a.rebind.test", "/hop?" + target));
            assertThat(new String(body)).isEqualTo("<rss version=\"2.0\"/>");
        }
        assertThat(dns.lookups.get("a.rebind.test")).hasValue(1);
        assertThat(dns.lookups.get("b.rebind.test")).hasValue(1);
        assertThat(hits).hasValue(2);
    }

    /** A URL on the local server (reached under {@code host}) that redirects to {@code location}. */
    String hop(String host, String location) {
        return named(host, "/hop?" + URLEncoder.encode(location, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://private.rebind.test/feed", "http://0177.0.0.1/feed", "http://2130706433/feed",
            "http://0x7f000001/feed", "http://127.1/feed", "http://[::ffff:127.0.0.2]/feed", "http://[::127.0.0.1]/feed",
            "http://[64:ff9b::7f00:1]/feed", "http://[2002:7f00:1::]/feed", "http://[2001:0:7f00:1::]/feed",
            "http://198.18.0.1/feed", "http://192.0.0.170/feed"})
    void a_redirect_to_a_refused_or_ambiguous_host_is_never_followed(String location) throws Exception {
        // the fake DNS answers the local server for the ambiguous spellings too, so even a regression of the
        // ambiguity check could only reach 127.0.0.1 (and would fail this test by fetching the feed)
        RebindingResolver dns = new RebindingResolver(Map.of("a.rebind.test", "127.0.0.1",
                "private.rebind.test", "127.0.0.2", "0177.0.0.1", "127.0.0.1", "2130706433", "127.0.0.1",
                "0x7f000001", "127.0.0.1", "127.1", "127.0.0.1"));
        java.util.function.Function<InetAddress, Optional<String>> localServerThenStrict =
                a -> a.getHostAddress().equals("127.0.0.1") ? Optional.empty() : PublicAddresses.refusal(a);
        try (FeedFetcher fetcher = new FeedFetcher(STRICT, dns, localServerThenStrict)) {
            assertThatThrownBy(() -> fetcher.fetch(hop("a.rebind.test", location)))
                    .isInstanceOf(FeedException.class).hasMessageStartingWith("refused to fetch from");
        }
        assertThat(hits).hasValue(1);   // only the first hop reached the local server
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://0177.0.0.1:1/feed", "http://2130706433:1/feed", "http://0x7f.1:1/feed",
            "http://127.1:1/feed", "http://127.0.0.1.:1/feed"})
    void ambiguous_numeric_hosts_are_refused_outright_even_when_private_addresses_are_allowed(String url) {
        RebindingResolver dns = new RebindingResolver(Map.of());
        try (FeedFetcher fetcher = new FeedFetcher(allowPrivate(Duration.ofSeconds(2)), dns)) {
            assertThatThrownBy(() -> fetcher.fetch(url)).hasMessageContaining("ambiguous form");
        }
        assertThat(dns.lookups).isEmpty();
    }

    @Test
    void an_unparsable_redirect_location_is_a_feed_error_not_an_exception_that_escapes() {
        try (FeedFetcher fetcher = new FeedFetcher(allowPrivate(Duration.ofSeconds(10)))) {
            assertThatThrownBy(() -> fetcher.fetch(hop("127.0.0.1", "http://exa mple.org/%%zz")))
                    .isInstanceOf(FeedException.class).hasMessageStartingWith("the server redirected to an invalid address");
        }
    }
}
