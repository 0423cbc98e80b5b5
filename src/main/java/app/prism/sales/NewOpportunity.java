package app.prism.sales;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * POST /api/v1/opportunities; stage defaults to OPEN, an OPEN one's sales stage to the first of the installation's,
 * its owner to the user creating it. Sales stage and probability belong to an OPEN opportunity only.
 */
public record NewOpportunity(@NotNull Long unitId, @NotNull Long productId, @NotBlank @Size(max = 200) String title,
        BigDecimal value, Stage stage, LocalDate closeDate, @Size(max = 200) String competitor,
        LossReason lossReason, @Size(max = 100) String externalId, @Size(max = 40) String salesStage,
        Integer probability, Long ownerId) {

    public NewOpportunity(Long unitId, Long productId, String title, BigDecimal value, Stage stage,
            LocalDate closeDate, String competitor, LossReason lossReason) {
        this(unitId, productId, title, value, stage, closeDate, competitor, lossReason, null);
    }

    public NewOpportunity(Long unitId, Long productId, String title, BigDecimal value, Stage stage,
            LocalDate closeDate, String competitor, LossReason lossReason, String externalId) {
        this(unitId, productId, title, value, stage, closeDate, competitor, lossReason, externalId, null, null, null);
    }
}
