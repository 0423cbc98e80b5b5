package app.prism.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A sales line an import books: unit and product already resolved, money exact at two decimals. */
public record ImportedSale(long unitId, long productId, LocalDate date, BigDecimal amount, BigDecimal cost,
        String externalId) {}
