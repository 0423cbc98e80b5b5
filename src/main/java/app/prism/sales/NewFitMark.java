package app.prism.sales;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** POST /api/v1/fit-marks. */
public record NewFitMark(@NotNull Long unitId, @NotNull Long productId, @NotBlank @Size(max = 500) String reason) {}
