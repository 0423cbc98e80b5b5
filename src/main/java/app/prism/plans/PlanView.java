package app.prism.plans;

import app.prism.performance.Metric;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A strategic account plan (PRODUCT.md section 5): the customer's goals, our objectives with their progress, a SWOT, the
 * actions and the risks. List fields hold short texts, one item each.
 */
public record PlanView(long id, long accountId, String period, LocalDate startsOn, LocalDate endsOn, PlanStatus status,
        String shortTermGoals, String longTermGoals, List<String> strengths, List<String> weaknesses,
        List<String> opportunities, List<String> threats, List<String> risks, List<Objective> objectives,
        List<Action> actions, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /**
     * A measurable objective: a metric of {@link Metric} (or none, for a free objective), a target and a due date. For a
     * metric objective, the progress: actual (the metric over the TTM as of today, or as of the due date once past),
     * gap = target − actual, the share of the target reached and the share expected by now, on track or not.
     */
    public record Objective(long id, long planId, String title, Metric metric, BigDecimal targetValue, LocalDate dueOn,
            Progress progress, long version) {}

    public record Progress(BigDecimal actual, BigDecimal gap, BigDecimal reached, BigDecimal expected, Boolean onTrack) {}

    /** An action: its owner (a user), due date, status, the objective it serves, and the task made from it. */
    public record Action(long id, long planId, Long objectiveId, Long reviewItemId, String title, Long ownerId,
            LocalDate dueOn, ActionStatus status, Long taskId, boolean overdue, long version) {}

    public enum ActionStatus { OPEN, DONE }
}
