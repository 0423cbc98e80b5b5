package app.prism.sales;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

public record OpportunityPatch(@Size(max = 200) String title, BigDecimal value, Stage stage, LocalDate closeDate,
        @Size(max = 200) String competitor, LossReason lossReason, Long version) {}
