package dev.oxidometer.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * Failed logins (login form and HTTP Basic alike) are counted per user name and per client address, each in a
 * Bucket4j token bucket of {@value #FAILURES_PER_MINUTE} failures refilled once a minute (all at once, so that
 * at most 10 failures fit in any minute, however they are spread). The failure that empties
 * a bucket locks that user name or address: {@link #FIRST_LOCK} the first time, twice as long at each repeat (up to
 * {@link #LONGEST_LOCK}); while locked every attempt is answered 429 with {@code Retry-After}, the right password
 * included, without checking it. A successful login clears both. Spring Security's authentication events feed it.
 */
@Component
public class LoginThrottle implements ThrottledLogins {

    static final int FAILURES_PER_MINUTE = 10;
    static final Duration FIRST_LOCK = Duration.ofSeconds(60);
    static final Duration LONGEST_LOCK = Duration.ofHours(1);
    /** Past this many tracked keys, idle ones are dropped, so spraying user names cannot fill the memory. */
    static final int MAX_TRACKED = 10_000;

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final Clock clock;
    private final TimeMeter meter;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private final class Entry {
        final String kind;
        final String who;
        final Bucket failures = Bucket.builder()
                .addLimit(l -> l.capacity(FAILURES_PER_MINUTE).refillIntervally(FAILURES_PER_MINUTE, Duration.ofMinutes(1)))
                .withCustomTimePrecision(meter).build();
        int lockouts;
        Instant lockedUntil = Instant.MIN;
        Instant lastFailure = Instant.MIN;

        Entry(String kind, String who) {
            this.kind = kind;
            this.who = who;
        }
    }

    @Autowired
    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
        this.meter = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    private static String key(String kind, String who) {
        return kind + "\u0000" + who;
    }

    /** How long this user name or address must still wait, when either is locked. */
    public Optional<Duration> lockedFor(String user, String address) {
        Instant now = clock.instant();
        Instant until = Instant.MIN;
        for (String k : List.of(key("user", normal(user)), key("address", normal(address)))) {
            Entry e = entries.get(k);
            if (e != null && e.lockedUntil.isAfter(until)) {
                until = e.lockedUntil;
            }
        }
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    public void failed(String user, String address) {
        Instant now = clock.instant();
        if (entries.size() > MAX_TRACKED) {
            entries.values().removeIf(e -> e.lockedUntil.isBefore(now)
                    && e.lastFailure.isBefore(now.minus(Duration.ofMinutes(1))) && e.lockouts == 0);
        }
        record(new Entry("user", normal(user)), now);
        record(new Entry("address", normal(address)), now);
    }

    private void record(Entry fresh, Instant now) {
        Entry e = entries.computeIfAbsent(key(fresh.kind, fresh.who), k -> fresh);
        synchronized (e) {
            e.lastFailure = now;
            if (e.lockedUntil.isAfter(now)) {
                return;
            }
            e.failures.tryConsume(1);
            if (e.failures.getAvailableTokens() <= 0) {
                Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(e.lockouts, 20));
                if (lock.compareTo(LONGEST_LOCK) > 0) {
                    lock = LONGEST_LOCK;
                }
                e.lockouts++;
                e.lockedUntil = now.plus(lock);
                e.failures.reset();
                log.warn("Login throttled: {} '{}' locked for {} s after {} failed logins within a minute"
                        + " (lockout {} in a row)", e.kind, e.who, lock.toSeconds(), FAILURES_PER_MINUTE, e.lockouts);
            }
        }
    }

    public void succeeded(String user, String address) {
        entries.remove(key("user", normal(user)));
        entries.remove(key("address", normal(address)));
    }

    @Override
    public List<Lock> current() {
        Instant now = clock.instant();
        List<Lock> locks = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.lockedUntil.isAfter(now)) {
                locks.add(new Lock(e.kind, e.who, e.lockedUntil, e.lockouts));
            }
        }
        locks.sort(Comparator.comparing(Lock::until).reversed());
        return locks;
    }

    private static String normal(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) : s;
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        // a wrong password and an unknown user name alike (Spring reports both as bad credentials)
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            failed(event.getAuthentication().getName(), address(event.getAuthentication()));
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName(), address(event.getAuthentication()));
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "";
    }
}
