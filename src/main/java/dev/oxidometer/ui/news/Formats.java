package dev.oxidometer.ui.news;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

final class Formats {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private Formats() {
    }

    static String day(Instant t) {
        return t == null ? "" : DAY.format(t);
    }
}
