package app.prism.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Failed password sign-ins, counted per key (an account's email or a client address). After {@code freeFailures}
 * failures in a row each next attempt must wait, twice as long each time from {@code firstDelay} up to
 * {@code maxDelay}; from {@code lockAfter} failures the key is locked for {@code lockFor}. A success clears the key;
 * failures are forgotten {@code forgetAfter} after the last one. Attempts refused while waiting are not counted, so
 * nobody can extend someone else's wait by hammering, and no thread ever sleeps: the caller answers "retry after".
 * Once held back, a key lets one attempt at a time through ({@link #begin}).
 * State is in memory, per instance (several instances each count on their own).
 */
final class SignInThrottle {

    record Rule(int freeFailures, Duration firstDelay, Duration maxDelay, int lockAfter, Duration lockFor,
            Duration forgetAfter) {

        /** How long after the {@code failures}-th failure in a row the next attempt must wait. */
        Duration waitAfter(int failures) {
            if (failures >= lockAfter) return lockFor;
            if (failures < freeFailures) return Duration.ZERO;
            int doublings = Math.min(failures - freeFailures, 30);
            Duration delay = firstDelay.multipliedBy(1L << doublings);
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }

    private record Failures(int count, Instant last, Instant nextAttempt) {}

    private static final int MAX_KEYS = 100_000;

    private final Rule rule;
    private final Supplier<Clock> clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    SignInThrottle(Rule rule, Supplier<Clock> clock) {
        this.rule = rule;
        this.clock = clock;
    }

    /** How long the key must still wait before its next attempt, if it must. */
    Optional<Duration> waitFor(String key) {
        Failures f = failures.get(key);
        if (f == null) return Optional.empty();
        Instant now = clock.get().instant();
        return now.isBefore(f.nextAttempt()) ? Optional.of(Duration.between(now, f.nextAttempt())) : Optional.empty();
    }

    /**
     * Starts an attempt: empty when it may go ahead, else how long to wait. Once the key is held back, an attempt that
     * goes ahead reserves the next wait at once, so parallel attempts cannot all slip through while its password is
     * being checked; its failure or success then settles the count.
     */
    Optional<Duration> begin(String key) {
        Instant now = clock.get().instant();
        Duration[] wait = new Duration[1];
        failures.computeIfPresent(key, (k, f) -> {
            if (isForgotten(f, now)) return null;
            if (now.isBefore(f.nextAttempt())) {
                wait[0] = Duration.between(now, f.nextAttempt());
                return f;
            }
            Duration reserved = rule.waitAfter(f.count());
            return reserved.isZero() ? f : new Failures(f.count(), f.last(), now.plus(reserved));
        });
        return Optional.ofNullable(wait[0]);
    }

    void failed(String key) {
        Instant now = clock.get().instant();
        if (failures.size() >= MAX_KEYS) forgetOld(now);
        failures.compute(key, (k, f) -> {
            int count = f == null || isForgotten(f, now) ? 1 : f.count() + 1;
            return new Failures(count, now, now.plus(rule.waitAfter(count)));
        });
    }

    void succeeded(String key) {
        failures.remove(key);
    }

    int failures(String key) {
        Failures f = failures.get(key);
        return f == null || isForgotten(f, clock.get().instant()) ? 0 : f.count();
    }

    private boolean isForgotten(Failures f, Instant now) {
        return !now.isBefore(f.last().plus(rule.forgetAfter())) && !now.isBefore(f.nextAttempt());
    }

    /** Bounded memory: drop what is forgotten anyway, then (under a flood of keys) those not yet held back. */
    private void forgetOld(Instant now) {
        failures.values().removeIf(f -> isForgotten(f, now));
        if (failures.size() >= MAX_KEYS) failures.values().removeIf(f -> !now.isBefore(f.nextAttempt()));
    }
}
