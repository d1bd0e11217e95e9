package dev.oxidometer.news;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an editor (or a feed entry) supplies for an article; {@link #validate()} turns it into checked values.
 *
 * @param source optional: derived from the URL's host when blank
 */
public record ArticleDraft(String url, String title, String source, Instant publishedAt, String author,
                           String summary, List<String> tags) {

    static final int MAX_TITLE = 500;
    static final int MAX_SUMMARY = 4000;
    static final int MAX_SHORT = 200;
    public static final int MAX_URL = 2048;
    public static final int MAX_TAG = 100;
    public static final int MAX_TAGS = 50;

    /** The draft with canonical URL, derived source and trimmed text, or every field error at once. */
    public ArticleDraft validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        String canonical = null;
        if (url != null && url.length() > MAX_URL) {
            errors.put("url", "url is longer than " + MAX_URL + " characters");
        } else {
            try {
                canonical = CanonicalUrl.of(url);
                if (canonical.length() > MAX_URL) {
                    errors.put("url", "url is longer than " + MAX_URL + " characters");
                }
            } catch (IllegalArgumentException e) {
                errors.put("url", e.getMessage());
            }
        }
        String cleanTitle = text(title);
        if (cleanTitle == null) {
            errors.put("title", "title is required");
        } else if (cleanTitle.length() > MAX_TITLE) {
            errors.put("title", "title is longer than " + MAX_TITLE + " characters");
        }
        if (publishedAt == null) {
            errors.put("publishedAt", "publication date is required");
        }
        String cleanSource = text(source);
        if (cleanSource != null && cleanSource.length() > MAX_SHORT) {
            errors.put("source", "source is longer than " + MAX_SHORT + " characters");
        }
        String cleanAuthor = text(author);
        if (cleanAuthor != null && cleanAuthor.length() > MAX_SHORT) {
            errors.put("author", "author is longer than " + MAX_SHORT + " characters");
        }
        String cleanSummary = text(summary);
        if (cleanSummary != null && cleanSummary.length() > MAX_SUMMARY) {
            errors.put("summary", "summary is longer than " + MAX_SUMMARY + " characters");
        }
        List<String> cleanTags = tags(tags, errors);
        if (!errors.isEmpty()) {
            throw new InvalidArticleException(errors);
        }
        return new ArticleDraft(canonical, cleanTitle,
                cleanSource != null ? cleanSource : CanonicalUrl.siteName(canonical),
                publishedAt, cleanAuthor, cleanSummary, cleanTags);
    }

    private static List<String> tags(List<String> raw, Map<String, String> errors) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (raw != null && raw.size() > 10 * MAX_TAGS) {
            errors.put("tags", "more than " + MAX_TAGS + " tags");
            return List.of();
        }
        for (String tag : raw == null ? List.<String>of() : raw) {
            String t = text(tag);
            if (t == null) {
                continue;
            }
            if (t.length() > MAX_TAG) {
                errors.put("tags", "a tag is longer than " + MAX_TAG + " characters");
            }
            out.add(t.toLowerCase(Locale.ROOT));
        }
        if (out.size() > MAX_TAGS) {
            errors.put("tags", "more than " + MAX_TAGS + " tags");
        }
        return new ArrayList<>(out);
    }

    /** Trimmed text without control characters, or null when nothing is left. */
    static String text(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").strip();
        return t.isEmpty() ? null : t;
    }
}
