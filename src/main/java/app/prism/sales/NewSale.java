package app.prism.sales;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One sales line; negative amounts are credit notes. */
public record NewSale(
        @NotNull Long unitId,
        @NotNull Long productId,
        @NotNull LocalDate date,
        @NotNull @Digits(integer = 17, fraction = 2, message = "at most 2 decimals") BigDecimal amount,
        @Digits(integer = 17, fraction = 2, message = "at most 2 decimals") BigDecimal cost) {}
