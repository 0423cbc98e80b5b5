package app.prism.identity;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A password sign-in refused without checking the password: too many failures for the account or the address. */
class SignInThrottled extends AuthenticationException {

    private final long retryAfterSeconds;

    SignInThrottled(Duration wait) {
        super("Too many failed sign-ins; try again in " + seconds(wait) + " s");
        this.retryAfterSeconds = seconds(wait);
    }

    /** Whole seconds, rounded up, at least 1: the value of a {@code Retry-After} header. */
    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    private static long seconds(Duration wait) {
        long s = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, s);
    }
}
