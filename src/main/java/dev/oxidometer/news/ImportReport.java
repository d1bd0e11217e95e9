package dev.oxidometer.news;

import java.util.List;

/**
 * What an import did, entry by entry.
 *
 * @param error   why nothing was imported (unreadable feed, refused fetch), else null
 * @param failure what kind of failure that was, else null
 */
public record ImportReport(String feedTitle, List<Item> added, List<Item> duplicates, List<Item> filteredOut,
                           List<Invalid> invalid, String error, Failure failure) {

    /** Why an import failed: the URL was refused, the fetch failed, or the feed could not be read. */
    public enum Failure { REFUSED, FETCH, UNREADABLE }

    /** @param articleId the new article, or the existing one for a duplicate; null when filtered out */
    public record Item(String title, String url, Long articleId) {
    }

    public record Invalid(String title, String link, String reason) {
    }

    public static ImportReport failed(String error) {
        return failed(Failure.UNREADABLE, error);
    }

    public static ImportReport failed(Failure failure, String error) {
        return new ImportReport(null, List.of(), List.of(), List.of(), List.of(), error, failure);
    }

    public boolean ok() {
        return error == null;
    }

    public String summary() {
        if (!ok()) {
            return "nothing imported: " + error;
        }
        return added.size() + " added, " + duplicates.size() + " duplicate" + (duplicates.size() == 1 ? "" : "s")
                + ", " + filteredOut.size() + " filtered out, " + invalid.size() + " invalid";
    }
}
