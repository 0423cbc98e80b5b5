package app.prism.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(new SignInThrottle.Rule(5, Duration.ofSeconds(1),
            Duration.ofMinutes(5), 20, Duration.ofMinutes(15), Duration.ofHours(1)), () -> clock);

    @Test
    void fiveFailuresAreFreeAndTheSixthAttemptWaitsOneSecond() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.waitFor("a")).isEmpty();
            throttle.failed("a");
        }
        assertThat(throttle.waitFor("a")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("a")).isEmpty();
    }

    @Test
    void theWaitDoublesWithEachFailureUpToTheMaximum() {
        SignInThrottle.Rule rule = new SignInThrottle.Rule(5, Duration.ofSeconds(1), Duration.ofMinutes(5), 20,
                Duration.ofMinutes(15), Duration.ofHours(1));
        assertThat(rule.waitAfter(4)).isZero();
        assertThat(rule.waitAfter(5)).hasSeconds(1);
        assertThat(rule.waitAfter(6)).hasSeconds(2);
        assertThat(rule.waitAfter(9)).hasSeconds(16);
        assertThat(rule.waitAfter(14)).hasMinutes(5);
        assertThat(rule.waitAfter(19)).hasMinutes(5);
        assertThat(rule.waitAfter(20)).hasMinutes(15);
        assertThat(rule.waitAfter(1_000)).hasMinutes(15);
    }

    @Test
    void twentyFailuresLockTheKeyForFifteenMinutes() {
        for (int i = 0; i < 20; i++) {
            throttle.waitFor("a").ifPresent(clock::advance);
            throttle.failed("a");
        }
        assertThat(throttle.waitFor("a")).contains(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.waitFor("a")).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("a")).isEmpty();
        throttle.failed("a");                                    // one more failure after the lock: locked again
        assertThat(throttle.waitFor("a")).contains(Duration.ofMinutes(15));
    }

    @Test
    void aSuccessClearsTheKeyAndOnlyThatKey() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("a");
            throttle.failed("b");
        }
        throttle.succeeded("a");
        assertThat(throttle.waitFor("a")).isEmpty();
        assertThat(throttle.failures("a")).isZero();
        assertThat(throttle.waitFor("b")).isPresent();
    }

    @Test
    void onceHeldBackOnlyOneAttemptAtATimeGoesAhead() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.begin("a")).as("free attempts run in parallel").isEmpty();
        }
        for (int i = 0; i < 5; i++) throttle.failed("a");
        clock.advance(Duration.ofSeconds(1));

        assertThat(throttle.begin("a")).as("the first after the wait").isEmpty();
        assertThat(throttle.begin("a")).as("a parallel one while it is checked").contains(Duration.ofSeconds(1));
        throttle.failed("a");                                    // the first one failed: the 6th failure
        assertThat(throttle.begin("a")).contains(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.begin("a")).isEmpty();
        throttle.succeeded("a");
        assertThat(throttle.begin("a")).isEmpty();
        assertThat(throttle.begin("a")).isEmpty();
    }

    @Test
    void failuresAreForgottenAnHourAfterTheLast() {
        for (int i = 0; i < 5; i++) throttle.failed("a");
        clock.advance(Duration.ofHours(1));
        assertThat(throttle.failures("a")).isZero();
        throttle.failed("a");
        assertThat(throttle.waitFor("a")).isEmpty();
    }

    /** A clock that only moves when told. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
