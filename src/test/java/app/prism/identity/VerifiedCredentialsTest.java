package app.prism.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private final SignInThrottleTest.MovableClock clock = new SignInThrottleTest.MovableClock();
    private final VerifiedCredentials verified = new VerifiedCredentials(Duration.ofMinutes(5), () -> clock);

    @Test
    void aVerifiedPairCountsForFiveMinutesAgainstTheSameStoredHash() {
        verified.remember("Ada@Example.com", "a-long-password", "{bcrypt}hash-1");

        assertThat(verified.contains("ada@example.com", "a-long-password", "{bcrypt}hash-1")).isTrue();
        assertThat(verified.contains("ada@example.com", "a-long-passworD", "{bcrypt}hash-1")).isFalse();
        assertThat(verified.contains("bob@example.com", "a-long-password", "{bcrypt}hash-1")).isFalse();
        assertThat(verified.contains("ada@example.com", "a-long-password", "{bcrypt}hash-2"))
                .as("the password changed (on any instance)").isFalse();
        clock.advance(Duration.ofMinutes(5));
        assertThat(verified.contains("ada@example.com", "a-long-password", "{bcrypt}hash-1")).isFalse();
    }

    @Test
    void forgettingAUserDropsAllTheirPairs() {
        verified.remember("ada@example.com", "a-long-password", "h");
        verified.remember("ada@example.com", "another-password", "h");
        verified.remember("bob@example.com", "a-long-password", "h");

        verified.forget("ADA@example.com");

        assertThat(verified.contains("ada@example.com", "a-long-password", "h")).isFalse();
        assertThat(verified.contains("ada@example.com", "another-password", "h")).isFalse();
        assertThat(verified.contains("bob@example.com", "a-long-password", "h")).isTrue();
    }

    @Test
    void nothingIsRememberedWhenTheCacheIsSwitchedOff() {
        var off = new VerifiedCredentials(Duration.ZERO, () -> clock);
        off.remember("ada@example.com", "a-long-password", "h");
        assertThat(off.contains("ada@example.com", "a-long-password", "h")).isFalse();
    }
}
