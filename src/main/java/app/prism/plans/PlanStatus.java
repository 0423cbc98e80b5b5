package app.prism.plans;

/** Where a plan is in its life: worked on (DRAFT), the plan in force (ACTIVE), done with (ARCHIVED). */
public enum PlanStatus {
    DRAFT, ACTIVE, ARCHIVED
}
