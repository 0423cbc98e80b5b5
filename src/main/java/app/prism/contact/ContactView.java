package app.prism.contact;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A contact as the API shows it; {@code ownerUserIds} are the colleagues who know the person. The {@code movedTo…}
 * fields say where someone who left went (all null while the contact is active).
 */
public record ContactView(long id, long accountId, long unitId, String name, String title, String email,
        String phone, BuyingRole buyingRole, Attitude attitude, int relationshipStrength, Long reportsToId,
        List<Long> ownerUserIds, boolean active, OffsetDateTime deactivatedAt, long version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, String movedToOrganisation, Long movedToAccountId,
        Long movedToUnitId, String movedToTitle, String note, String externalId) {

    /** Champions, decision makers and economic buyers: the people whose leaving puts the account at risk. */
    public boolean isSponsor() {
        return buyingRole.isSponsor();
    }
}
