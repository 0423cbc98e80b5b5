package app.prism.plans;

import app.prism.account.AccountService;
import app.prism.identity.AccountAccess;
import app.prism.identity.UserService;
import app.prism.identity.UserView;
import app.prism.identity.Viewer;
import app.prism.performance.Metric;
import app.prism.performance.Performance;
import app.prism.performance.PerformanceService;
import app.prism.tasks.NewTask;
import app.prism.tasks.TaskService;
import app.prism.web.Conflict;
import app.prism.web.Invalid;
import app.prism.web.NotFound;
import app.prism.web.PageQuery;
import app.prism.web.Paged;
import app.prism.web.Patch;
import app.prism.web.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strategic account plans (PRODUCT.md section 5): one ACTIVE plan per account and period, status moves by
 * {@link PlanStatusRule}, objectives with progress by {@link OnTrackRule}, actions that can become tasks. Access follows
 * the plan's account.
 */
@Service
public class PlanService {

    static final int MAX_LIST_ITEMS = 20;
    static final int MAX_ITEM_LENGTH = 190;

    private final PlanRepository plans;
    private final PerformanceService performance;
    private final AccountService accounts;
    private final AccountAccess access;
    private final UserService users;
    private final TaskService tasks;

    PlanService(PlanRepository plans, PerformanceService performance, AccountService accounts, AccountAccess access,
            UserService users, TaskService tasks) {
        this.plans = plans;
        this.performance = performance;
        this.accounts = accounts;
        this.access = access;
        this.users = users;
        this.tasks = tasks;
    }

    LocalDate today() {
        return performance.asOfOrToday(null);
    }

    // ---- plans ----

    public Paged<PlanView> listPlans(long accountId, PageQuery page) {
        accounts.requireVisible(accountId);
        var rows = plans.plansOfAccount(accountId, page.size(), page.offset());
        Progresses progress = new Progresses(accountId);
        return new Paged<>(rows.stream().map(r -> view(r, progress)).toList(), page.page(), page.size(),
                plans.countPlans(accountId));
    }

    /** Plans of every account the signed-in user may see (a MEMBER: their team's accounts), optionally of one status. */
    public Paged<PlanView> listAllPlans(PlanStatus status, PageQuery page) {
        var visible = accounts.visibleAccountIds().orElse(null);
        Map<Long, Progresses> progress = new HashMap<>();
        var rows = plans.plansOf(visible, status, page.size(), page.offset());
        return new Paged<>(rows.stream().map(r -> view(r, progress.computeIfAbsent(r.accountId(), Progresses::new)))
                .toList(), page.page(), page.size(), plans.countPlansOf(visible, status));
    }

    public PlanView getPlan(long id) {
        PlanRepository.PlanRow row = row(id);
        return view(row, new Progresses(row.accountId()));
    }

    /** The plan the Plan tab edits: the account's ACTIVE plan (latest period), else its newest DRAFT. */
    public Optional<PlanView> workingPlan(long accountId) {
        accounts.requireVisible(accountId);
        return workingRow(accountId).map(r -> view(r, new Progresses(accountId)));
    }

    /** The actions of the account's working plan, without computing the objectives' progress (for next best actions). */
    public List<PlanView.Action> actionsOfWorkingPlan(long accountId) {
        accounts.requireVisible(accountId);
        return workingRow(accountId).map(r -> plans.actions(r.id()).stream().map(this::actionView).toList())
                .orElse(List.of());
    }

    private Optional<PlanRepository.PlanRow> workingRow(long accountId) {
        var rows = plans.plansOfAccount(accountId, 50, 0);
        return rows.stream().filter(r -> r.status() == PlanStatus.ACTIVE).findFirst()
                .or(() -> rows.stream().filter(r -> r.status() == PlanStatus.DRAFT).findFirst());
    }

