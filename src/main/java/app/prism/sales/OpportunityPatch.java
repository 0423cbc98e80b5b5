package app.prism.sales;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

public record OpportunityPatch(@Size(max = 200) String title, BigDecimal value, Stage stage, LocalDate closeDate,
        @Size(max = 200) String competitor, LossReason lossReason, Long version, @Size(max = 100) String externalId) {

    public OpportunityPatch(String title, BigDecimal value, Stage stage, LocalDate closeDate, String competitor,
            LossReason lossReason, Long version) {
        this(title, value, stage, closeDate, competitor, lossReason, version, null);
    }
}
