package app.prism.plans;

import app.prism.account.AccountService;
import app.prism.account.AccountView;
import app.prism.performance.Metric;
import app.prism.performance.PerformancePanel;
import app.prism.survey.SurveyPanel;
import app.prism.web.Conflict;
import app.prism.web.FormErrors;
import app.prism.web.Invalid;
import app.prism.web.Patch;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account's Plan tab (performance and targets, survey answers, then the plan editor) and the review page. Every form posts normally (redirect after post) and, with htmx,
 * gets the editor back with the outcome: a notice, or the errors beside the fields and what was typed kept.
 */
@Controller
class PlanPages {

    static final String EDITOR = "plans/fragments/plan-editor :: editor";

    private final PlanService plans;
    private final PlanReviewService reviews;
    private final AccountService accounts;
    private final PlanEditorModel editorModel;
    private final PlanExport export;
    private final PerformancePanel performance;
    private final SurveyPanel survey;

    PlanPages(PlanService plans, PlanReviewService reviews, AccountService accounts, PlanEditorModel editorModel,
            PlanExport export, PerformancePanel performance, SurveyPanel survey) {
        this.plans = plans;
        this.reviews = reviews;
        this.accounts = accounts;
        this.editorModel = editorModel;
        this.export = export;
        this.performance = performance;
        this.survey = survey;
    }

    /** The Plan tab: performance with three-year trends and target lines, targets, survey answers, the plan editor. */
    @GetMapping("/accounts/{id}/plan")
    String plan(@PathVariable long id, Model model) {
        AccountView account = accounts.getAccount(id);
        model.addAttribute("account", account);
        model.addAttribute("tab", "plan");
        performance.fill(id, model);
        survey.fill(id, model);
        model.addAttribute("today", plans.today());
        editorModel.fill(id, model);
        return "plans/plan";
    }

    // ---- exports for the signed-in browser (the API's are for API clients: Basic or a token, no session) ----

    @GetMapping("/plans/{id}/export.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return PlansApi.pdfDownload(export.pdf(id));
    }

    @GetMapping("/plans/{id}/export.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        return PlansApi.xlsxDownload(export.xlsx(id));
    }

    // ---- editor forms ----

    @PostMapping("/accounts/{id}/plans")
    String startPlan(@PathVariable long id, @RequestParam(required = false) String period, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        return handle(id, "start", Map.of("period", nz(period)), model, request, redirect, "#plan", () -> {
            PlanView p = plans.createPlan(id, PlanInput.NewPlan.of(period));
            return "Plan for " + p.period() + " started as a draft.";
        });
    }

    @PostMapping("/plans/{planId}/goals")
    String goals(@PathVariable long planId, @RequestParam(required = false) String shortTermGoals,
            @RequestParam(required = false) String longTermGoals, @RequestParam(required = false) Long version,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        long account = plans.row(planId).accountId();
        return handle(account, "goals", Map.of("shortTermGoals", nz(shortTermGoals), "longTermGoals", nz(longTermGoals)),
                model, request, redirect, "#goals", () -> {
                    plans.updatePlan(planId, Patch.of(new PlanInput.PlanPatch(null, null, shortTermGoals, longTermGoals,
                            null, null, null, null, null, version), Set.of("shortTermGoals", "longTermGoals")), version);
                    return "Goals saved.";
                });
    }

    @PostMapping("/plans/{planId}/swot")
    String swot(@PathVariable long planId, @RequestParam(required = false) String strengths,
            @RequestParam(required = false) String weaknesses, @RequestParam(required = false) String opportunities,
            @RequestParam(required = false) String threats, @RequestParam(required = false) Long version, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        long account = plans.row(planId).accountId();
        return handle(account, "swot", Map.of("strengths", nz(strengths), "weaknesses", nz(weaknesses),
                "opportunities", nz(opportunities), "threats", nz(threats)), model, request, redirect, "#swot", () -> {
                    plans.updatePlan(planId, Patch.of(new PlanInput.PlanPatch(null, null, null, null, lines(strengths),
                            lines(weaknesses), lines(opportunities), lines(threats), null, version),
                            Set.of("strengths", "weaknesses", "opportunities", "threats")), version);
                    return "SWOT saved.";
                });
    }

    @PostMapping("/plans/{planId}/risks")
    String risks(@PathVariable long planId, @RequestParam(required = false) String risks,
            @RequestParam(required = false) Long version, Model model, HttpServletRequest request,
            RedirectAttributes redirect) {
        long account = plans.row(planId).accountId();
        return handle(account, "risks", Map.of("risks", nz(risks)), model, request, redirect, "#plan-risks", () -> {
            plans.updatePlan(planId, Patch.of(new PlanInput.PlanPatch(null, null, null, null, null, null, null, null,
                    lines(risks), version), Set.of("risks")), version);
            return "Risks saved.";
        });
    }

