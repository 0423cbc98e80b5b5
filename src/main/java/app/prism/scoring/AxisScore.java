package app.prism.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * An axis score: the weighted mean of the rated criteria on that axis; null when no criterion of the axis is rated.
 * {@link #exact} is what the segment compares with the threshold (PRODUCT.md: "attractiveness ≥ t", so 4.995 is below
 * 5); {@link #of} is that mean rounded to two decimals, as the API and the pages show it.
 */
public final class AxisScore {

    /** One rated criterion: its score 0..10 and its weight (> 0). */
    public record Rated(BigDecimal score, BigDecimal weight) {}

    private AxisScore() {}

    public static BigDecimal of(List<Rated> rated) {
        BigDecimal exact = exact(rated);
        return exact == null ? null : exact.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal exact(List<Rated> rated) {
        if (rated.isEmpty()) return null;
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Rated r : rated) {
            weighted = weighted.add(r.score().multiply(r.weight()));
            weights = weights.add(r.weight());
        }
        return weighted.divide(weights, MathContext.DECIMAL128);
    }
}
