package dev.oxidometer.news;

/**
 * One documented rule of the claims check ({@link ClaimRules#RULES}).
 *
 * @param kind    the API's {@code kind} of the claims it finds
 * @param finds   what in a sentence it reads as a claim
 * @param decides how it checks the claim against the scanned releases, and when it cannot
 */
public record ClaimRule(String kind, String title, String finds, String decides) {
}
