package app.prism.scoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * An account's rating on one criterion of the model: {@code value} 0..10 or null when not rated; for a computed
 * criterion the {@code figure} it was banded from (money, or a ratio in 0..1); for a hand rating the note, who and when.
 */
public record CriterionRating(String key, String name, String description, Axis axis, BigDecimal weight,
        CriterionSource source, BigDecimal value, BigDecimal figure, String note, String ratedBy,
        OffsetDateTime ratedAt) {

    public boolean computed() {
        return source.isComputed();
    }
}
