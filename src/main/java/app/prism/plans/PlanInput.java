package app.prism.plans;

import app.prism.performance.Metric;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What clients send to create and change plans, objectives, actions and reviews. */
public final class PlanInput {

    private PlanInput() {}

    /** POST /api/v1/accounts/{id}/plans: a new plan starts as a DRAFT. */
    public record NewPlan(@NotBlank String period, @Size(max = 4000) String shortTermGoals,
            @Size(max = 4000) String longTermGoals, List<String> strengths, List<String> weaknesses,
            List<String> opportunities, List<String> threats, List<String> risks) {

        public static NewPlan of(String period) {
            return new NewPlan(period, null, null, null, null, null, null, null);
        }
    }

    /** PATCH /api/v1/plans/{id}: what the body names changes; lists are replaced as a whole. */
    public record PlanPatch(String period, PlanStatus status, @Size(max = 4000) String shortTermGoals,
            @Size(max = 4000) String longTermGoals, List<String> strengths, List<String> weaknesses,
            List<String> opportunities, List<String> threats, List<String> risks, Long version) {}

    public record NewObjective(@NotBlank @Size(max = 200) String title, Metric metric, BigDecimal targetValue,
            LocalDate dueOn) {}

    public record ObjectivePatch(@Size(max = 200) String title, Metric metric, BigDecimal targetValue, LocalDate dueOn,
            Long version) {}

    public record NewAction(@NotBlank @Size(max = 200) String title, Long ownerId, LocalDate dueOn, Long objectiveId) {}

    public record ActionPatch(@Size(max = 200) String title, Long ownerId, LocalDate dueOn,
            PlanView.ActionStatus status, Long objectiveId, Long version) {}

    /** POST /api/v1/plans/{id}/reviews: per objective (or about the plan as a whole), issue, decision, follow-ups. */
    public record NewReview(LocalDate heldOn, @Valid List<ReviewItem> items) {}

    public record ReviewItem(Long objectiveId, @Size(max = 2000) String issue, @Size(max = 2000) String decision,
            @Valid List<FollowUp> followUps) {}

    public record FollowUp(@Size(max = 200) String title, Long ownerId, LocalDate dueOn) {}
}
