package dev.oxidometer.release;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.oxidometer.scan.Category;
import dev.oxidometer.scan.Driver;
import dev.oxidometer.scan.LineCounts;
import dev.oxidometer.scan.ReleaseScan;
import dev.oxidometer.scan.ReleaseTag;
import dev.oxidometer.scan.RustFile;
import dev.oxidometer.scan.ScanJson;
import dev.oxidometer.scan.ScanReport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the scanner's JSON (contracts section 2) into a {@link ScanReport}, the same record the scanner writes it
 * from ({@link ScanJson}, the one writer of the format). Reading is strict about the fields it uses and ignores fields
 * it does not know, so that newer scanners stay readable; every error names the place in the file.
 */
public final class ScanDatasetJson {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final String CATEGORIES = Arrays.stream(Category.values()).map(Category::key)
            .collect(Collectors.joining(", "));

    private ScanDatasetJson() {
    }

    /** Parses a JSON document; a document that is not JSON is refused with the parser's position. */
    public static JsonNode parse(InputStream in) {
        try (in) {
            JsonNode root = MAPPER.readTree(in);
            if (root == null || root.isMissingNode()) {
                throw new DatasetException("The file is empty");
            }
            return root;
        } catch (JacksonException e) {
            throw new DatasetException("Not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")" : ""), e);
        } catch (IOException e) {
            throw new DatasetException("Could not read the file: " + e.getMessage(), e);
        }
    }

    public static ScanReport read(InputStream in) {
        return read(parse(in), "");
    }

    /** Reads one scanner document; {@code at} prefixes error locations when it is part of a larger document. */
    public static ScanReport read(JsonNode root, String at) {
        object(root, at.isEmpty() ? "the document" : at);
        String rulesVersion = text(root, "rulesVersion", at, true);
        String repository = text(root, "repository", at, false);
        Instant scannedAt = instant(root, "scannedAt", at, false);
        Map<String, String> failures = new LinkedHashMap<>();
        JsonNode failuresNode = root.path("failures");
        if (failuresNode.isObject()) {
            failuresNode.properties().forEach(e -> failures.put(e.getKey(), e.getValue().asString("")));
        }
        JsonNode releasesNode = root.path("releases");
        if (!releasesNode.isArray()) {
            throw new DatasetException(where(at, "releases") + " must be a list of releases");
        }
        List<ReleaseScan> releases = new ArrayList<>();
        Set<String> tags = new HashSet<>();
        int i = 0;
        for (JsonNode release : releasesNode.values()) {
            ReleaseScan r = release(release, where(at, "releases[" + i++ + "]"));
            if (!tags.add(r.tag())) {
                throw new DatasetException(where(at, "releases") + ": tag " + r.tag() + " appears twice");
            }
            releases.add(r);
        }
        return new ScanReport(rulesVersion, repository, scannedAt, List.copyOf(releases), failures);
    }

    private static ReleaseScan release(JsonNode node, String at) {
        object(node, at);
        String tag = text(node, "tag", at, true);
        if (tag.length() > 100 || ReleaseTag.parseName(tag).isEmpty()) {
            throw new DatasetException(where(at, "tag") + " must be a release name such as v6.12 or v6.13-rc1, not "
                    + abbreviate(tag));
        }
        String here = at + " (" + tag + ")";
        String commit = text(node, "commit", here, true);
        if (!COMMIT.matcher(commit).matches()) {
            throw new DatasetException(where(here, "commit") + " must be a commit id of 40 or 64 hex digits");
        }
        Instant date = instant(node, "date", here, true);
        boolean rc = node.has("rc") ? bool(node, "rc", here) : tag.contains("-rc");
        String note = text(node, "note", here, false);
        limit(note, 1000, here, "note");

        Map<String, Object> metrics = new LinkedHashMap<>();
        JsonNode metricsNode = node.path("metrics");
        if (!metricsNode.isObject()) {
            throw new DatasetException(where(here, "metrics") + " must be an object of metric values");
        }
        for (Map.Entry<String, JsonNode> metric : metricsNode.properties()) {
            if (!METRIC_KEY.matcher(metric.getKey()).matches()) {
                throw new DatasetException(where(here, "metrics") + ": " + abbreviate(metric.getKey())
                        + " is not a metric name (letters, digits and . _ - only, at most 100)");
            }
            JsonNode v = metric.getValue();
            Object value;
            if (v.isNull()) {
                value = null;
            } else if (v.isIntegralNumber() && v.canConvertToLong()) {
                value = v.longValue();
            } else if (v.isNumber()) {
                value = v.doubleValue();
            } else if (v.isString()) {
                value = v.stringValue();
            } else {
                throw new DatasetException(where(here, "metrics." + metric.getKey())
                        + " must be a number, a text or null");
            }
            checkMetric(metric.getKey(), value, where(here, "metrics." + metric.getKey()));
            metrics.put(metric.getKey(), value);
        }

        List<Driver> drivers = new ArrayList<>();
        int i = 0;
        for (JsonNode d : array(node, "drivers", here)) {
            String dat = where(here, "drivers[" + i++ + "]");
            object(d, dat);
            limit(text(d, "name", dat, true), 200, dat, "name");
            limit(text(d, "path", dat, true), 1000, dat, "path");
            String kind = d.has("kind") ? text(d, "kind", dat, true) : Driver.MODULE;
            if (!kind.equals(Driver.MODULE) && !kind.equals(Driver.LIBRARY)) {
                throw new DatasetException(where(dat, "kind") + " must be module or library, not " + kind);
            }
            Long code = d.has("code") && !d.get("code").isNull() ? count(d, "code", dat) : null;
            List<String> sources = new ArrayList<>();
            int k = 0;
            for (JsonNode source : array(d, "sources", dat)) {
                if (!source.isString() || source.stringValue().isBlank()) {
                    throw new DatasetException(where(dat, "sources[" + k + "]") + " must be a file path");
                }
                sources.add(source.stringValue());
                k++;
            }
            drivers.add(new Driver(text(d, "name", dat, true), text(d, "path", dat, true), kind,
                    (int) count(d, "files", dat), count(d, "lines", dat), code, sources));
        }
        List<String> abstractions = new ArrayList<>();
        i = 0;
        for (JsonNode a : array(node, "abstractions", here)) {
            if (!a.isString() || a.stringValue().isBlank()) {
                throw new DatasetException(where(here, "abstractions[" + i + "]") + " must be a module name");
            }
            limit(a.stringValue(), 200, here, "abstractions[" + i + "]");
            abstractions.add(a.stringValue());
            i++;
        }
        List<RustFile> files = new ArrayList<>();
        i = 0;
        for (JsonNode f : array(node, "files", here)) {
            String fat = where(here, "files[" + i++ + "]");
            object(f, fat);
            limit(text(f, "path", fat, true), 1000, fat, "path");
            if (!f.path("blobId").asString("").isEmpty() && !COMMIT.matcher(f.path("blobId").asString("")).matches()) {
                throw new DatasetException(where(fat, "blobId") + " must be an object id of 40 or 64 hex digits");
            }
            files.add(new RustFile(text(f, "path", fat, true), category(f, fat),
                    f.path("blobId").asString(""),
                    new LineCounts(count(f, "lines", fat), count(f, "code", fat), count(f, "comments", fat),
                            count(f, "blanks", fat),
                            f.has("docComments") ? count(f, "docComments", fat) : 0)));
        }
        return new ReleaseScan(tag, commit, date, rc, note, metrics, List.copyOf(drivers), List.copyOf(abstractions),
                List.copyOf(files));
    }

