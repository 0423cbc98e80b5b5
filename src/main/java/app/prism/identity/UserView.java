package app.prism.identity;

import java.time.OffsetDateTime;

/** A user as the API shows them; never the password hash. */
public record UserView(long id, String email, String name, Role role, boolean active, long version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {}
