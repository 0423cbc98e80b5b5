package app.prism.performance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The performance metrics of PRODUCT.md section 4, as plain arithmetic. Ratios are decimals rounded half-up to four
 * places, money to cents, NPS to one decimal.
 */
public final class PerformanceRule {

    static final int RATIO_SCALE = 4;
    static final BigDecimal MAX_YEARS = BigDecimal.TEN;

    private PerformanceRule() {}

    /** A contact's survey answer. */
    public record Answer(long contactId, LocalDate date, int score, long id) {}

    /** (revenue − previous) / previous; null when the previous revenue is zero. */
    public static BigDecimal growth(BigDecimal revenue, BigDecimal previous) {
        if (previous.signum() == 0) return null;
        return revenue.subtract(previous).divide(previous, RATIO_SCALE, RoundingMode.HALF_UP);
    }

    /** (Σ amount − Σ cost) / Σ amount over the lines that carry a cost; null when none does or that Σ amount is zero. */
    public static BigDecimal grossMargin(BigDecimal amountWithCost, BigDecimal cost, long linesWithCost) {
        if (linesWithCost == 0 || amountWithCost.signum() == 0) return null;
        return amountWithCost.subtract(cost).divide(amountWithCost, RATIO_SCALE, RoundingMode.HALF_UP);
    }

    /** The share of last period's buying pairs that buy again; null when there were none. */
    public static BigDecimal retention(Set<String> previous, Set<String> now) {
        if (previous.isEmpty()) return null;
        long kept = previous.stream().filter(now::contains).count();
        return BigDecimal.valueOf(kept).divide(BigDecimal.valueOf(previous.size()), RATIO_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * Over the latest answer of each contact dated in [from, to]: 100 × (share of 9–10 − share of 0–6), one decimal;
     * null without answers. Two answers of one contact on one day: the later recorded (higher id) counts.
     */
    public static BigDecimal nps(Collection<Answer> answers, LocalDate from, LocalDate to) {
        Map<Long, Answer> latest = new HashMap<>();
        for (Answer a : answers) {
            if (a.date().isBefore(from) || a.date().isAfter(to)) continue;
            latest.merge(a.contactId(), a, (x, y) -> x.date().isAfter(y.date())
                    || (x.date().equals(y.date()) && x.id() > y.id()) ? x : y);
        }
        if (latest.isEmpty()) return null;
        long promoters = latest.values().stream().filter(a -> a.score() >= 9).count();
        long detractors = latest.values().stream().filter(a -> a.score() <= 6).count();
        return BigDecimal.valueOf(100L * (promoters - detractors))
                .divide(BigDecimal.valueOf(latest.size()), 1, RoundingMode.HALF_UP);
    }

    /**
     * Customer lifetime value: the margin to date plus the mean yearly margin of the last three TTMs times the expected
     * remaining years, min(10, 1 / (1 − retention)): 10 when retention is 1, and 1 when retention is unknown.
     * {@code kept} of {@code previous} pairs retained gives the exact retention (not its rounded ratio).
     */
    public static BigDecimal clv(BigDecimal marginToDate, BigDecimal marginLastThreeYears, long kept, long previous) {
        BigDecimal yearly = marginLastThreeYears.divide(BigDecimal.valueOf(3), MathContext.DECIMAL64);
        return marginToDate.add(yearly.multiply(expectedYears(kept, previous))).setScale(2, RoundingMode.HALF_UP);
    }

    /** min(10, 1 / (1 − kept/previous)) = min(10, previous / (previous − kept)); 1 without previous pairs. */
    static BigDecimal expectedYears(long kept, long previous) {
        if (previous == 0) return BigDecimal.ONE;
        if (kept >= previous) return MAX_YEARS;
        BigDecimal years = BigDecimal.valueOf(previous).divide(BigDecimal.valueOf(previous - kept), MathContext.DECIMAL64);
        return years.min(MAX_YEARS);
    }
}
