package app.prism.account;

import java.time.OffsetDateTime;

/** An account as the API and pages show it. */
public record AccountView(long id, String name, String industry, String country, Scope scope, Long ownerId,
        String ownerName, String externalId, long unitCount, long version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
