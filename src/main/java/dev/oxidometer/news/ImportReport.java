package dev.oxidometer.news;

import java.util.List;

/**
 * What an import did, entry by entry.
 *
 * @param error why nothing was imported (unreadable feed, refused fetch), else null
 */
public record ImportReport(String feedTitle, List<Item> added, List<Item> duplicates, List<Item> filteredOut,
                           List<Invalid> invalid, String error) {

    /** @param articleId the new article, or the existing one for a duplicate; null when filtered out */
    public record Item(String title, String url, Long articleId) {
    }

    public record Invalid(String title, String link, String reason) {
    }

    public static ImportReport failed(String error) {
        return new ImportReport(null, List.of(), List.of(), List.of(), List.of(), error);
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
