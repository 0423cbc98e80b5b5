package app.prism.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** GET /api/v1/accounts/{id}/performance, PRODUCT.md section 6, with the account's targets and their gaps. */
public record Performance(LocalDate asOf, Ttm ttm, List<Year> years, List<TargetGap> targets) {

    public record Ttm(BigDecimal revenue, BigDecimal growth, BigDecimal grossMargin, BigDecimal retention,
            long activeContacts, long activeContactsYearAgo, long unitsWithContact, long unitsWithContactYearAgo,
            BigDecimal nps, BigDecimal clv) {}

    public record Year(int year, BigDecimal revenue, BigDecimal growth, BigDecimal grossMargin) {}

    /** A target and how far the metric is from it: gap = target − actual (null while the actual is unknown). */
    public record TargetGap(Metric metric, String period, BigDecimal target, BigDecimal actual, BigDecimal gap) {}
}
