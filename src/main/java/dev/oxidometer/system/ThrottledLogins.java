package dev.oxidometer.system;

import java.time.Instant;
import java.util.List;

/** Failed-login throttling as the Scans view shows it to editors (implemented by {@link LoginThrottle}). */
public interface ThrottledLogins {

    /** One user name or client address that may not log in until {@code until}. */
    record Lock(String kind, String who, Instant until, int lockouts) {
    }

    List<Lock> current();
}
