package dev.oxidometer.news;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Dates as people and feeds write them: {@code 2025-10-01}, {@code 2025-10-01T12:00}, or with an offset (UTC if none). */
public final class Dates {

    private Dates() {
    }

    /** @param endOfDay a bare date means its last instant (for an inclusive "to" bound) */
    public static Instant parse(String text, boolean endOfDay) {
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            LocalDate d = LocalDate.parse(t);
            return endOfDay ? d.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1)
                    : d.atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date: \"" + t + "\" (use 2025-10-01 or 2025-10-01T12:00:00Z)");
        }
    }
}
