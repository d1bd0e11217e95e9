package dev.oxidometer.news;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Fetches a feed for the server, which is the reason for its care: only http(s); numeric hosts only as four plain
 * decimal numbers (other forms are read differently by different programs); every address the host resolves to
 * must be public ({@link PublicAddresses}, unless {@link NewsProperties#allowPrivateAddresses()}); redirects are
 * followed by hand so that each hop is checked again; one deadline for the whole fetch; the body is streamed and cut
 * off at the size limit.
 * <p>
 * The check and the connection use one and the same lookup, so a DNS answer that changes in between (DNS
 * rebinding) cannot redirect the connection: the HTTP client (Apache HttpClient, because the JDK's client has no
 * resolver hook) resolves host names only through {@link CheckingResolver}, which looks the name up once, refuses
 * any non-public answer and hands the client exactly the addresses it checked. TLS still verifies the certificate
 * against the host name, and the {@code Host} header and SNI carry the name.
 */
@Component
public class FeedFetcher implements AutoCloseable {

    /** Host name to addresses; the JDK's resolver in production, a fixed table in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    static final int MAX_REDIRECTS = 5;

    private final NewsProperties properties;
    private final Resolver resolver;
    private final Function<InetAddress, Optional<String>> policy;
    private final CloseableHttpClient client;

    @Autowired
    public FeedFetcher(NewsProperties properties) {
        this(properties, InetAddress::getAllByName);
    }

    FeedFetcher(NewsProperties properties, Resolver resolver) {
        this(properties, resolver, PublicAddresses::refusal);
    }

    /** {@code policy}: why an address is refused (empty: allowed); tests narrow it to allow one loopback address. */
    FeedFetcher(NewsProperties properties, Resolver resolver, Function<InetAddress, Optional<String>> policy) {
        this.properties = properties;
        this.resolver = resolver;
        this.policy = policy;
        Timeout timeout = Timeout.of(properties.fetchTimeout());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckingResolver())
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(timeout).setSocketTimeout(timeout).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout)
                        .setConnectionRequestTimeout(timeout).setRedirectsEnabled(false).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent("oxidometer feed import")
                .build();
    }

    public byte[] fetch(String url) throws FeedException {
        long deadline = System.nanoTime() + properties.fetchTimeout().toNanos();
        URI uri = webUri(url);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Response response = send(uri, deadline);
            int status = response.status();
            if (status >= 300 && status < 400 && response.location() != null) {
                uri = webUri(redirectTarget(uri, response.location()));
                continue;
            }
            if (status != 200) {
                throw new FeedException("the server answered HTTP " + status + " for " + uri);
            }
            return response.body();
        }
        throw new FeedException("more than " + MAX_REDIRECTS + " redirects");
    }

    private static String redirectTarget(URI from, String location) throws FeedException {
        try {
            return from.resolve(new URI(location.strip())).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FeedException("the server redirected to an invalid address: " + abbreviate(location));
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }

    private static URI webUri(String url) throws FeedException {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw new FeedException("not a valid URL: " + e.getReason(), true);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FeedException("only http and https feed URLs are fetched", true);
        }
        // java.net.URI leaves the host empty for forms such as 127.1 (a registry authority): name them still
        String host = uri.getHost() != null ? uri.getHost() : authorityHost(uri.getRawAuthority());
        Optional<String> ambiguous = host.isEmpty() ? Optional.empty() : PublicAddresses.ambiguousHost(host);
        if (ambiguous.isPresent()) {
            throw new FeedException("refused to fetch from " + host + ": " + ambiguous.get(), true);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new FeedException("the feed URL has no host name", true);
        }
        return uri;
    }

    private static String authorityHost(String authority) {
        if (authority == null) {
            return "";
        }
        String h = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = h.lastIndexOf(':');
        return colon > h.lastIndexOf(']') ? h.substring(0, colon) : h;
    }

    /** The only way the HTTP client learns addresses: one lookup, checked, and exactly those addresses returned. */
    private final class CheckingResolver implements DnsResolver {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            Optional<String> ambiguous = PublicAddresses.ambiguousHost(host);
            if (ambiguous.isPresent()) {
                throw new Refused("refused to fetch from " + host + ": " + ambiguous.get());
            }
            Optional<InetAddress> literal = PublicAddresses.literal(host);
            InetAddress[] addresses = literal.isPresent() ? new InetAddress[] {literal.get()} : resolver.resolve(host);
            if (addresses == null || addresses.length == 0) {
                throw new UnknownHostException(host);
            }
            if (!properties.allowPrivateAddresses()) {
                for (InetAddress a : addresses) {
                    Optional<String> why = policy.apply(a);
                    if (why.isPresent()) {
                        throw new Refused("refused to fetch from " + host + ": it resolves to " + why.get()
                                + " address " + a.getHostAddress());
                    }
                }
            }
            return addresses.clone();
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }

    /** A refusal raised inside the HTTP client's connection attempt, carried out as the fetch's message. */
    private static final class Refused extends UnknownHostException {
        Refused(String message) {
            super(message);
        }
    }

    private record Response(int status, String location, byte[] body) {
    }

    private Response send(URI uri, long deadline) throws FeedException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timeout();
        }
        HttpGet request = new HttpGet(uri);
        request.setHeader("Accept",
                "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, */*;q=0.5");
        // one deadline for everything: connecting, each redirect and the whole body, however slowly it drips
        CompletableFuture.delayedExecutor(remaining, TimeUnit.NANOSECONDS).execute(request::cancel);
        try (ClassicHttpResponse response = client.executeOpen(null, request, null)) {
            int status = response.getCode();
            Header location = response.getFirstHeader("Location");
            byte[] body = status == 200 ? readCapped(response.getEntity()) : new byte[0];
            return new Response(status, location == null ? null : location.getValue(), body);
        } catch (Refused e) {
            throw new FeedException(e.getMessage(), true);
        } catch (TooLarge e) {
            throw new FeedException("the feed is larger than " + megabytes() + ", the limit");
        } catch (UnknownHostException e) {
            throw new FeedException("the host " + uri.getHost() + " cannot be resolved");
        } catch (IOException e) {
            if (request.isCancelled() || System.nanoTime() - deadline >= 0 || e instanceof SocketTimeoutException) {
                throw timeout();
            }
            if (e instanceof ConnectException) {
                throw new FeedException("could not connect to " + uri.getHost());
            }
            throw new FeedException("could not fetch the feed: " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            // the deadline's cancel landing while the connection is being leased or opened: HttpClient reports it
            // as "Endpoint not acquired / already released", not as an I/O error
            if (request.isCancelled()) {
                throw timeout();
            }
            throw e;
        } finally {
            request.cancel();
        }
    }

    /** Reads the body and gives up as soon as it passes the limit, so a huge feed is never held in memory. */
    private byte[] readCapped(HttpEntity entity) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        long limit = properties.maxFeedBytes();
        if (entity.getContentLength() > limit) {
            throw new TooLarge();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = entity.getContent()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                if (bytes.size() + (long) n > limit) {
                    throw new TooLarge();
                }
                bytes.write(buffer, 0, n);
            }
        }
        return bytes.toByteArray();
    }

    private FeedException timeout() {
        return new FeedException("no complete answer within " + properties.fetchTimeout().toMillis() / 1000.0 + " s");
    }

    private String megabytes() {
        return properties.maxFeedBytes() / (1024 * 1024) + " MB";
    }

    @Override
    public void close() {
        client.close(CloseMode.IMMEDIATE);
    }

    private static final class TooLarge extends IOException {
    }
}
