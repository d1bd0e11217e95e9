package dev.oxidometer.news;

/** A proposed link with its rank (higher first) and the reason shown to the reviewing editor. */
public record Suggestion(LinkKind kind, String target, int score, String reason) {
}
