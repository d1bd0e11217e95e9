package dev.oxidometer.news;

import java.time.Instant;

/**
 * A link from an article to the data, or a suggestion of one.
 *
 * @param origin     {@code suggested} or {@code manual}
 * @param status     {@code pending} (a suggestion waiting for review), {@code accepted}, or {@code rejected}
 *                   (kept so that the suggestion is not made again)
 * @param reason     why it was suggested, for the reviewer
 * @param reviewedBy who accepted or rejected it; null while pending
 */
public record ArticleLink(long id, long articleId, LinkKind kind, String target, String origin, String status,
                          String reason, int score, String createdBy, Instant createdAt, String reviewedBy,
                          Instant reviewedAt) {

    public static final String SUGGESTED = "suggested";
    public static final String MANUAL = "manual";
    public static final String PENDING = "pending";
    public static final String ACCEPTED = "accepted";
    public static final String REJECTED = "rejected";

    public boolean accepted() {
        return ACCEPTED.equals(status);
    }

    public boolean pending() {
        return PENDING.equals(status);
    }
}