    @Transactional
    public PlanView createPlan(long accountId, PlanInput.NewPlan input) {
        accounts.requireVisible(accountId);
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        Optional<PlanPeriod> period = PlanPeriod.parse(input.period());
        if (period.isEmpty()) problems.add(new Invalid.FieldProblem("period", "must be " + PlanPeriod.FORMAT));
        checkText("shortTermGoals", input.shortTermGoals(), problems);
        checkText("longTermGoals", input.longTermGoals(), problems);
        checkList("strengths", input.strengths(), problems);
        checkList("weaknesses", input.weaknesses(), problems);
        checkList("opportunities", input.opportunities(), problems);
        checkList("threats", input.threats(), problems);
        checkList("risks", input.risks(), problems);
        if (!problems.isEmpty()) throw new Invalid(problems);
        var clean = new PlanInput.NewPlan(period.get().text(), Texts.trimToNull(input.shortTermGoals()),
                Texts.trimToNull(input.longTermGoals()), input.strengths(), input.weaknesses(), input.opportunities(),
                input.threats(), input.risks());
        return getPlan(plans.insertPlan(accountId, period.get(), clean));
    }

    /**
     * Changes what the patch names. A status move follows {@link PlanStatusRule} (409 otherwise); a plan becomes ACTIVE
     * only when its account has no other ACTIVE plan for the period (409), checked under a lock on the account row and
     * backed by the unique key on (account, period, active marker).
     */
    @Transactional
    public PlanView updatePlan(long id, Patch<PlanInput.PlanPatch> patch, Long expectedVersion) {
        PlanRepository.PlanRow row = row(id);
        if (expectedVersion != null && expectedVersion != row.version()) throw stale("plan");
        PlanInput.PlanPatch p = patch.value();
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        PlanPeriod period = new PlanPeriod(row.period(), row.startsOn(), row.endsOn());
        if (patch.has("period")) {
            Optional<PlanPeriod> parsed = PlanPeriod.parse(p.period());
            if (parsed.isEmpty()) problems.add(new Invalid.FieldProblem("period", "must be " + PlanPeriod.FORMAT));
            else period = parsed.get();
        }
        if (patch.has("status") && p.status() == null) problems.add(new Invalid.FieldProblem("status", "must not be null"));
        checkText("shortTermGoals", p.shortTermGoals(), problems);
        checkText("longTermGoals", p.longTermGoals(), problems);
        checkList("strengths", p.strengths(), problems);
        checkList("weaknesses", p.weaknesses(), problems);
        checkList("opportunities", p.opportunities(), problems);
        checkList("threats", p.threats(), problems);
        checkList("risks", p.risks(), problems);
        if (!problems.isEmpty()) throw new Invalid(problems);
        PlanStatus status = patch.has("status") ? p.status() : row.status();
        if (!PlanStatusRule.mayMove(row.status(), status)) throw new Conflict(PlanStatusRule.refusal(row.status(), status));
        if (row.status() == PlanStatus.ARCHIVED) throw new Conflict("An archived plan is final: it cannot be changed.");
        if (status == PlanStatus.ACTIVE) {
            plans.lockAccount(row.accountId());
            if (plans.activeExists(row.accountId(), period.text(), id)) {
                throw new Conflict("The account already has an ACTIVE plan for " + period.text()
                        + ": archive it or take it back to DRAFT first.");
            }
        }
        var updated = new PlanRepository.PlanRow(id, row.accountId(), period.text(), period.startsOn(), period.endsOn(),
                status, patch.has("shortTermGoals") ? Texts.trimToNull(p.shortTermGoals()) : row.shortTermGoals(),
                patch.has("longTermGoals") ? Texts.trimToNull(p.longTermGoals()) : row.longTermGoals(),
                patch.has("strengths") ? PlanRepository.lines(p.strengths()) : row.strengths(),
                patch.has("weaknesses") ? PlanRepository.lines(p.weaknesses()) : row.weaknesses(),
                patch.has("opportunities") ? PlanRepository.lines(p.opportunities()) : row.opportunities(),
                patch.has("threats") ? PlanRepository.lines(p.threats()) : row.threats(),
                patch.has("risks") ? PlanRepository.lines(p.risks()) : row.risks(), row.version(), row.createdAt(),
                row.updatedAt());
        if (!plans.updatePlan(updated, row.version())) throw stale("plan");
        return getPlan(id);
    }

    /** Only a DRAFT is deleted: an active or archived plan is history (409). */
    @Transactional
    public void deletePlan(long id) {
        PlanRepository.PlanRow row = row(id);
        if (row.status() != PlanStatus.DRAFT) {
            throw new Conflict("Only a DRAFT plan is deleted; this one is " + row.status() + ".");
        }
        plans.deletePlan(id);
    }

