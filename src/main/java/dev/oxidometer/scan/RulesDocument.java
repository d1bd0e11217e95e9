package dev.oxidometer.scan;

import java.util.List;

/**
 * The "how we count" document, generated from {@link CountingRules} so that the published rules and the code
 * that applies them cannot drift apart. Paragraphs are plain text with {@code `code`} in backticks.
 */
public record RulesDocument(String title, String rulesVersion, List<Section> sections) {

    public record Section(String title, List<String> paragraphs, Table table) {
    }

    public record Table(List<String> headers, List<List<String>> rows) {
    }

    public String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(title).append("\n\nRules version: `").append(rulesVersion).append("`\n");
        for (Section section : sections) {
            md.append("\n## ").append(section.title()).append("\n\n");
            for (String paragraph : section.paragraphs()) {
                md.append(paragraph).append("\n\n");
            }
            if (section.table() != null) {
                appendTable(md, section.table());
            }
        }
        return md.toString().replaceAll("\n{3,}", "\n\n").stripTrailing() + "\n";
    }

    private static void appendTable(StringBuilder md, Table table) {
        md.append("| ").append(String.join(" | ", table.headers())).append(" |\n|");
        md.append("---|".repeat(table.headers().size())).append('\n');
        for (List<String> row : table.rows()) {
            md.append("| ").append(String.join(" | ", row.stream().map(c -> c.replace("|", "\\|")).toList()))
                    .append(" |\n");
        }
        md.append('\n');
    }
}
