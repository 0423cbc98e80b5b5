package app.prism.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What an import matches a stored sales line by: its external id, or its natural key (unit, product, date, amount). */
public record SaleKey(long id, long accountId, long unitId, long productId, LocalDate date, BigDecimal amount,
        BigDecimal cost, String externalId, long version) {}
