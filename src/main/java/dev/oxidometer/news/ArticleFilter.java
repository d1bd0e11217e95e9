package dev.oxidometer.news;

import java.time.Instant;

/**
 * A query over articles; every field is optional (null: no restriction).
 *
 * @param linked true: only articles with at least one accepted link; false: only those without
 * @param text   searched in title, summary, source, author (case-insensitive)
 */
public record ArticleFilter(String source, Instant from, Instant to, Boolean linked, String text) {

    public static final ArticleFilter ALL = new ArticleFilter(null, null, null, null, null);
}
