package app.prism.relationship;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** POST /api/v1/referrals: the referrer and a target unit and/or a named person; status defaults to ASKED, today. */
public record NewReferral(@NotNull Long referrerContactId, Long targetUnitId, @Size(max = 200) String targetName,
        AskStatus status, LocalDate askedOn, LocalDate answeredOn, Long outcomeContactId, Long outcomeOpportunityId,
        @Size(max = 2000) String note) {}