    // ---- objectives ----

    @Transactional
    public PlanView.Objective addObjective(long planId, PlanInput.NewObjective input) {
        PlanRepository.PlanRow plan = writable(planId);
        checkObjective(input.title(), true, input.metric(), input.targetValue());
        long id = plans.insertObjective(planId, input.title().strip(), input.metric(), input.targetValue(),
                input.dueOn());
        plans.touchPlan(planId);
        return objectiveView(plans.objective(id).orElseThrow(), plan, new Progresses(plan.accountId()));
    }

    /**
     * The next-best-actions panel's "make it an objective": added to the account's ACTIVE plan, else its newest DRAFT;
     * 409 when the account has neither.
     */
    @Transactional
    public PlanView.Objective addObjectiveToWorkingPlan(long accountId, PlanInput.NewObjective input) {
        accounts.requireVisible(accountId);
        PlanRepository.PlanRow plan = workingRow(accountId)
                .orElseThrow(() -> new Conflict("The account has no active or draft plan: start a plan first."));
        return addObjective(plan.id(), input);
    }

    @Transactional
    public PlanView.Objective updateObjective(long id, Patch<PlanInput.ObjectivePatch> patch, Long expectedVersion) {
        PlanRepository.ObjectiveRow row = plans.objective(id).orElseThrow(() -> new NotFound("Objective", id));
        PlanRepository.PlanRow plan = writable(row.planId(), "Objective", id);
        if (expectedVersion != null && expectedVersion != row.version()) throw stale("objective");
        var p = patch.value();
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        patch.requireNotBlank("title", p.title(), problems);
        if (!problems.isEmpty()) throw new Invalid(problems);
        var updated = new PlanRepository.ObjectiveRow(id, row.planId(),
                patch.has("title") ? p.title().strip() : row.title(), patch.has("metric") ? p.metric() : row.metric(),
                patch.has("targetValue") ? p.targetValue() : row.targetValue(),
                patch.has("dueOn") ? p.dueOn() : row.dueOn(), row.version());
        checkObjective(updated.title(), false, updated.metric(), updated.targetValue());
        if (!plans.updateObjective(updated, row.version())) throw stale("objective");
        plans.touchPlan(row.planId());
        return objectiveView(plans.objective(id).orElseThrow(), plan, new Progresses(plan.accountId()));
    }

    @Transactional
    public void deleteObjective(long id) {
        PlanRepository.ObjectiveRow row = plans.objective(id).orElseThrow(() -> new NotFound("Objective", id));
        writable(row.planId(), "Objective", id);
        plans.deleteObjective(id);
        plans.touchPlan(row.planId());
    }

    // ---- actions ----

    @Transactional
    public PlanView.Action addAction(long planId, PlanInput.NewAction input) {
        PlanRepository.PlanRow plan = writable(planId);
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        if (input.title() == null || input.title().isBlank()) {
            problems.add(new Invalid.FieldProblem("title", "must not be blank"));
        } else if (input.title().strip().length() > 200) {
            problems.add(new Invalid.FieldProblem("title", "size must be between 0 and 200"));
        }
        checkObjectiveOfPlan(planId, input.objectiveId(), problems);
        if (!problems.isEmpty()) throw new Invalid(problems);
        if (input.ownerId() != null) requireOwner(input.ownerId(), plan.accountId());
        long id = plans.insertAction(planId, input.objectiveId(), null, input.title().strip(), input.ownerId(),
                input.dueOn(), null);
        plans.touchPlan(planId);
        return actionView(plans.action(id).orElseThrow());
    }

