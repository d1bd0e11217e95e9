package dev.oxidometer.news;

import java.time.Instant;

/**
 * A saved feed URL; {@code refreshEnabled} takes part in the scheduled refresh (when that is switched on).
 * {@code lastResult} is the outcome of the latest refresh; {@code lastError} and {@code lastErrorAt} the latest
 * failure, kept after later successes so that an intermittently failing source shows it.
 */
public record FeedSource(long id, String name, String url, boolean refreshEnabled, Instant lastFetchedAt,
                         String lastResult, String lastError, Instant lastErrorAt) {
}
