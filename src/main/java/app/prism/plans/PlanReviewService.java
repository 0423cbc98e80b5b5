package app.prism.plans;

import app.prism.exposure.ExposureService;
import app.prism.relationship.RiskService;
import app.prism.tasks.NewTask;
import app.prism.tasks.TaskService;
import app.prism.web.Invalid;
import app.prism.web.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plan reviews: a session records per objective the issue found, the decision taken and the follow-ups, each of which
 * becomes a task (source REVIEW) and a plan action. The review opens on the problems, not on the whole plan.
 */
@Service
public class PlanReviewService {

    /**
     * What a review looks at first: objectives off track, open actions past their due date, relationship risks that
     * were not there at the last review (all of them before the first), and how many exposure gaps the account has.
     */
    public record Problems(LocalDate asOf, LocalDate lastReviewOn, List<PlanView.Objective> offTrack,
            List<PlanView.Action> overdueActions, List<RiskService.UnitRisk> newRisks, long exposureGaps) {

        public boolean none() {
            return offTrack.isEmpty() && overdueActions.isEmpty() && newRisks.isEmpty() && exposureGaps == 0;
        }
    }

    private final PlanService plans;
    private final PlanRepository repository;
    private final TaskService tasks;
    private final RiskService risks;
    private final ExposureService exposure;

    PlanReviewService(PlanService plans, PlanRepository repository, TaskService tasks, RiskService risks,
            ExposureService exposure) {
        this.plans = plans;
        this.repository = repository;
        this.tasks = tasks;
        this.risks = risks;
        this.exposure = exposure;
    }

    public Problems problems(long planId) {
        PlanView plan = plans.getPlan(planId);
        LocalDate today = plans.today();
        var reviews = repository.reviews(planId);
        Set<String> seen = reviews.isEmpty() ? Set.of() : Set.copyOf(PlanRepository.items(reviews.get(0).risksSeen()));
        List<RiskService.UnitRisk> newRisks = risks.risks(plan.accountId(), today).stream()
                .filter(r -> !seen.contains(riskKey(r))).toList();
        long gaps = exposure.allGaps(plan.accountId(), today).stream().filter(p -> p.gap()).count();
        return new Problems(today, reviews.isEmpty() ? null : reviews.get(0).heldOn(),
                plan.objectives().stream().filter(o -> Boolean.FALSE.equals(o.progress().onTrack())).toList(),
                plan.actions().stream().filter(PlanView.Action::overdue).toList(), newRisks, gaps);
    }

    public List<PlanReviewView> reviews(long planId) {
        PlanView plan = plans.getPlan(planId);
        Map<Long, List<PlanView.Action>> followUps = plan.actions().stream().filter(a -> a.reviewItemId() != null)
                .collect(Collectors.groupingBy(PlanView.Action::reviewItemId));
        Map<Long, List<PlanReviewView.Item>> items = new HashMap<>();
        for (var i : repository.reviewItems(planId)) {
            items.computeIfAbsent(i.reviewId(), k -> new ArrayList<>()).add(new PlanReviewView.Item(i.id(),
                    i.objectiveId(), i.objectiveTitle(), i.issue(), i.decision(), followUps.getOrDefault(i.id(), List.of())));
        }
        return repository.reviews(planId).stream().map(r -> new PlanReviewView(r.id(), r.planId(), r.heldOn(),
                r.createdBy(), r.createdAt(), items.getOrDefault(r.id(), List.of()))).toList();
    }

    /**
     * Records a review: every item needs an issue and a decision; every follow-up a title, and becomes a task assigned
     * to its owner (the reviewer when none) and an action of the plan serving the item's objective. All or nothing.
     */
    @Transactional
    public PlanReviewView recordReview(long planId, PlanInput.NewReview input) {
        PlanRepository.PlanRow plan = plans.writable(planId);
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        List<PlanInput.ReviewItem> items = input.items() == null ? List.of() : input.items();
        if (items.isEmpty()) problems.add(new Invalid.FieldProblem("items", "a review records at least one issue"));
        Map<Long, PlanRepository.ObjectiveRow> objectives = repository.objectives(planId).stream()
                .collect(Collectors.toMap(PlanRepository.ObjectiveRow::id, o -> o));
        for (int i = 0; i < items.size(); i++) {
            PlanInput.ReviewItem item = items.get(i);
            String at = "items[" + i + "]";
            if (item == null) {
                problems.add(new Invalid.FieldProblem(at, "must not be null"));
                continue;
            }
            if (item.objectiveId() != null && !objectives.containsKey(item.objectiveId())) {
                problems.add(new Invalid.FieldProblem(at + ".objectiveId", "not an objective of this plan"));
            }
            if (Texts.trimToNull(item.issue()) == null) problems.add(new Invalid.FieldProblem(at + ".issue", "must not be blank"));
            if (Texts.trimToNull(item.decision()) == null) {
                problems.add(new Invalid.FieldProblem(at + ".decision", "must not be blank"));
            }
            List<PlanInput.FollowUp> followUps = item.followUps() == null ? List.of() : item.followUps();
            for (int f = 0; f < followUps.size(); f++) {
                PlanInput.FollowUp up = followUps.get(f);
                if (up == null || Texts.trimToNull(up.title()) == null) {
                    problems.add(new Invalid.FieldProblem(at + ".followUps[" + f + "].title", "must not be blank"));
                }
            }
        }
        if (!problems.isEmpty()) throw new Invalid(problems);
        LocalDate heldOn = input.heldOn() == null ? plans.today() : input.heldOn();
        String risksSeen = PlanRepository.lines(risks.risks(plan.accountId(), plans.today()).stream()
                .map(PlanReviewService::riskKey).distinct().toList());
        long reviewId = repository.insertReview(planId, heldOn, risksSeen);
        for (PlanInput.ReviewItem item : items) {
            var objective = item.objectiveId() == null ? null : objectives.get(item.objectiveId());
            long itemId = repository.insertReviewItem(reviewId, item.objectiveId(),
                    objective == null ? null : objective.title(), item.issue().strip(), item.decision().strip());
            for (PlanInput.FollowUp up : item.followUps() == null ? List.<PlanInput.FollowUp>of() : item.followUps()) {
                if (up.ownerId() != null) plans.requireOwner(up.ownerId(), plan.accountId());
                String note = "Plan review of " + heldOn + ": " + item.decision().strip();
                var task = tasks.createTask(new NewTask(plan.accountId(), up.title().strip(), null, null, null,
                        up.ownerId(), up.dueOn(), "REVIEW", note.length() > 2000 ? note.substring(0, 2000) : note));
                repository.insertAction(planId, item.objectiveId(), itemId, up.title().strip(), task.assigneeId(),
                        up.dueOn(), task.id());
            }
        }
        repository.touchPlan(planId);
        return reviews(planId).stream().filter(r -> r.id() == reviewId).findFirst().orElseThrow();
    }

    static String riskKey(RiskService.UnitRisk r) {
        return r.unitId() + ":" + r.flag();
    }
}
