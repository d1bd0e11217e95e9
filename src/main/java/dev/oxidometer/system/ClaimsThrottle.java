package dev.oxidometer.system;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * The claims check is open to readers, so each client address gets a Bucket4j token bucket of {@value #PER_MINUTE}
 * checks refilled over a minute (a burst of {@value #PER_MINUTE}, then one every two seconds), as failed logins do
 * in {@link LoginThrottle}. Past {@link #MAX_TRACKED} addresses the full (idle) buckets are dropped.
 */
@Component
public class ClaimsThrottle {

    static final int PER_MINUTE = 30;
    static final int MAX_TRACKED = 10_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Takes one check for {@code address}; empty when allowed, else how long to wait. */
    public Optional<Duration> tryCheck(String address) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= PER_MINUTE);
        }
        Bucket bucket = buckets.computeIfAbsent(address == null ? "" : address, a -> Bucket.builder()
                .addLimit(l -> l.capacity(PER_MINUTE).refillGreedy(PER_MINUTE, Duration.ofMinutes(1))).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty()
                : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()).plusMillis(999).withNanos(0));
    }
}
