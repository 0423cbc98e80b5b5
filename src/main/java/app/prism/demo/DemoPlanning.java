package app.prism.demo;

import app.prism.contact.ContactView;
import app.prism.planning.Metric;
import app.prism.planning.NewSurveyAnswer;
import app.prism.planning.PerformanceService;
import app.prism.planning.TargetInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Survey answers over two years from about half the active contacts (mostly passives and promoters, a few detractors),
 * and targets a planning session would set: revenue 15 % above the last twelve months, a margin, an NPS.
 */
final class DemoPlanning {

    private final Random random;
    private final LocalDate today;
    private final PerformanceService performance;

    DemoPlanning(Random random, LocalDate today, PerformanceService performance) {
        this.random = random;
        this.today = today;
        this.performance = performance;
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
        performance.recordAnswers(answers);
        BigDecimal revenue = performance.performance(accountId, today).ttm().revenue();
        performance.replaceTargets(accountId, List.of(
                new TargetInput(Metric.REVENUE, "TTM", revenue.multiply(new BigDecimal("1.15")).setScale(0, RoundingMode.HALF_UP)),
                new TargetInput(Metric.REVENUE, String.valueOf(today.getYear()),
                        revenue.multiply(new BigDecimal("1.10")).setScale(0, RoundingMode.HALF_UP)),
                new TargetInput(Metric.GROSS_MARGIN, "TTM", new BigDecimal("0.35")),
                new TargetInput(Metric.NPS, "TTM", new BigDecimal("40"))));
    }
}
