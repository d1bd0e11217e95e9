package dev.oxidometer.release;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A kernel repository named in the configuration ({@code oxidometer.repositories[n]}); {@code name} defaults to the
 * directory name of {@code path}.
 *
 * @param webUrl where the repository can be browsed on the web (optional), an http(s) address such as
 *               {@code https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git}; release pages link
 *               their commit there ({@link #commitUrl})
 */
public record ConfiguredRepository(String name, Path path, boolean includeRc, String webUrl) {

    public ConfiguredRepository {
        webUrl = webUrl == null || webUrl.isBlank() ? null : webUrl.strip();
        if (webUrl != null && !isWebAddress(webUrl)) {
            throw new IllegalArgumentException("oxidometer.repositories[].web-url of " + (name != null ? name : path)
                    + " must be an http:// or https:// address, not \"" + webUrl + "\"");
        }
    }

    public String displayName() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        Path file = path == null ? null : path.toAbsolutePath().normalize().getFileName();
        return file == null ? "linux" : file.toString();
    }

    /**
     * The web page of a commit under a repository's web address: {@code {commit}} in the address is replaced;
     * otherwise GitHub, GitLab and Codeberg addresses get {@code /commit/SHA} and any other (cgit, as on
     * git.kernel.org) {@code /commit/?id=SHA}.
     */
    public static String commitUrl(String webUrl, String commit) {
        if (webUrl.contains("{commit}")) {
            return webUrl.replace("{commit}", commit);
        }
        String base = webUrl.replaceAll("/+$", "");
        String host = URI.create(base).getHost().toLowerCase(Locale.ROOT);
        if (host.equals("github.com") || host.equals("gitlab.com") || host.equals("codeberg.org")) {
            return base.replaceAll("\\.git$", "") + "/commit/" + commit;
        }
        return base + "/commit/?id=" + commit;
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url.replace("{commit}", "0"));
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
