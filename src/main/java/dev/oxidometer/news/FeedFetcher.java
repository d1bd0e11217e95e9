package dev.oxidometer.news;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Fetches a feed for the server, which is the reason for its care: only http(s); every address the host resolves
 * to must be public (unless {@link NewsProperties#allowPrivateAddresses()}); redirects are followed by hand so that
 * each hop is checked again; one deadline for the whole fetch; the body is streamed and cut off at the size limit.
 * <p>
 * A host whose DNS answer changes between the check and the connection (DNS rebinding) is not covered: the JDK
 * client resolves again. Deployments that must rule that out put an egress proxy in front.
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
    private final HttpClient client;

    @Autowired
    public FeedFetcher(NewsProperties properties) {
        this(properties, InetAddress::getAllByName);
    }

    FeedFetcher(NewsProperties properties, Resolver resolver) {
        this.properties = properties;
        this.resolver = resolver;
        this.client = HttpClient.newBuilder()
                .connectTimeout(properties.fetchTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public byte[] fetch(String url) throws FeedException {
        long deadline = System.nanoTime() + properties.fetchTimeout().toNanos();
        URI uri = webUri(url);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            checkAddresses(uri.getHost());
            HttpResponse<byte[]> response = send(uri, deadline);
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if (status >= 300 && status < 400 && location.isPresent()) {
                uri = webUri(uri.resolve(location.get().strip()).toString());
                continue;
            }
            if (status != 200) {
                throw new FeedException("the server answered HTTP " + status + " for " + uri);
            }
            return response.body();
        }
        throw new FeedException("more than " + MAX_REDIRECTS + " redirects");
    }

    private static URI webUri(String url) throws FeedException {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw new FeedException("not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FeedException("only http and https feed URLs are fetched");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new FeedException("the feed URL has no host name");
        }
        return uri;
    }

    private void checkAddresses(String host) throws FeedException {
        if (properties.allowPrivateAddresses()) {
            return;
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            throw new FeedException("the host " + host + " cannot be resolved");
        }
        if (addresses == null || addresses.length == 0) {
            throw new FeedException("the host " + host + " cannot be resolved");
        }
        for (InetAddress a : addresses) {
            Optional<String> why = refusal(a);
            if (why.isPresent()) {
                throw new FeedException("refused to fetch from " + host + ": it resolves to " + why.get()
                        + " address " + a.getHostAddress());
            }
        }
    }

    /** Why a server-side fetch must not go to this address, or empty when it is a public address. */
    static Optional<String> refusal(InetAddress a) {
        byte[] b = a.getAddress();
        if (a.isLoopbackAddress()) {
            return Optional.of("a loopback");
        }
        if (a.isAnyLocalAddress() || (b.length == 4 && b[0] == 0)) {
            return Optional.of("an unspecified");
        }
        if (a.isLinkLocalAddress()) {
            return Optional.of("a link-local");
        }
        if (a.isSiteLocalAddress()
                || (b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64)     // 100.64/10, carrier NAT
                || (b.length == 16 && (b[0] & 0xfe) == 0xfc)) {                       // fc00::/7, unique local
            return Optional.of("a private");
        }
        if (a.isMulticastAddress() || (b.length == 4 && (b[0] & 0xff) >= 240)) {
            return Optional.of("a multicast or reserved");
        }
        return Optional.empty();
    }

    private HttpResponse<byte[]> send(URI uri, long deadline) throws FeedException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timeout();
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofNanos(remaining))
                .header("Accept", "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, */*;q=0.5")
                .header("User-Agent", "oxidometer feed import")
                .GET().build();
        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(request, info -> new CappedBody(info, properties.maxFeedBytes()));
        try {
            return future.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timeout();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FeedException("the fetch was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TooLarge) {
                throw new FeedException("the feed is larger than " + megabytes() + ", the limit");
            }
            if (cause instanceof HttpTimeoutException) {
                throw timeout();
            }
            if (cause instanceof ConnectException) {
                throw new FeedException("could not connect to " + uri.getHost());
            }
            throw new FeedException("could not fetch the feed: " + (cause instanceof IOException io
                    ? String.valueOf(io.getMessage()) : String.valueOf(cause)), cause);
        }
    }

    private FeedException timeout() {
        return new FeedException("no complete answer within " + properties.fetchTimeout().toMillis() / 1000.0 + " s");
    }

    private String megabytes() {
        return properties.maxFeedBytes() / (1024 * 1024) + " MB";
    }

    @Override
    public void close() {
        client.close();
    }

    private static final class TooLarge extends IOException {
    }

    /** Collects the body and gives up as soon as it passes the limit, so a huge feed is never held in memory. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final long limit;
        private final long declaredLength;
        private Flow.Subscription subscription;

        CappedBody(HttpResponse.ResponseInfo info, long limit) {
            this.limit = limit;
            this.declaredLength = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declaredLength > limit) {
                s.cancel();
                result.completeExceptionally(new TooLarge());
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : buffers) {
                if (bytes.size() + (long) b.remaining() > limit) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                bytes.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
