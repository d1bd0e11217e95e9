package dev.oxidometer.news;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code oxidometer.news.*}: the limits of fetching feeds over the network.
 *
 * @param allowPrivateAddresses fetch from loopback, link-local and private addresses too (local testing only:
 *                              otherwise a feed URL could make the server probe its own network)
 * @param fetchTimeout          for the whole fetch: connecting, redirects and reading the body
 * @param maxFeedBytes          a larger feed is refused while streaming, not after
 * @param refreshEnabled        the scheduled refresh of saved feed sources; off by default
 * @param refreshInterval       time between two scheduled refreshes
 */
@ConfigurationProperties("oxidometer.news")
public record NewsProperties(
        @DefaultValue("false") boolean allowPrivateAddresses,
        @DefaultValue("10s") Duration fetchTimeout,
        @DefaultValue("5242880") long maxFeedBytes,
        @DefaultValue("false") boolean refreshEnabled,
        @DefaultValue("6h") Duration refreshInterval) {

    public static NewsProperties defaults() {
        return new NewsProperties(false, Duration.ofSeconds(10), 5L * 1024 * 1024, false, Duration.ofHours(6));
    }
}
