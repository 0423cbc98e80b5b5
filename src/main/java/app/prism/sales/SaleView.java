package app.prism.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A booked sales line; a negative amount is a credit note. Money in the installation currency. */
public record SaleView(long id, long accountId, long unitId, long productId, LocalDate date, BigDecimal amount,
        BigDecimal cost, OffsetDateTime createdAt, String createdBy) {}
