package dev.oxidometer.system;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns H2's "database may be already in use" into a clear startup message: the embedded database file is locked
 * by another running oxidometer (two processes must not write one file), so this one exits without touching it.
 */
public class DatabaseInUseFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    /** H2's ErrorCode.DATABASE_ALREADY_OPEN_1. */
    static final int DATABASE_ALREADY_OPEN = 90020;

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == DATABASE_ALREADY_OPEN) {
                return new FailureAnalysis(
                        "The oxidometer database is in use by another process (probably another oxidometer "
                                + "running on the same data directory). H2 said: " + firstLine(sql.getMessage()),
                        "Stop the other oxidometer, or start this one with its own data directory "
                                + "(--oxidometer.data-dir=/some/other/dir). To share one database between several "
                                + "instances, use PostgreSQL (--spring.profiles.active=postgres).",
                        cause);
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
