package dev.oxidometer.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Links from a path at a release to its source, through the template in {@code oxidometer.source-url-template}
 * ({@code {path}} and {@code {tag}} are replaced). An empty template turns the links off.
 */
@Component
public class SourceLinks {

    static final String DEFAULT_TEMPLATE =
            "https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tree/{path}?h={tag}";

    private final String template;

    public SourceLinks(@Value("${oxidometer.source-url-template:" + DEFAULT_TEMPLATE + "}") String template) {
        this.template = template == null ? "" : template.trim();
    }

    public boolean enabled() {
        return !template.isEmpty();
    }

    /** The URL of a path at a tag; path segments are kept, everything else is URL-encoded. */
    public String url(String path, String tag) {
        String encodedPath = String.join("/", java.util.Arrays.stream(path.split("/", -1))
                .map(SourceLinks::encode).toList());
        return template.replace("{path}", encodedPath).replace("{tag}", encode(tag));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
