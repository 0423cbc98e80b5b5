package app.prism.identity;

import java.time.OffsetDateTime;

/** A personal API token as its owner sees it: never the secret, only its first characters. */
public record ApiTokenView(long id, String name, String tokenPrefix, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
        OffsetDateTime revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