    @Transactional
    public PlanView.Action updateAction(long id, Patch<PlanInput.ActionPatch> patch, Long expectedVersion) {
        PlanRepository.ActionRow row = plans.action(id).orElseThrow(() -> new NotFound("Action", id));
        PlanRepository.PlanRow plan = writable(row.planId(), "Action", id);
        if (expectedVersion != null && expectedVersion != row.version()) throw stale("action");
        var p = patch.value();
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        patch.requireNotBlank("title", p.title(), problems);
        if (patch.has("status") && p.status() == null) problems.add(new Invalid.FieldProblem("status", "must not be null"));
        if (patch.has("objectiveId")) checkObjectiveOfPlan(row.planId(), p.objectiveId(), problems);
        if (!problems.isEmpty()) throw new Invalid(problems);
        Long owner = patch.has("ownerId") ? p.ownerId() : row.ownerId();
        if (patch.has("ownerId") && owner != null && !owner.equals(row.ownerId())) requireOwner(owner, plan.accountId());
        var updated = new PlanRepository.ActionRow(id, row.planId(),
                patch.has("objectiveId") ? p.objectiveId() : row.objectiveId(), row.reviewItemId(),
                patch.has("title") ? p.title().strip() : row.title(), owner, patch.has("dueOn") ? p.dueOn() : row.dueOn(),
                patch.has("status") ? p.status() : row.status(), row.taskId(), row.version());
        if (!plans.updateAction(updated, row.version())) throw stale("action");
        plans.touchPlan(row.planId());
        return actionView(plans.action(id).orElseThrow());
    }

    @Transactional
    public void deleteAction(long id) {
        PlanRepository.ActionRow row = plans.action(id).orElseThrow(() -> new NotFound("Action", id));
        writable(row.planId(), "Action", id);
        plans.deleteAction(id);
        plans.touchPlan(row.planId());
    }

    /** Makes a task (source PLAN) of the action, assigned to its owner; an action has at most one task (409). */
    @Transactional
    public PlanView.Action actionToTask(long id) {
        PlanRepository.ActionRow row = plans.action(id).orElseThrow(() -> new NotFound("Action", id));
        PlanRepository.PlanRow plan = writable(row.planId(), "Action", id);
        if (row.taskId() != null) throw new Conflict("The action already has task " + row.taskId() + ".");
        var task = tasks.createTask(new NewTask(plan.accountId(), row.title(), null, null, null, row.ownerId(),
                row.dueOn(), "PLAN", "From the " + plan.period() + " account plan."));
        var updated = new PlanRepository.ActionRow(id, row.planId(), row.objectiveId(), row.reviewItemId(), row.title(),
                row.ownerId(), row.dueOn(), row.status(), task.id(), row.version());
        if (!plans.updateAction(updated, row.version())) throw stale("action");
        return actionView(plans.action(id).orElseThrow());
    }

    // ---- for reviews and exports (same package) ----

    PlanRepository.PlanRow row(long id) {
        PlanRepository.PlanRow row = plans.plan(id).orElseThrow(() -> new NotFound("Plan", id));
        access.requireVisibleOr404(row.accountId(), "Plan", id);
        return row;
    }

    /** An archived plan is final: its parts no longer change (409). */
    PlanRepository.PlanRow writable(long planId) {
        return writable(planId, "Plan", planId);
    }

    private PlanRepository.PlanRow writable(long planId, String what, long id) {
        PlanRepository.PlanRow plan = plans.plan(planId).orElseThrow(() -> new NotFound(what, id));
        access.requireVisibleOr404(plan.accountId(), what, id);
        if (plan.status() == PlanStatus.ARCHIVED) throw new Conflict("An archived plan is final: it cannot be changed.");
        return plan;
    }

    void requireOwner(long userId, long accountId) {
        users.requireActiveUsers("ownerId", List.of(userId));
        UserView u = users.findUser(userId).orElseThrow();
        if (!access.canSee(new Viewer(u.id(), u.email(), u.name(), u.role()), accountId)) {
            throw Invalid.field("ownerId", "must be able to see the account: " + u.name() + " is not on its team");
        }
    }

    PlanView view(PlanRepository.PlanRow r, Progresses progress) {
        return new PlanView(r.id(), r.accountId(), r.period(), r.startsOn(), r.endsOn(), r.status(), r.shortTermGoals(),
                r.longTermGoals(), PlanRepository.items(r.strengths()), PlanRepository.items(r.weaknesses()),
                PlanRepository.items(r.opportunities()), PlanRepository.items(r.threats()),
                PlanRepository.items(r.risks()),
                plans.objectives(r.id()).stream().map(o -> objectiveView(o, r, progress)).toList(),
                plans.actions(r.id()).stream().map(this::actionView).toList(), r.version(), r.createdAt(),
                r.updatedAt());
    }

