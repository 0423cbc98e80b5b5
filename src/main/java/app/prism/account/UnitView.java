package app.prism.account;

import java.time.OffsetDateTime;

/** A business unit on its own (GET /units/{id}). */
public record UnitView(long id, long accountId, Long parentId, String name, UnitKind kind, String country,
        String city, String externalId, int depth, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {}
