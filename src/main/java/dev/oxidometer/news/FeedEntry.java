package dev.oxidometer.news;

import java.time.Instant;
import java.util.List;

/** One item of a parsed feed, as the feed states it (not yet validated). Summary is plain text. */
public record FeedEntry(String link, String title, String summary, Instant published, String author,
                        List<String> categories) {

    /** The text the keyword filter looks at. */
    String searchableText() {
        return (title == null ? "" : title) + "\n" + (summary == null ? "" : summary) + "\n"
                + String.join(" ", categories);
    }
}
