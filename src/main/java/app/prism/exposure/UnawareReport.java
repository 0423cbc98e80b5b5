package app.prism.exposure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * GET /api/v1/reports/lost-unaware: orders lost only because the customer did not know we offer the product, in a
 * period: count and value by month, product and account, and each loss with the contacts of its unit who had not heard
 * about that product within the account's cadence before the loss. A loss where everyone known in the unit had heard
 * about the product in time is kept but {@code disputed} (the reason given does not fit what we know), and totalled
 * apart: {@code count} and {@code value} hold every loss, {@code disputedCount} and {@code disputedValue} those.
 */
public record UnawareReport(LocalDate from, LocalDate to, long count, BigDecimal value, long disputedCount,
        BigDecimal disputedValue, List<Bucket> byMonth, List<Bucket> byProduct, List<Bucket> byAccount,
        List<Loss> losses) {

    /** A group of losses: {@code key} is "2026-03", a product id or an account id. */
    public record Bucket(String key, String label, long count, BigDecimal value) {}

    public record Loss(long opportunityId, long accountId, long unitId, long productId, String title, BigDecimal value,
            LocalDate closeDate, String competitor, int cadenceDays, List<UnawareContact> unawareContacts,
            boolean disputed) {}

    /** A contact of the unit who had not heard about the product in the cadence before the loss (null: never). */
    public record UnawareContact(long contactId, String name, LocalDate lastExposedOn) {}
}