    @PostMapping("/plans/{planId}/status")
    String status(@PathVariable long planId, @RequestParam PlanStatus status,
            @RequestParam(required = false) Long version, Model model, HttpServletRequest request,
            RedirectAttributes redirect) {
        long account = plans.row(planId).accountId();
        return handle(account, "status", Map.of(), model, request, redirect, "#plan", () -> {
            plans.updatePlan(planId, Patch.of(new PlanInput.PlanPatch(null, status, null, null, null, null, null, null,
                    null, version), Set.of("status")), version);
            return "Plan is now " + status + ".";
        });
    }

    @PostMapping("/plans/{planId}/delete")
    String deletePlan(@PathVariable long planId, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        long account = plans.row(planId).accountId();
        return handle(account, "status", Map.of(), model, request, redirect, "#plan", () -> {
            plans.deletePlan(planId);
            return "Draft deleted.";
        });
    }

    @PostMapping("/plans/{planId}/objectives")
    String addObjective(@PathVariable long planId, @RequestParam(required = false) String title,
            @RequestParam(required = false) String metric, @RequestParam(required = false) String targetValue,
            @RequestParam(required = false) String dueOn, Model model, HttpServletRequest request,
            RedirectAttributes redirect) {
        long account = plans.row(planId).accountId();
        return handle(account, "objective", Map.of("title", nz(title), "metric", nz(metric),
                "targetValue", nz(targetValue), "dueOn", nz(dueOn)), model, request, redirect, "#objectives", () -> {
                    plans.addObjective(planId, objective(title, metric, targetValue, dueOn));
                    return "Objective added.";
                });
    }

    /** Changes an objective in place (title, metric, target, due date), at the version the form was read at. */
    @PostMapping("/plan-objectives/{objectiveId}")
    String editObjective(@PathVariable long objectiveId, @RequestParam long accountId,
            @RequestParam(required = false) String title, @RequestParam(required = false) String metric,
            @RequestParam(required = false) String targetValue, @RequestParam(required = false) String dueOn,
            @RequestParam(required = false) Long version, Model model, HttpServletRequest request,
            RedirectAttributes redirect) {
        return handle(accountId, "objective" + objectiveId, Map.of("title", nz(title), "targetValue", nz(targetValue),
                "dueOn", nz(dueOn)), model, request, redirect, "#objectives", () -> {
                    PlanInput.NewObjective o = objective(title, metric, targetValue, dueOn);
                    plans.updateObjective(objectiveId, Patch.of(new PlanInput.ObjectivePatch(o.title(), o.metric(),
                            o.targetValue(), o.dueOn(), version), Set.of("title", "metric", "targetValue", "dueOn")),
                            version);
                    return "Objective saved.";
                });
    }

    @PostMapping("/plan-objectives/{objectiveId}/delete")
    String deleteObjective(@PathVariable long objectiveId, @RequestParam long accountId, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        return handle(accountId, "objectives", Map.of(), model, request, redirect, "#objectives", () -> {
            plans.deleteObjective(objectiveId);
            return "Objective deleted.";
        });
    }

    @PostMapping("/plans/{planId}/actions")
    String addAction(@PathVariable long planId, @RequestParam(required = false) String title,
            @RequestParam(required = false) Long ownerId, @RequestParam(required = false) String dueOn,
            @RequestParam(required = false) Long objectiveId, Model model, HttpServletRequest request,
            RedirectAttributes redirect) {
        long account = plans.row(planId).accountId();
        return handle(account, "action", Map.of("title", nz(title), "dueOn", nz(dueOn)), model, request, redirect,
                "#actions", () -> {
                    plans.addAction(planId, new PlanInput.NewAction(title, ownerId, date("dueOn", dueOn), objectiveId));
                    return "Action added.";
                });
    }

