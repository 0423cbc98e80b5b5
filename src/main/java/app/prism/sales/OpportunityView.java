package app.prism.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An opportunity to sell a product to a unit. {@code closeDate}: expected while OPEN, actual once WON or LOST. */
public record OpportunityView(long id, long accountId, long unitId, long productId, String title, BigDecimal value,
        Stage stage, LocalDate closeDate, String competitor, LossReason lossReason, long version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, String externalId) {}
