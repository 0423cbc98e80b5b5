package app.prism.sales;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** PATCH /api/v1/opportunities/{id}: the named fields change; {@code probability: null} goes back to the stage's. */
public record OpportunityPatch(@Size(max = 200) String title, BigDecimal value, Stage stage, LocalDate closeDate,
        @Size(max = 200) String competitor, LossReason lossReason, Long version, @Size(max = 100) String externalId,
        @Size(max = 40) String salesStage, Integer probability, Long ownerId) {

    public OpportunityPatch(String title, BigDecimal value, Stage stage, LocalDate closeDate, String competitor,
            LossReason lossReason, Long version) {
        this(title, value, stage, closeDate, competitor, lossReason, version, null);
    }

    public OpportunityPatch(String title, BigDecimal value, Stage stage, LocalDate closeDate, String competitor,
            LossReason lossReason, Long version, String externalId) {
        this(title, value, stage, closeDate, competitor, lossReason, version, externalId, null, null, null);
    }

    /** Moves an OPEN opportunity to another sales stage (the board). */
    public static OpportunityPatch toSalesStage(String salesStage, long version) {
        return new OpportunityPatch(null, null, null, null, null, null, version, null, salesStage, null, null);
    }
}
