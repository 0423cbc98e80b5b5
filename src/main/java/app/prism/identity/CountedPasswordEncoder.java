package app.prism.identity;

import java.util.concurrent.atomic.LongAdder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password encoder (bcrypt by default), counting its checks: each costs tens of milliseconds of CPU on purpose,
 * so the count (metric {@code prism.sign-in.password-checks}) shows whether HTTP Basic clients are served from
 * {@link VerifiedCredentials}.
 */
final class CountedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder encoder;
    private final LongAdder checks = new LongAdder();

    CountedPasswordEncoder(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        checks.increment();
        return encoder.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return encoder.upgradeEncoding(encodedPassword);
    }

    long checks() {
        return checks.sum();
    }
}
