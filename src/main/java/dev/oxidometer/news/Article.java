package dev.oxidometer.news;

import java.time.Instant;
import java.util.List;

/**
 * A stored article.
 *
 * @param url       canonical, always http(s) (see {@link CanonicalUrl})
 * @param summary   written by the editor (or taken from the feed as plain text); never HTML
 * @param createdBy the editor's user name, or {@code feed:<source>} for an imported article
 */
public record Article(long id, String url, String title, String source, Instant publishedAt, String author,
                      String summary, List<String> tags, String createdBy, Instant createdAt) {
}
