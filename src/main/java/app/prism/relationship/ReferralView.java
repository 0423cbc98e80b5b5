package app.prism.relationship;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A referral: who we asked to introduce us to whom, and what came of it. */
public record ReferralView(long id, long accountId, long referrerContactId, Long targetUnitId, String targetName,
        AskStatus status, LocalDate askedOn, LocalDate answeredOn, Long outcomeContactId, Long outcomeOpportunityId,
        String note, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {}