    /** Changes an action in place (title, objective, owner, due date), at the version the form was read at. */
    @PostMapping("/plan-actions/{actionId}")
    String editAction(@PathVariable long actionId, @RequestParam long accountId,
            @RequestParam(required = false) String title, @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) String dueOn, @RequestParam(required = false) Long objectiveId,
            @RequestParam(required = false) Long version, Model model, HttpServletRequest request,
            RedirectAttributes redirect) {
        return handle(accountId, "action" + actionId, Map.of("title", nz(title), "dueOn", nz(dueOn)), model, request,
                redirect, "#actions", () -> {
                    plans.updateAction(actionId, Patch.of(new PlanInput.ActionPatch(title, ownerId,
                            date("dueOn", dueOn), null, objectiveId, version),
                            Set.of("title", "ownerId", "dueOn", "objectiveId")), version);
                    return "Action saved.";
                });
    }

    @PostMapping("/plan-actions/{actionId}/status")
    String actionStatus(@PathVariable long actionId, @RequestParam long accountId,
            @RequestParam PlanView.ActionStatus status, Model model, HttpServletRequest request,
            RedirectAttributes redirect) {
        return handle(accountId, "actions", Map.of(), model, request, redirect, "#actions", () -> {
            plans.updateAction(actionId, Patch.of(new PlanInput.ActionPatch(null, null, null, status, null, null),
                    Set.of("status")), null);
            return status == PlanView.ActionStatus.DONE ? "Action done." : "Action reopened.";
        });
    }

    @PostMapping("/plan-actions/{actionId}/task")
    String actionTask(@PathVariable long actionId, @RequestParam long accountId, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        return handle(accountId, "actions", Map.of(), model, request, redirect, "#actions", () -> {
            var a = plans.actionToTask(actionId);
            return "Task created from \"" + a.title() + "\": see the Activity tab.";
        });
    }

    @PostMapping("/plan-actions/{actionId}/delete")
    String deleteAction(@PathVariable long actionId, @RequestParam long accountId, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        return handle(accountId, "actions", Map.of(), model, request, redirect, "#actions", () -> {
            plans.deleteAction(actionId);
            return "Action deleted.";
        });
    }

    /**
     * The next-best-actions panel's "make it an objective": adds it to the ACTIVE plan (else the newest DRAFT) and goes
     * to the objectives (an htmx request gets {@code HX-Redirect} there instead of a 302); 409 "start a plan first"
     * when the account has neither, 400 for bad input.
     */
    @PostMapping("/accounts/{id}/plan-objectives/from-action")
    String objectiveFromAction(@PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String metric, @RequestParam(required = false) String targetValue,
            @RequestParam(required = false) String dueOn, Model model, HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response, RedirectAttributes redirect) {
        PlanInput.NewObjective input = objective(title, metric, targetValue, dueOn);
        try {
            PlanView.Objective o = plans.addObjectiveToWorkingPlan(id, input);
            String notice = "Objective \"" + o.title() + "\" added to the plan.";
            if (FormErrors.isHtmx(request)) {
                // htmx would follow a 302 inside the panel: have it navigate instead, with the notice kept as flash
                var flash = org.springframework.web.servlet.support.RequestContextUtils.getOutputFlashMap(request);
                flash.put("notice", notice);
                org.springframework.web.servlet.support.RequestContextUtils.saveOutputFlashMap(
                        "/accounts/" + id + "/plan", request, response);
                response.setHeader("HX-Redirect", request.getContextPath() + "/accounts/" + id + "/plan#objectives");
                return "plans/no-plan :: none";
            }
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/accounts/" + id + "/plan#objectives";
        } catch (Conflict e) {
            response.setStatus(409);
            model.addAttribute("account", accounts.getAccount(id));
            model.addAttribute("tab", "plan");
            model.addAttribute("message", e.getMessage());
            return FormErrors.isHtmx(request) ? "plans/no-plan :: alert" : "plans/no-plan";
        }
    }

    // ---- review page ----

    @GetMapping("/plans/{planId}/review")
    String review(@PathVariable long planId, Model model) {
        PlanView plan = plans.getPlan(planId);
        AccountView account = accounts.getAccount(plan.accountId());
        var problems = reviews.problems(planId);
        model.addAttribute("account", account);
        model.addAttribute("tab", "plan");
        model.addAttribute("plan", plan);
        model.addAttribute("problems", problems);
        model.addAttribute("offTrackRows", problems.offTrack().stream().map(o -> editorModel.row(o, plan)).toList());
        model.addAttribute("objectiveTitles", plan.objectives().stream()
                .collect(java.util.stream.Collectors.toMap(PlanView.Objective::id, PlanView.Objective::title)));
        model.addAttribute("owners", editorModel.owners(plan.accountId(), plan));
        model.addAttribute("reviews", reviews.reviews(planId));
        model.addAttribute("today", plans.today());
        if (!model.containsAttribute("errors")) model.addAttribute("errors", Map.of());
        if (!model.containsAttribute("typed")) model.addAttribute("typed", Map.of());
        return "plans/review";
    }

    /** One issue per submission: the objective, the issue, the decision, and optionally one follow-up. */
    @PostMapping("/plans/{planId}/review")
    String recordReview(@PathVariable long planId, @RequestParam(required = false) Long objectiveId,
            @RequestParam(required = false) String issue, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String followUpTitle, @RequestParam(required = false) Long followUpOwnerId,
            @RequestParam(required = false) String followUpDueOn, Model model, RedirectAttributes redirect) {
        Map<String, String> typed = Map.of("issue", nz(issue), "decision", nz(decision),
                "followUpTitle", nz(followUpTitle), "followUpDueOn", nz(followUpDueOn),
                "objectiveId", objectiveId == null ? "" : objectiveId.toString());
        try {
            List<PlanInput.FollowUp> followUps = followUpTitle == null || followUpTitle.isBlank() ? List.of()
                    : List.of(new PlanInput.FollowUp(followUpTitle, followUpOwnerId, date("followUpDueOn", followUpDueOn)));
            reviews.recordReview(planId, new PlanInput.NewReview(null,
                    List.of(new PlanInput.ReviewItem(objectiveId, issue, decision, followUps))));
            redirect.addFlashAttribute("notice", followUps.isEmpty() ? "Review recorded."
                    : "Review recorded; the follow-up is a task on the Activity tab and an action of the plan.");
            return "redirect:/plans/" + planId + "/review#past-reviews";
        } catch (Invalid e) {
            Map<String, String> errors = new HashMap<>();
            for (var p : e.errors()) {
                String field = p.field().replaceFirst("^items\\[0\\]\\.", "").replace("followUps[0].title", "followUpTitle")
                        .replace("followUps[0].ownerId", "followUpOwnerId").replace("ownerId", "followUpOwnerId");
                errors.merge(field, p.message(), (a, b) -> a + "; " + b);
            }
            model.addAttribute("errors", errors);
            model.addAttribute("typed", typed);
            model.addAttribute("problem", "The review was not recorded: see the fields marked below.");
            return review(planId, model);
        } catch (Conflict e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/plans/" + planId + "/review";
        }
    }

    // ---- helpers ----

    /**
     * Runs a change; htmx gets the editor back (with the notice, or with the errors and what was typed), a plain form
     * post a redirect to the Plan tab.
     */
    private String handle(long accountId, String form, Map<String, String> typed, Model model,
            HttpServletRequest request, RedirectAttributes redirect, String anchor, Supplier<String> change) {
        String notice = null;
        String problem = null;
        Map<String, String> errors = new HashMap<>();
        try {
            notice = change.get();
        } catch (Invalid e) {
            for (var p : e.errors()) errors.merge(form + "." + p.field().replaceAll("\\[\\d+\\]$", ""), p.message(),
                    (a, b) -> a + "; " + b);
            problem = "Not saved: see the fields marked below.";
        } catch (Conflict e) {
            problem = e.getMessage();
        } catch (OptimisticLockingFailureException e) {
            problem = "Someone changed the plan in the meantime: the page now shows their version; make your change again.";
        }
        if (FormErrors.isHtmx(request)) {
            model.addAttribute("account", accounts.getAccount(accountId));
            model.addAttribute("inline", true);
            model.addAttribute("notice", notice);
            model.addAttribute("problem", problem);
            model.addAttribute("errors", errors);
            model.addAttribute("typed", errors.isEmpty() ? Map.of() : prefixed(form, typed));
            editorModel.fill(accountId, model);
            return EDITOR;
        }
        if (notice != null) redirect.addFlashAttribute("notice", notice);
        if (problem != null) redirect.addFlashAttribute("problem", problem);
        if (!errors.isEmpty()) {
            redirect.addFlashAttribute("errors", errors);
            redirect.addFlashAttribute("typed", prefixed(form, typed));
        }
        return "redirect:/accounts/" + accountId + "/plan" + anchor;
    }

    private static Map<String, String> prefixed(String form, Map<String, String> typed) {
        Map<String, String> out = new HashMap<>();
        typed.forEach((k, v) -> out.put(form + "." + k, v));
        return out;
    }

    private static PlanInput.NewObjective objective(String title, String metric, String targetValue, String dueOn) {
        Metric m = null;
        java.util.List<Invalid.FieldProblem> problems = new java.util.ArrayList<>();
        if (metric != null && !metric.isBlank()) {
            try {
                m = Metric.valueOf(metric.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new Invalid.FieldProblem("metric", "must be one of " + Arrays.toString(Metric.values())));
            }
        }
        BigDecimal target = null;
        if (targetValue != null && !targetValue.isBlank()) {
            try {
                target = new BigDecimal(targetValue.strip().replace(",", ""));
            } catch (NumberFormatException e) {
                problems.add(new Invalid.FieldProblem("targetValue", "must be a number, e.g. 250000 or 0.25"));
            }
        }
        LocalDate due = null;
        try {
            due = date("dueOn", dueOn);
        } catch (Invalid e) {
            problems.addAll(e.errors());
        }
        if (title == null || title.isBlank()) problems.add(new Invalid.FieldProblem("title", "must not be blank"));
        if (!problems.isEmpty()) throw new Invalid(problems);
        return new PlanInput.NewObjective(title, m, target, due);
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return app.prism.web.DateRange.require(field, LocalDate.parse(text.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            throw Invalid.field(field, "must be a date such as 2027-06-30");
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
