package dev.oxidometer.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The throttle's rules, on a clock the test moves. */
class LoginThrottleTest {

    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-12-01T12:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    final TestClock clock = new TestClock();
    final LoginThrottle throttle = new LoginThrottle(clock);

    void fail(int times, String user, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }

    @Test
    void nine_failures_in_a_minute_do_not_lock_and_the_tenth_locks_for_sixty_seconds() {
        fail(9, "admin", "192.0.2.1");
        assertThat(throttle.lockedFor("admin", "192.0.2.1")).isEmpty();
        fail(1, "admin", "192.0.2.1");
        assertThat(throttle.lockedFor("admin", "192.0.2.1")).contains(Duration.ofSeconds(60));
        assertThat(throttle.lockedFor("admin", "192.0.2.99")).as("the user name is locked").isPresent();
        assertThat(throttle.lockedFor("someone", "192.0.2.1")).as("the address is locked").isPresent();
        assertThat(throttle.lockedFor("someone", "192.0.2.99")).isEmpty();
        assertThat(throttle.current()).extracting(ThrottledLoginsKind::of).containsExactlyInAnyOrder("user admin",
                "address 192.0.2.1");
    }

    /** Small helper to read a lock as "kind who". */
    interface ThrottledLoginsKind {
        static String of(ThrottledLogins.Lock l) {
            return l.kind() + " " + l.who();
        }
    }

    /** "At most 10 failures in a minute": a guesser who waits between tries is locked too (a greedy refill would
     *  give a try back every 6 s and never lock a guess every 6 s; slow logins under load did exactly that). */
    @Test
    void ten_failures_spread_over_a_minute_still_lock() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("admin", "192.0.2.1");
            clock.advance(Duration.ofSeconds(6));
        }
        assertThat(throttle.lockedFor("admin", "192.0.2.1")).isPresent();
    }

    @Test
    void failures_spread_over_more_than_a_minute_refill_the_bucket_and_do_not_lock() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("admin", "192.0.2.1");
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(throttle.lockedFor("admin", "192.0.2.1")).isEmpty();
    }

    @Test
    void the_lock_doubles_on_each_repeat_up_to_an_hour() {
        long[] expected = {60, 120, 240, 480, 960, 1920, 3600, 3600};
        for (long seconds : expected) {
            fail(10, "admin", "192.0.2.1");
            assertThat(throttle.lockedFor("admin", "192.0.2.1")).contains(Duration.ofSeconds(seconds));
            clock.advance(Duration.ofSeconds(seconds));
            assertThat(throttle.lockedFor("admin", "192.0.2.1")).isEmpty();
        }
    }

    @Test
    void failures_while_locked_do_not_extend_the_lock_and_a_success_resets_everything() {
        fail(10, "admin", "192.0.2.1");
        clock.advance(Duration.ofSeconds(30));
        fail(5, "admin", "192.0.2.1");
        assertThat(throttle.lockedFor("admin", "192.0.2.1")).contains(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(30));
        throttle.succeeded("admin", "192.0.2.1");
        fail(9, "admin", "192.0.2.1");
        assertThat(throttle.lockedFor("admin", "192.0.2.1")).isEmpty();
        fail(1, "admin", "192.0.2.1");
        assertThat(throttle.lockedFor("admin", "192.0.2.1")).as("back to the first lock length")
                .contains(Duration.ofSeconds(60));
    }
}
