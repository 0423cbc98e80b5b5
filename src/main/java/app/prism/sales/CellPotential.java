package app.prism.sales;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A cell's potential (money per year the unit spends on what the product does) and its competitor, if known. */
public record CellPotential(long id, long accountId, long unitId, long productId, BigDecimal potential,
        String competitor, long version, OffsetDateTime updatedAt) {}
