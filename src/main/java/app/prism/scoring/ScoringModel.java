package app.prism.scoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One version of the scoring model: the segment threshold and the criteria. A version never changes; saving the model
 * makes the next one. {@code bands} is null for a MANUAL criterion.
 */
public record ScoringModel(int version, BigDecimal threshold, List<Criterion> criteria, OffsetDateTime createdAt,
        String createdBy) {

    public record Criterion(String key, String name, String description, Axis axis, BigDecimal weight,
            CriterionSource source, List<Banding.Band> bands) {

        public Banding banding() {
            return bands == null ? null : new Banding(bands);
        }
    }

    public boolean needs(CriterionSource source) {
        return criteria.stream().anyMatch(c -> c.source() == source);
    }
}
