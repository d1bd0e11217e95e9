package dev.oxidometer.release;

import tools.jackson.databind.JsonNode;

/**
 * One top-level section of {@code /api/export.json}, and how an import restores it. A feature that keeps data of
 * its own (news articles, say) adds a bean of this type; export and import pick it up.
 */
public interface ExportContributor {

    /** The section's field name in the export, such as {@code repositories} or {@code articles}. */
    String section();

    /** The section's content: any value Jackson writes (records, lists, maps). */
    Object exportSection();

    /**
     * Restores the section from an import. Runs inside the import's one transaction: throw an
     * {@link IllegalArgumentException} with a message for the user to reject the whole import.
     */
    void importSection(JsonNode section);

    /** Sections are imported in ascending order; release data (0) comes before what may refer to it. */
    default int order() {
        return 100;
    }
}
