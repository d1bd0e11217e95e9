package dev.oxidometer.news;

import java.util.List;

/** @param type ROME's feed type, e.g. {@code rss_2.0}, {@code rss_1.0}, {@code atom_1.0} */
public record ParsedFeed(String title, String type, List<FeedEntry> entries) {
}