    private PlanView.Objective objectiveView(PlanRepository.ObjectiveRow o, PlanRepository.PlanRow plan,
            Progresses progress) {
        return new PlanView.Objective(o.id(), o.planId(), o.title(), o.metric(),
                o.targetValue() == null ? null : o.targetValue().stripTrailingZeros(), o.dueOn(),
                progress.of(o, plan), o.version());
    }

    PlanView.Action actionView(PlanRepository.ActionRow a) {
        boolean overdue = a.status() == PlanView.ActionStatus.OPEN && a.dueOn() != null && a.dueOn().isBefore(today());
        return new PlanView.Action(a.id(), a.planId(), a.objectiveId(), a.reviewItemId(), a.title(), a.ownerId(),
                a.dueOn(), a.status(), a.taskId(), overdue, a.version());
    }

    /**
     * Progress of an account's objectives: the metric over the TTM as of today, or as of the due date once that is past
     * (a reached target stays reached); performance is computed once per date.
     */
    final class Progresses {
        private final long accountId;
        private final LocalDate today = today();
        private final Map<LocalDate, Performance> byDate = new HashMap<>();

        Progresses(long accountId) {
            this.accountId = accountId;
        }

        PlanView.Progress of(PlanRepository.ObjectiveRow o, PlanRepository.PlanRow plan) {
            LocalDate due = o.dueOn() != null ? o.dueOn() : plan.endsOn();
            if (o.metric() == null) {
                return new PlanView.Progress(null, null, null,
                        OnTrackRule.expected(plan.startsOn(), due, today).stripTrailingZeros(), null);
            }
            LocalDate asOf = due.isBefore(today) ? due : today;
            Performance p = byDate.computeIfAbsent(asOf, d -> performance.performance(accountId, d));
            BigDecimal actual = PerformanceService.actual(o.metric(), "TTM", p.ttm(), p.years());
            var r = OnTrackRule.progress(o.targetValue(), actual, plan.startsOn(), due, today);
            return new PlanView.Progress(r.actual(), r.gap(), r.reached(), r.expected(), r.onTrack());
        }
    }

    // ---- checks ----

    private void checkObjective(String title, boolean required, Metric metric, BigDecimal target) {
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        if (required && (title == null || title.isBlank())) {
            problems.add(new Invalid.FieldProblem("title", "must not be blank"));
        } else if (title != null && title.strip().length() > 200) {
            problems.add(new Invalid.FieldProblem("title", "size must be between 0 and 200"));
        }
        if (target != null && (target.scale() > 4 || target.abs().compareTo(new BigDecimal("1e14")) >= 0)) {
            problems.add(new Invalid.FieldProblem("targetValue", "at most 14 digits and 4 decimals"));
        }
        if (!problems.isEmpty()) throw new Invalid(problems);
    }

    private void checkObjectiveOfPlan(long planId, Long objectiveId, List<Invalid.FieldProblem> problems) {
        if (objectiveId == null) return;
        if (plans.objective(objectiveId).filter(o -> o.planId() == planId).isEmpty()) {
            problems.add(new Invalid.FieldProblem("objectiveId", "not an objective of this plan"));
        }
    }

    private static void checkText(String field, String text, List<Invalid.FieldProblem> problems) {
        if (text != null && text.length() > 4000) problems.add(new Invalid.FieldProblem(field, "at most 4000 characters"));
    }

    private static void checkList(String field, List<String> items, List<Invalid.FieldProblem> problems) {
        if (items == null) return;
        if (items.size() > MAX_LIST_ITEMS) problems.add(new Invalid.FieldProblem(field, "at most " + MAX_LIST_ITEMS + " items"));
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null && items.get(i).strip().length() > MAX_ITEM_LENGTH) {
                problems.add(new Invalid.FieldProblem(field + "[" + i + "]", "at most " + MAX_ITEM_LENGTH + " characters"));
            }
        }
    }

    private static OptimisticLockingFailureException stale(String what) {
        return new OptimisticLockingFailureException("stale " + what);
    }
}
