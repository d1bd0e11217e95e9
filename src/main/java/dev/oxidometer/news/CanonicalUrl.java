package dev.oxidometer.news;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one form of an article URL under which duplicates are recognised: lower-case scheme and host, no default
 * port, no fragment, no {@code utm_*} tracking parameters, no trailing slash. Only http(s) URLs are accepted, so a
 * canonical URL is always safe to render as a link.
 */
public final class CanonicalUrl {

    private CanonicalUrl() {
    }

    /** @throws IllegalArgumentException with a message fit for the user when the URL is not an http(s) URL */
    public static String of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("URL is required");
        }
        URI uri;
        try {
            uri = new URI(raw.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("only http and https URLs are accepted"
                    + (scheme.isEmpty() ? "" : " (not " + scheme + ":)"));
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("URLs with a user name or password are not accepted");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the URL has no host name");
        }
        StringBuilder out = new StringBuilder(scheme).append("://").append(host.toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        if (!defaultPort) {
            out.append(':').append(port);
        }
        out.append(path(uri.getRawPath()));
        String query = withoutTracking(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    /** True when {@link #of} would accept the URL. */
    public static boolean isWebUrl(String raw) {
        try {
            of(raw);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The site an article comes from when no source is given: its host without a leading {@code www.}. */
    public static String siteName(String canonicalUrl) {
        String host = URI.create(canonicalUrl).getHost();
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String path(String rawPath) {
        String path = rawPath == null ? "" : rawPath;
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        // the root keeps its slash so that "https://lwn.net" and "https://lwn.net/" meet at one form
        return path.isEmpty() ? "/" : path;
    }

    private static String withoutTracking(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String param : rawQuery.split("&")) {
            String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!param.isEmpty() && !name.startsWith("utm_")) {
                kept.add(param);
            }
        }
        return String.join("&", kept);
    }
}
