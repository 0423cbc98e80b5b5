package app.prism.performance;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** One target of PUT /api/v1/accounts/{id}/targets: a metric, a period ("TTM" or a year such as "2027"), a value. */
public record TargetInput(@NotNull Metric metric, @NotNull String period, @NotNull BigDecimal value) {}