    private static final java.util.regex.Pattern COMMIT = java.util.regex.Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");
    private static final java.util.regex.Pattern METRIC_KEY = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /** Counts and shares cannot be negative or infinite; shares are fractions. */
    private static void checkMetric(String key, Object value, String at) {
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (!Double.isFinite(d) || d < 0) {
                throw new DatasetException(at + " must be a finite number of at least 0, not " + n);
            }
            if (key.startsWith("share.") && d > 1) {
                throw new DatasetException(at + " is a share and must lie between 0 and 1, not " + n);
            }
        } else if (value instanceof String text) {
            limit(text, 1000, at, "");
        }
    }

    private static void limit(String text, int max, String at, String field) {
        if (text != null && text.length() > max) {
            throw new DatasetException((field.isEmpty() ? at : where(at, field)) + " is longer than " + max
                    + " characters");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }

    /**
     * The scanner document of a dataset, as a JSON tree in the field order of contracts section 2: what
     * {@link ScanJson}, the one writer of the format, writes for it.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> toJson(ScanReport dataset) {
        return MAPPER.readValue(ScanJson.write(dataset), LinkedHashMap.class);
    }

    private static String where(String at, String field) {
        return at.isEmpty() ? field : at + "." + field;
    }

    private static void object(JsonNode node, String at) {
        if (node == null || !node.isObject()) {
            throw new DatasetException(at + " must be a JSON object");
        }
    }

    private static Iterable<JsonNode> array(JsonNode node, String field, String at) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new DatasetException(where(at, field) + " must be a list");
        }
        return value.values();
    }

    private static String text(JsonNode node, String field, String at, boolean required) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            if (required) {
                throw new DatasetException(where(at, field) + " is missing");
            }
            return null;
        }
        if (!value.isString() || (required && value.stringValue().isBlank())) {
            throw new DatasetException(where(at, field) + " must be a non-empty text");
        }
        return value.stringValue();
    }

    private static boolean bool(JsonNode node, String field, String at) {
        JsonNode value = node.path(field);
        if (!value.isBoolean()) {
            throw new DatasetException(where(at, field) + " must be true or false");
        }
        return value.booleanValue();
    }

    private static long count(JsonNode node, String field, String at) {
        JsonNode value = node.path(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
            throw new DatasetException(where(at, field) + " must be a whole number of at least 0");
        }
        return value.longValue();
    }

    private static Instant instant(JsonNode node, String field, String at, boolean required) {
        String text = text(node, field, at, required);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new DatasetException(where(at, field) + " must be an ISO-8601 date such as 2024-11-17T12:00:00Z, "
                    + "not " + text);
        }
    }

    private static Category category(JsonNode node, String at) {
        String key = text(node, "category", at, true);
        try {
            return Category.fromKey(key);
        } catch (IllegalArgumentException e) {
            throw new DatasetException(where(at, "category") + ": unknown category " + key + " (expected one of "
                    + CATEGORIES + ")");
        }
    }
}
