package app.prism.demo;

import app.prism.contact.ContactView;
import app.prism.performance.Metric;
import app.prism.performance.PerformanceService;
import app.prism.performance.TargetInput;
import app.prism.plans.PlanInput;
import app.prism.plans.PlanService;
import app.prism.plans.PlanStatus;
import app.prism.survey.NewSurveyAnswer;
import app.prism.survey.SurveyService;
import app.prism.web.Patch;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Survey answers over two years from about half the active contacts (mostly passives and promoters, a few detractors),
 * and targets a planning session would set: revenue 15 % above the last twelve months, a margin, an NPS.
 */
final class DemoPlanning {

    private final Random random;
    private final LocalDate today;
    private final PerformanceService performance;
    private final PlanService plans;
    private final SurveyService survey;

    DemoPlanning(Random random, LocalDate today, PerformanceService performance, PlanService plans,
            SurveyService survey) {
        this.random = random;
        this.today = today;
        this.performance = performance;
        this.plans = plans;
        this.survey = survey;
    }

    /**
     * An active plan for this year, as a planning session would leave it: goals, measurable objectives, a SWOT, actions
     * owned by the team (one of them overdue), risks.
     */
    void createPlan(long accountId, String accountName, long ownerId) {
        var plan = plans.createPlan(accountId, new PlanInput.NewPlan(String.valueOf(today.getYear()),
                "Standardise on our automation platform in every plant of " + accountName + " that already buys from us.",
                "Become the group's preferred partner for automation and energy efficiency.",
                List.of("Trusted by plant managers", "Installed base in the largest sites"),
                List.of("No relationship with group procurement", "Few contacts outside Germany"),
                List.of("Energy-efficiency programme announced by the board", "New plants in Poland"),
                List.of("A competitor's frame contract with group IT"),
                List.of("Our champion in engineering retires next year")));
        var revenue = plans.addObjective(plan.id(), new PlanInput.NewObjective(
                "Grow revenue 15 % over the last twelve months", Metric.REVENUE,
                performance.performance(accountId, today).ttm().revenue().multiply(new BigDecimal("1.15"))
                        .setScale(0, RoundingMode.HALF_UP), today.withDayOfYear(1).plusYears(1).minusDays(1)));
        plans.addObjective(plan.id(), new PlanInput.NewObjective("Keep the gross margin above 35 %",
                Metric.GROSS_MARGIN, new BigDecimal("0.35"), today.withDayOfYear(1).plusYears(1).minusDays(1)));
        plans.addObjective(plan.id(), new PlanInput.NewObjective(
                "Meet group procurement and be on the approved vendor list", null, null, today.plusDays(60)));
        plans.addAction(plan.id(), new PlanInput.NewAction("Quarterly business review with the plants",
                ownerId, today.minusDays(5), revenue.id()));
        plans.addAction(plan.id(), new PlanInput.NewAction("Energy audit offer for the Polish plants",
                ownerId, today.plusDays(30), revenue.id()));
        plans.updatePlan(plan.id(), Patch.of(new PlanInput.PlanPatch(null,
                PlanStatus.ACTIVE, null, null, null, null, null, null, null, null),
                Set.of("status")), null);
    }

    void create(long accountId, List<ContactView> people) {
        List<NewSurveyAnswer> answers = new ArrayList<>();
        for (ContactView c : people) {
            if (!c.active() || random.nextInt(2) == 0) continue;
            for (int i = 0; i < 1 + random.nextInt(3); i++) {
                int score = Math.min(10, Math.max(0, 7 + (int) Math.round(random.nextGaussian() * 2)));
                answers.add(new NewSurveyAnswer(c.id(), today.minusDays(random.nextInt(730)), score,
                        score >= 9 ? "Reliable partner" : score <= 6 ? "Slow to answer our requests" : null));
            }
        }
        survey.recordAnswers(answers);
        BigDecimal revenue = performance.performance(accountId, today).ttm().revenue();
        performance.replaceTargets(accountId, List.of(
                new TargetInput(Metric.REVENUE, "TTM", revenue.multiply(new BigDecimal("1.15")).setScale(0, RoundingMode.HALF_UP)),
                new TargetInput(Metric.REVENUE, String.valueOf(today.getYear()),
                        revenue.multiply(new BigDecimal("1.10")).setScale(0, RoundingMode.HALF_UP)),
                // next year's too, so that the pipeline's forecast of the coming months has a target to meet
                new TargetInput(Metric.REVENUE, String.valueOf(today.getYear() + 1),
                        revenue.multiply(new BigDecimal("1.20")).setScale(0, RoundingMode.HALF_UP)),
                new TargetInput(Metric.GROSS_MARGIN, "TTM", new BigDecimal("0.35")),
                new TargetInput(Metric.NPS, "TTM", new BigDecimal("40"))));
    }
}
