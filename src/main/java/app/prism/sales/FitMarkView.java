package app.prism.sales;

import java.time.OffsetDateTime;

/** A (unit, product) pair marked not applicable: the unit can never use the product, for the reason given. */
public record FitMarkView(long id, long accountId, long unitId, long productId, String reason, long version,
        OffsetDateTime createdAt, String createdBy) {}
