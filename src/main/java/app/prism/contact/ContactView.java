package app.prism.contact;

import java.time.OffsetDateTime;
import java.util.List;

/** A contact as the API shows it; {@code ownerUserIds} are the colleagues who know the person. */
public record ContactView(long id, long accountId, long unitId, String name, String title, String email,
        String phone, BuyingRole buyingRole, Attitude attitude, int relationshipStrength, Long reportsToId,
        List<Long> ownerUserIds, boolean active, OffsetDateTime deactivatedAt, long version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {}
