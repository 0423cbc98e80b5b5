package app.prism.plans;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A plan review session: per objective the issue found, the decision taken, and the follow-up actions (tasks). */
public record PlanReviewView(long id, long planId, LocalDate heldOn, String createdBy, OffsetDateTime createdAt,
        List<Item> items) {

    public record Item(long id, Long objectiveId, String objectiveTitle, String issue, String decision,
            List<PlanView.Action> followUps) {}
}
