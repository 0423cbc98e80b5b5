package app.prism.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * An axis score: the weighted mean of the rated criteria on that axis, rounded to two decimals (the segment is
 * decided on the score as shown); null when no criterion of the axis is rated.
 */
public final class AxisScore {

    /** One rated criterion: its score 0..10 and its weight (> 0). */
    public record Rated(BigDecimal score, BigDecimal weight) {}

    private AxisScore() {}

    public static BigDecimal of(List<Rated> rated) {
        if (rated.isEmpty()) return null;
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Rated r : rated) {
            weighted = weighted.add(r.score().multiply(r.weight()));
            weights = weights.add(r.weight());
        }
        return weighted.divide(weights, 2, RoundingMode.HALF_UP);
    }
}
