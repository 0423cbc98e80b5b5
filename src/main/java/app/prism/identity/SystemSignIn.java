package app.prism.identity;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs start-up work (demo data, imports at boot) as a real user, so the services apply their usual role and access
 * checks and the audit columns name that user. Never reachable from a request.
 */
@Component
public class SystemSignIn {

    private final PrismUserDetailsService users;

    SystemSignIn(PrismUserDetailsService users) {
        this.users = users;
    }

    /** Calls {@code work} signed in as the active user with this email, then restores whatever context was there. */
    public <T> T asUser(String email, Supplier<T> work) {
        PrismUser user = (PrismUser) users.loadUserByUsername(email);
        if (!user.isEnabled()) throw new IllegalStateException("user " + email + " is not active");
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
