package dev.oxidometer.ui.news;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.oxidometer.news.Article;
import dev.oxidometer.release.ReleaseSummary;
import dev.oxidometer.scan.ReleaseTag;
import dev.oxidometer.ui.chart.AnnotatedPlugins;

/**
 * Articles on a release chart, grouped by release so that many articles on one release make one marker with a
 * count. Pure: articles, their release links and the chart's releases in, groups and annotation options out.
 */
public final class ArticleMarkers {

    /** Styled apart from release lines and data events: a dotted line in the success colour, labelled at the bottom. */
    static final String COLOR = "var(--lumo-success-color)";

    /** @param articles newest first */
    public record Group(String tag, List<Article> articles) {
        public String id() {
            return "articles-" + tag;
        }

        public String label() {
            return articles.size() == 1 ? "1 article" : articles.size() + " articles";
        }
    }

    private ArticleMarkers() {
    }

    /**
     * Each article goes to the newest of its accepted linked releases that the chart shows, else to the release
     * current at its publication date; articles older than the first release shown are left out.
     */
    public static List<Group> group(List<Article> articles, Map<Long, List<String>> linkedReleases,
                                    List<ReleaseSummary> releases) {
        Map<String, List<Article>> byTag = new LinkedHashMap<>();
        releases.forEach(r -> byTag.put(r.tag(), new ArrayList<>()));
        for (Article a : articles) {
            String tag = linkedReleases.getOrDefault(a.id(), List.of()).stream().filter(byTag::containsKey)
                    .max(ReleaseTag::compareNames).orElseGet(() -> currentAt(a.publishedAt(), releases));
            if (tag != null) {
                byTag.get(tag).add(a);
            }
        }
        List<Group> groups = new ArrayList<>();
        byTag.forEach((tag, list) -> {
            if (!list.isEmpty()) {
                list.sort(Comparator.comparing(Article::publishedAt).reversed());
                groups.add(new Group(tag, List.copyOf(list)));
            }
        });
        return groups;
    }

    private static String currentAt(Instant at, List<ReleaseSummary> releases) {
        String current = null;
        for (ReleaseSummary r : releases) {
            if (r.date() != null && !r.date().isAfter(at)) {
                current = r.tag();
            }
        }
        return current;
    }

    /**
     * One annotation per group. {@code oxidoMarker} asks the chart element to report pointer enter, leave and
     * click on it (chartjs-plugin-annotation has no tooltips: the card is built on the Java side).
     */
    public static void addTo(AnnotatedPlugins plugins, List<Group> groups, Function<String, Object> xValue) {
        for (Group g : groups) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("type", "line");
            line.put("scaleID", "x");
            line.put("value", xValue.apply(g.tag()));
            line.put("borderColor", COLOR);
            line.put("borderWidth", 2);
            line.put("borderDash", new int[] {2, 3});
            line.put("oxidoMarker", g.id());
            Map<String, Object> label = new LinkedHashMap<>();
            label.put("display", true);
            label.put("content", g.label());   // plain text: an emoji needs a font the reader may not have
            label.put("position", "end");
            // body text on the page's background, framed in the line's colour: that text reads at the body
            // text's contrast (WCAG AA) in both themes, which white or dark text on a coloured fill did not
            label.put("backgroundColor", "var(--lumo-base-color)");
            label.put("color", "var(--lumo-body-text-color)");
            label.put("borderColor", COLOR);
            label.put("borderWidth", 1.5);
            label.put("font", Map.of("size", 11));
            label.put("oxidoTiny", String.valueOf(g.articles().size()));
            line.put("label", label);
            plugins.annotations().put(g.id(), line);
        }
    }
}
