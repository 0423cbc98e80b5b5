package app.prism.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * PRODUCT.md section 4, <i>Pipeline and forecast</i>: an OPEN opportunity's probability is its own when set, else its
 * sales stage's; its weighted value = value × probability / 100 in cents, rounded half-up. A WON or LOST opportunity
 * has neither (it is no longer a chance).
 */
public final class WeightedValueRule {

    private WeightedValueRule() {}

    /** The probability that counts: the opportunity's own, else its stage's; null when neither is known. */
    public static Integer probability(Integer own, Integer stages) {
        return own != null ? own : stages;
    }

    /** value × probability / 100, in cents rounded half-up; null without a value or a probability. */
    public static BigDecimal weighted(BigDecimal value, Integer probability) {
        if (value == null || probability == null) return null;
        return value.multiply(BigDecimal.valueOf(probability)).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.HALF_UP);
    }

    /** The same in whole cents, as the pipeline's SQL sums it: (cents × probability + 50) div 100. */
    public static long weightedCents(long valueCents, int probability) {
        return (valueCents * probability + 50) / 100;
    }
}
