package app.prism.pipeline;

import app.prism.sales.OpportunityView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * GET /api/v1/pipeline: {@code totals.open} and {@code weighted} sum the OPEN opportunities expected to close from …
 * to (from today on), {@code won} the WON ones closed then, {@code overdue} the value of the OPEN ones expected before
 * today; {@code periods} the forecast per period with its target (absent without one) and gap; {@code stages} the
 * counted OPEN opportunities per sales stage; {@code opportunities} those, a page at a time, soonest first;
 * {@code overdueOpportunities} the overdue ones (the 50 longest overdue), listed apart.
 */
public record Pipeline(LocalDate from, LocalDate to, String by, LocalDate today, Totals totals, List<Period> periods,
        List<StageFigures> stages, List<OpportunityView> opportunities, long opportunitiesTotal, int page, int size,
        List<OpportunityView> overdueOpportunities) {

    public record Totals(BigDecimal open, BigDecimal weighted, BigDecimal won, BigDecimal overdue, long openCount,
            long overdueCount) {}

    /** {@code forecast} = weighted + won; {@code gap} = target − (booked + weighted); both absent without a target. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Period(String period, LocalDate start, LocalDate end, BigDecimal weighted, BigDecimal won,
            BigDecimal forecast, BigDecimal booked, BigDecimal target, BigDecimal gap) {}

    public record StageFigures(String stage, int probability, long count, BigDecimal value, BigDecimal weighted) {}
}
