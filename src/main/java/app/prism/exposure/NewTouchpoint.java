package app.prism.exposure;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** POST /api/v1/touchpoints: one or more contacts of one account exposed to one or more products on a date. */
public record NewTouchpoint(@NotEmpty @Size(max = 500) List<Long> contactIds,
        @NotEmpty @Size(max = 500) List<Long> productIds, @NotNull LocalDate date, @NotNull Channel channel,
        @Size(max = 4000) String note) {}
