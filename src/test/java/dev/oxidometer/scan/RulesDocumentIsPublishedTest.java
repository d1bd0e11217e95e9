package dev.oxidometer.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The README carries the rules document between markers; it must be the one the code generates. To update it, run
 * {@code scripts/update-readme-rules.sh}.
 */
class RulesDocumentIsPublishedTest {

    static final String BEGIN = "<!-- rules:begin -->\n";
    static final String END = "<!-- rules:end -->";

    @Test
    void the_readme_publishes_the_current_rules() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertThat(begin).as("README.md has the rules markers").isNotNegative();
        String published = readme.substring(begin + BEGIN.length(), end);
        assertThat(published)
                .as("README.md's rules section is stale: run scripts/update-readme-rules.sh")
                .isEqualTo(readmeSection());
    }

    /** The generated document, its headings one level down to sit under the README's "How we count". */
    static String readmeSection() {
        String markdown = CountingRules.document().toMarkdown();
        String withoutTitle = markdown.substring(markdown.indexOf('\n') + 1).stripLeading();
        return withoutTitle.replaceAll("(?m)^## ", "### ");
    }

    /** Rewrites README.md's rules section (used by scripts/update-readme-rules.sh). */
    public static void main(String[] args) throws IOException {
        Path path = Path.of("README.md");
        String readme = Files.readString(path);
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        Files.writeString(path, readme.substring(0, begin + BEGIN.length()) + readmeSection() + readme.substring(end));
    }
}
