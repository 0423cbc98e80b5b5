package app.prism.exposure;

import java.time.LocalDate;
import java.util.List;

/** GET /api/v1/accounts/{id}/exposure-gaps: one page of the account's gaps, oldest first, and their total. */
public record ExposureGaps(LocalDate asOf, int cadenceDays, long total, int page, int size, List<Gap> gaps) {

    /** A contact who has not heard about a product within the cadence; {@code lastExposedOn} null when never. */
    public record Gap(long contactId, long unitId, long productId, LocalDate lastExposedOn) {}
}
