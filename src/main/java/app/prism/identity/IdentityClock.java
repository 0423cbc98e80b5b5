package app.prism.identity;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The time sign-in throttling, remembered Basic credentials and token use are measured by. The system clock; tests
 * move it forward instead of sleeping.
 */
@Component
class IdentityClock {

    private volatile Clock clock = Clock.systemUTC();

    Instant now() {
        return clock.instant();
    }

    Clock clock() {
        return clock;
    }

    /** For tests: measure time by another clock (the system clock again with {@code Clock.systemUTC()}). */
    void use(Clock clock) {
        this.clock = clock;
    }
}
