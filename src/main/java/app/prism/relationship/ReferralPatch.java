package app.prism.relationship;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** PATCH /api/v1/referrals/{id}: the fields given change. */
public record ReferralPatch(Long targetUnitId, @Size(max = 200) String targetName, AskStatus status,
        LocalDate askedOn, LocalDate answeredOn, Long outcomeContactId, Long outcomeOpportunityId,
        @Size(max = 2000) String note, Long version) {}
