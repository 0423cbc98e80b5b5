package app.prism.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An opportunity to sell a product to a unit. {@code closeDate}: expected while OPEN, actual once WON or LOST. While
 * OPEN it has a sales stage and a probability (its own, else the stage's: {@link WeightedValueRule}) and so a weighted
 * value; {@code ownProbability} says whether the probability was set on the opportunity.
 */
public record OpportunityView(long id, long accountId, long unitId, long productId, String title, BigDecimal value,
        Stage stage, LocalDate closeDate, String competitor, LossReason lossReason, long version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, String externalId, Long ownerId, String salesStage,
        Integer probability, boolean ownProbability, BigDecimal weightedValue) {

    /** Whether its expected close date has passed while it is still OPEN (it then counts in no forecast period). */
    public boolean overdueOn(LocalDate today) {
        return stage == Stage.OPEN && closeDate != null && closeDate.isBefore(today);
    }
}
