package app.prism.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking. Every capability asks this, never the security context directly. */
@Component
public class CurrentUser {

    private final PrismUserDetailsService users;

    CurrentUser(PrismUserDetailsService users) {
        this.users = users;
    }

    /** The signed-in user; throws when nobody is signed in (security config makes that impossible on endpoints). */
    public Viewer viewer() {
        return find().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }

    public Optional<Viewer> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) return Optional.empty();
        if (auth.getPrincipal() instanceof PrismUser user) return Optional.of(user.viewer());
        if (auth.getPrincipal() instanceof org.springframework.security.core.userdetails.UserDetails details) {
            // remember-me and other standard paths may hand over a plain UserDetails: resolve it to ours
            return Optional.of(((PrismUser) users.loadUserByUsername(details.getUsername())).viewer());
        }
        return Optional.empty();
    }
}
