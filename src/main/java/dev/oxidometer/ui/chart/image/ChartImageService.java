package dev.oxidometer.ui.chart.image;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

import dev.oxidometer.release.DataSource;
import dev.oxidometer.release.DefaultRepository;
import dev.oxidometer.release.DriverRelease;
import dev.oxidometer.release.ReleaseCatalog;
import dev.oxidometer.release.ReleaseGaps;
import dev.oxidometer.release.ReleaseSummary;
import dev.oxidometer.release.Repo;
import dev.oxidometer.scan.ReleaseTag;

/**
 * Reads what a chart shows from the stored history and draws it; the API and the dashboard's Download menu both
 * come here, so an image from either is the same. Recent renderings are kept by ETag: asking twice for an unchanged
 * chart draws it once.
 */
@Service
public class ChartImageService {

    /** An upstream tag's message is "Linux 6.12" (or "Linux 6.13-rc1"); any other note says what the tree is. */
    private static final Pattern UPSTREAM_NOTE = Pattern.compile("Linux \\d+\\.\\d+(-rc\\d+)?");
    private static final int MAX_TREE_NOTES = 6;
    private static final int MAX_GAPS = 8;
    private static final int CACHE_ENTRIES = 48;

    private final ReleaseCatalog catalog;
    private final DefaultRepository defaultRepository;
    private final Map<String, Object> cache = new LinkedHashMap<>(CACHE_ENTRIES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > CACHE_ENTRIES;
        }
    };

    public ChartImageService(ReleaseCatalog catalog, DefaultRepository defaultRepository) {
        this.catalog = catalog;
        this.defaultRepository = defaultRepository;
    }

    /**
     * The numbers and stamp of a chart. {@code baseUrl} is the application's address as the reader sees it
     * (scheme, host, context path), from which the permalink is made.
     *
     * @throws BadChartParameterException a parameter names nothing that can be drawn (400)
     * @throws NoSuchElementException     nothing stored, unknown repository or driver (404)
     */
    public ChartSnapshot snapshot(ChartSpec spec, String repository, String baseUrl) {
        Repo repo = repository(repository);
        DataSource source = catalog.dataSource().orElseThrow(() -> new NoSuchElementException("No data is stored yet"));
        if (spec.kind() == ChartKind.METRIC && (spec.subject() == null || spec.subject().isBlank())) {
            throw new BadChartParameterException("key", "give a metric key (the columns of /api/metrics.csv)");
        }
        checkHidden(spec);
        ChartData data;
        List<String> shownTags;
        if (spec.kind() == ChartKind.DRIVER) {
            if (spec.subject() == null || spec.subject().isBlank()) {
                throw new BadChartParameterException("name", "give the driver's name (GET /api/drivers lists them)");
            }
            catalog.driver(spec.subject()).orElseThrow(() -> new NoSuchElementException(
                    "No driver named " + spec.subject()));
            List<DriverRelease> history = range(spec, catalog.driverHistory(spec.subject()), DriverRelease::tag);
            List<String> commits = history.stream().map(h -> catalog.release(h.tag()).map(ReleaseSummary::commit)
                    .orElse(null)).toList();
            data = ChartDataFactory.driver(spec, history, commits);
            shownTags = data.tags();
        } else {
            List<ReleaseSummary> all = catalog.releases(spec.includeRc());
            if (all.isEmpty()) {
                throw new NoSuchElementException("No data is stored yet");
            }
            if (spec.kind() == ChartKind.METRIC) {
                checkMetric(spec, all);
            }
            List<ReleaseSummary> shown = range(spec, all, ReleaseSummary::tag);
            data = ChartDataFactory.releases(spec, shown);
            shownTags = data.tags();
        }
        String first = shownTags.getFirst();
        String last = shownTags.getLast();
        String lastCommit = data.commits().getLast();
        Stamp stamp = new Stamp(data.title(), repo.name(), first, last, lastCommit, source.rulesVersion(),
                source.scannedAt(), permalink(baseUrl, spec), missing(shownTags), treeNote(source, shownTags));
        return new ChartSnapshot(spec, data, stamp);
    }

    public byte[] png(ChartSnapshot snapshot, int width, int height, ChartTheme theme) {
        String etag = snapshot.etag("png", width, height, theme);
        return (byte[]) cached(etag, () -> ChartImages.png(snapshot.data(), snapshot.stamp(), theme, width, height));
    }

    public String svg(ChartSnapshot snapshot, int width, int height, ChartTheme theme) {
        String etag = snapshot.etag("svg", width, height, theme);
        return (String) cached(etag, () -> ChartImages.svg(snapshot.data(), snapshot.stamp(), theme, width, height));
    }

    private Object cached(String etag, java.util.function.Supplier<Object> render) {
        synchronized (cache) {
            Object hit = cache.get(etag);
            if (hit != null) {
                return hit;
            }
        }
        Object made = render.get();
        synchronized (cache) {
            cache.put(etag, made);
        }
        return made;
    }

    /**
     * The dashboard address that shows the same chart; a tree other than the default one (the API's
     * {@code ?repository=}, the dashboard's {@code ?repo=}) is named with {@code ?repo=}.
     */
    public static String permalink(String baseUrl, ChartSpec spec) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (spec.kind() == ChartKind.DRIVER) {
            UriComponentsBuilder driver = UriComponentsBuilder.fromUriString(base).pathSegment("drivers",
                    spec.subject());
            dev.oxidometer.release.RepositoryScope.shown().ifPresent(repo -> driver.queryParam("repo", repo.name()));
            return driver.encode().toUriString();
        }
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(base + "/");
        spec.viewQuery().forEach(uri::queryParam);
        dev.oxidometer.release.RepositoryScope.shown().ifPresent(repo -> uri.queryParam("repo", repo.name()));
        return uri.encode().toUriString();
    }

    /**
     * The repository read: the one the request named ({@code ?repository=}, which the API's interceptor puts in
     * the read model's scope), else the default one (the dashboard's).
     */
    private Repo repository(String name) {
        Repo shown = defaultRepository.get().orElseThrow(() -> new NoSuchElementException("No data is stored yet"));
        if (name == null || name.isBlank() || name.strip().equals(shown.name())) {
            return shown;
        }
        throw new NoSuchElementException("No repository named " + name.strip() + " is shown here (the dashboard "
                + "shows " + shown.name() + ")");
    }

    private static void checkHidden(ChartSpec spec) {
        List<String> keys = ChartDataFactory.allSeries(spec.kind(), spec.subject()).stream()
                .map(ChartData.Series::key).filter(k -> !k.equals(ChartDataFactory.VENDORED)).toList();
        for (String key : spec.hidden()) {
            if (!keys.contains(key)) {
                throw new BadChartParameterException("hide", "the " + spec.kind().key() + " chart has no series \""
                        + key + "\" (it has " + String.join(", ", keys) + ")");
            }
        }
    }

    private void checkMetric(ChartSpec spec, List<ReleaseSummary> releases) {
        boolean numeric = releases.stream().anyMatch(r -> r.metrics().get(spec.subject()) instanceof Number);
        if (!catalog.metricKeys().contains(spec.subject()) || !numeric) {
            throw new BadChartParameterException("key", "there is no numeric metric called \"" + spec.subject() + "\"");
        }
    }

    /** The releases from {@code from} to {@code to}, both included; either must be a stored release. */
    private static <T> List<T> range(ChartSpec spec, List<T> items, java.util.function.Function<T, String> tag) {
        if (items.isEmpty()) {
            throw new NoSuchElementException("No release holds what this chart shows");
        }
        List<String> tags = items.stream().map(tag).toList();
        int start = index(tags, spec.from(), "from", 0);
        int end = index(tags, spec.to(), "to", tags.size() - 1);
        if (start > end) {
            throw new BadChartParameterException("from", spec.from() + " comes after " + spec.to());
        }
        return new ArrayList<>(items.subList(start, end + 1));
    }

    private static int index(List<String> tags, String tag, String parameter, int otherwise) {
        if (tag == null || tag.isBlank()) {
            return otherwise;
        }
        int i = tags.indexOf(tag.strip());
        if (i < 0) {
            throw new BadChartParameterException(parameter, "no release " + tag.strip() + " on this chart"
                    + " (it has " + tags.getFirst() + " to " + tags.getLast() + ")");
        }
        return i;
    }

    /**
     * The line naming releases missing between the scanned ones shown ("v6.2–v6.11, v6.13 not scanned"), from the
     * release-gap model; null when none is missing.
     */
    private String missing(List<String> shownTags) {
        String first = shownTags.getFirst();
        String last = shownTags.getLast();
        List<String> labels = catalog.gaps().gaps().stream()
                .filter(g -> ReleaseTag.compareNames(g.afterTag(), first) >= 0
                        && ReleaseTag.compareNames(g.beforeTag(), last) <= 0)
                .map(ReleaseGaps.Gap::label).toList();
        return missingLine(labels);
    }

    static String missingLine(List<String> gapLabels) {
        if (gapLabels.isEmpty()) {
            return null;
        }
        String listed = gapLabels.stream().limit(MAX_GAPS).collect(Collectors.joining(", "));
        int more = gapLabels.size() - MAX_GAPS;
        return listed + (more > 0 ? " and " + more + " more gaps" : "") + " not scanned";
    }

    /**
     * Where the trees are not upstream release tags (the bundled trees are Debian's stable point releases), their
     * tag notes say what they are; the stamp repeats them, a few at most.
     */
    /** "Linux 6.1 (Debian linux-source-6.1 6.1.192-2, Linux 6.1.192)": the part in brackets says it all. */
    private static String inner(String note) {
        var m = Pattern.compile("Linux \\d+\\.\\d+\\S* \\((.+)\\)").matcher(note);
        return m.matches() ? m.group(1) : note;
    }

    static String treeNote(DataSource source, List<String> shownTags) {
        Map<String, String> notes = new LinkedHashMap<>();
        for (String tree : source.trees()) {
            int colon = tree.indexOf(": ");
            if (colon > 0) {
                String tag = tree.substring(0, colon);
                String note = tree.substring(colon + 2).strip();
                if (shownTags.contains(tag) && !note.isEmpty() && !UPSTREAM_NOTE.matcher(note).matches()) {
                    notes.put(tag, inner(note));
                }
            }
        }
        if (notes.isEmpty()) {
            return null;
        }
        String listed = notes.entrySet().stream().limit(MAX_TREE_NOTES)
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
        int more = notes.size() - MAX_TREE_NOTES;
        return "Trees are not upstream release tags: " + listed
                + (more > 0 ? "; and " + more + " more (GET /api/source lists them)" : "");
    }

}
