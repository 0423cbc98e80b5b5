package app.prism.plans;

/**
 * The status moves a plan may make. DRAFT → ACTIVE (put in force), ACTIVE → ARCHIVED (done with), ACTIVE → DRAFT
 * (taken back to rework it). An ARCHIVED plan is final, and a draft is never archived: it is deleted instead. Staying
 * where it is is always allowed (a no-op).
 */
final class PlanStatusRule {

    private PlanStatusRule() {}

    static boolean mayMove(PlanStatus from, PlanStatus to) {
        if (from == to) return true;
        return switch (from) {
            case DRAFT -> to == PlanStatus.ACTIVE;
            case ACTIVE -> to == PlanStatus.ARCHIVED || to == PlanStatus.DRAFT;
            case ARCHIVED -> false;
        };
    }

    static String refusal(PlanStatus from, PlanStatus to) {
        return switch (from) {
            case ARCHIVED -> "An archived plan is final: start a new plan instead of moving it to " + to + ".";
            case DRAFT -> "A draft becomes ACTIVE first; delete a draft you no longer need instead of archiving it.";
            case ACTIVE -> "An active plan moves to ARCHIVED or back to DRAFT, not to " + to + ".";
        };
    }
}
