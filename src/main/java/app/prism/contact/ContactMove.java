package app.prism.contact;

import java.time.OffsetDateTime;

/**
 * A suggestion that follows a sponsor who moved: {@code NEW_CONTACT} in an account we know ({@code targetAccountId},
 * maybe {@code targetUnitId}), or {@code NEW_ACCOUNT} for an organisation that is not an account yet.
 */
public record ContactMove(long id, long contactId, String contactName, BuyingRole buyingRole, long accountId,
        Kind kind, String organisation, Long targetAccountId, Long targetUnitId, String title, Status status,
        Long createdContactId, Long createdAccountId, long version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public enum Kind { NEW_CONTACT, NEW_ACCOUNT }

    public enum Status { OPEN, ACCEPTED, DISMISSED }
}
