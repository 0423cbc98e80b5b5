package app.prism.identity;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Every sign-in with email and password (the login form and HTTP Basic, on the API and the pages): refused at once
 * while the account or the client address is throttled ({@link SignInThrottle}), then checked against the stored
 * hash, or against {@link VerifiedCredentials} when the same pair passed a moment ago.
 */
@Component
class PasswordSignIn {

    private final Provider provider;
    private final SignInThrottle accounts;
    private final SignInThrottle addresses;
    private final VerifiedCredentials verified;

    PasswordSignIn(PrismUserDetailsService users, PasswordEncoder passwordEncoder, IdentityClock clock,
            @Value("${prism.sign-in.account.free-failures:5}") int accountFree,
            @Value("${prism.sign-in.account.lock-after:20}") int accountLock,
            @Value("${prism.sign-in.address.free-failures:10}") int addressFree,
            @Value("${prism.sign-in.address.lock-after:50}") int addressLock,
            @Value("${prism.sign-in.first-delay:1s}") Duration firstDelay,
            @Value("${prism.sign-in.max-delay:5m}") Duration maxDelay,
            @Value("${prism.sign-in.lock-for:15m}") Duration lockFor,
            @Value("${prism.sign-in.forget-after:1h}") Duration forgetAfter,
            @Value("${prism.sign-in.basic-cache:5m}") Duration basicCache) {
        this.provider = new Provider(users, passwordEncoder);
        this.accounts = new SignInThrottle(
                new SignInThrottle.Rule(accountFree, firstDelay, maxDelay, accountLock, lockFor, forgetAfter),
                clock::clock);
        this.addresses = new SignInThrottle(
                new SignInThrottle.Rule(addressFree, firstDelay, maxDelay, addressLock, lockFor, forgetAfter),
                clock::clock);
        this.verified = new VerifiedCredentials(basicCache, clock::clock);
    }

    /** For the sign-in doors' authentication managers (not a bean: no global manager of Spring's picks it up). */
    AuthenticationProvider provider() {
        return provider;
    }

    /** The user's password changed or they were deactivated: no remembered password of theirs counts any more. */
    void forget(String email) {
        verified.forget(email);
    }

    private static Optional<Duration> longer(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        return Optional.of(a.get().compareTo(b.get()) >= 0 ? a.get() : b.get());
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                ? d.getRemoteAddress() : "unknown";
    }

    private static String normal(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Spring's check of a password against the stored hash, with the throttle in front and the cache beside it. */
    private final class Provider extends DaoAuthenticationProvider {

        Provider(PrismUserDetailsService users, PasswordEncoder passwordEncoder) {
            super(users);
            setPasswordEncoder(passwordEncoder);
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            String account = "account:" + normal(authentication.getName());
            String address = "address:" + address(authentication);
            Optional<Duration> wait = longer(accounts.waitFor(account), addresses.waitFor(address));
            if (wait.isPresent()) throw new SignInThrottled(wait.get());
            wait = longer(accounts.begin(account), addresses.begin(address));
            if (wait.isPresent()) throw new SignInThrottled(wait.get());
            try {
                Authentication signedIn = super.authenticate(authentication);
                accounts.succeeded(account);
                addresses.succeeded(address);
                return signedIn;
            } catch (BadCredentialsException e) {
                accounts.failed(account);
                addresses.failed(address);
                throw e;
            }
        }

        @Override
        protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken presented) {
            String password = presented.getCredentials() == null ? null : presented.getCredentials().toString();
            if (verified.contains(user.getUsername(), password, user.getPassword())) return;
            super.additionalAuthenticationChecks(user, presented);
            verified.remember(user.getUsername(), password, user.getPassword());
        }
    }
}
