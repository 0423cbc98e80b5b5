package app.prism.catalog;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A product or service of our portfolio; money in the installation currency. */
public record ProductView(long id, String code, String name, String family, boolean active,
        BigDecimal typicalAnnualValue, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt,
        String externalId) {}
