package dev.oxidometer.ui;

import com.vaadin.flow.router.QueryParameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Adoption view shows, kept in the URL's query so that every state has a link that can be shared:
 * {@code ?metric=unsafe.blocks&scale=log&rc=on&vendored=on&x=release} (the date axis is the default, so
 * {@code x=date} changes nothing). Defaults are left out of the URL.
 */
public record AdoptionSettings(String metric, boolean vendored, boolean includeRc, boolean logScale, boolean dateAxis) {

    /** A date axis by default: an evenly spaced release sequence would draw v6.1 → v6.12 like v7.2 → v7.3. */
    public static final AdoptionSettings DEFAULT = new AdoptionSettings(null, false, false, false, true);

    public static AdoptionSettings from(QueryParameters query) {
        Map<String, List<String>> p = query.getParameters();
        String metric = QueryValues.first(p, "metric");
        return new AdoptionSettings(
                metric == null || metric.isBlank() ? null : metric.trim(),
                "on".equals(QueryValues.first(p, "vendored")),
                "on".equals(QueryValues.first(p, "rc")),
                "log".equals(QueryValues.first(p, "scale")),
                !"release".equals(QueryValues.first(p, "x")));
    }

    public QueryParameters toQuery() {
        Map<String, String> p = new LinkedHashMap<>();
        if (metric != null) {
            p.put("metric", metric);
        }
        if (vendored) {
            p.put("vendored", "on");
        }
        if (includeRc) {
            p.put("rc", "on");
        }
        if (logScale) {
            p.put("scale", "log");
        }
        if (!dateAxis) {
            p.put("x", "release");
        }
        return QueryParameters.simple(p);
    }

    public AdoptionSettings withMetric(String value) {
        return new AdoptionSettings(value, vendored, includeRc, logScale, dateAxis);
    }

    public AdoptionSettings withVendored(boolean value) {
        return new AdoptionSettings(metric, value, includeRc, logScale, dateAxis);
    }

    public AdoptionSettings withIncludeRc(boolean value) {
        return new AdoptionSettings(metric, vendored, value, logScale, dateAxis);
    }

    public AdoptionSettings withLogScale(boolean value) {
        return new AdoptionSettings(metric, vendored, includeRc, value, dateAxis);
    }

    public AdoptionSettings withDateAxis(boolean value) {
        return new AdoptionSettings(metric, vendored, includeRc, logScale, value);
    }
}
