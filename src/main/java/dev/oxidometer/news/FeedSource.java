package dev.oxidometer.news;

import java.time.Instant;

/** A saved feed URL; {@code refreshEnabled} takes part in the scheduled refresh (when that is switched on). */
public record FeedSource(long id, String name, String url, boolean refreshEnabled, Instant lastFetchedAt,
                         String lastResult) {
}
