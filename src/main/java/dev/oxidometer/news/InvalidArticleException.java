package dev.oxidometer.news;

import java.util.Map;

/** An article that cannot be stored, with one message per offending field (form field name to message). */
public class InvalidArticleException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidArticleException(Map<String, String> fieldErrors) {
        super(String.join("; ", fieldErrors.values()));
        this.fieldErrors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fieldErrors));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
