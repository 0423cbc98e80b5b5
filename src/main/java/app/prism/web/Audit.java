package app.prism.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who and when for the created/updated columns every table carries; times are UTC. */
public final class Audit {

    private Audit() {}

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The signed-in user's login, or "system" for start-up work such as the first administrator and demo data. */
    public static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth.getName() == null ? "system" : auth.getName();
    }
}
