package app.prism.sales;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** POST /api/v1/opportunities; stage defaults to OPEN. */
public record NewOpportunity(@NotNull Long unitId, @NotNull Long productId, @NotBlank @Size(max = 200) String title,
        BigDecimal value, Stage stage, LocalDate closeDate, @Size(max = 200) String competitor,
        LossReason lossReason, @Size(max = 100) String externalId) {

    public NewOpportunity(Long unitId, Long productId, String title, BigDecimal value, Stage stage,
            LocalDate closeDate, String competitor, LossReason lossReason) {
        this(unitId, productId, title, value, stage, closeDate, competitor, lossReason, null);
    }
}
