package app.prism.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A signed-in browser session follows what an administrator changes: on every request the user is read again by id
 * (one primary-key lookup). A user deactivated or deleted since signing in is signed out at once; a changed role, name
 * or email replaces the session's principal, so a manager demoted to member loses the other teams' accounts on the
 * next click, not when the session expires. A password changed since signing in (here, on another instance or through
 * the API) ends the session too: that is how a password change signs the user out of every other browser. The API
 * authenticates every request anyway.
 */
class FreshUserFilter extends OncePerRequestFilter {

    private final PrismUserDetailsService users;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    FreshUserFilter(PrismUserDetailsService users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof PrismUser signedIn) {
            Optional<PrismUser> now = users.findById(signedIn.id());
            if (now.isEmpty() || !now.get().isEnabled() || !now.get().passwordHash().equals(signedIn.passwordHash())) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) session.invalidate();
            } else if (!now.get().viewer().equals(signedIn.viewer())) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(now.get(), null,
                        now.get().getAuthorities()));
                SecurityContextHolder.setContext(context);
                sessions.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    /** Keeps this browser signed in after its own password change (with a new session id), while others are not. */
    static void keepSignedIn(PrismUser now, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) request.changeSessionId();
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
    }
}
