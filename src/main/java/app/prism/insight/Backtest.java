package app.prism.insight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The back-test as the API and the page show it: at the cut-off, each ranking's precision@5 and share of next year's
 * whitespace revenue in the top 5, over the accounts the user may see; the same over earlier cut-offs; the accounts
 * where the ranking in use missed most. {@code learned} is false while the history is too short to learn from, and then
 * {@code note} says so; next best actions use today's rule until then.
 */
public record Backtest(LocalDate cutOff, LocalDate yearEnd, boolean yearComplete, boolean learned, String note,
        String inUse, List<RankingRow> rankings, List<CutOffRow> overTime, List<AccountRow> missedMost,
        List<AccountRow> accounts, ModelVersion model) {

    public record RankingRow(String key, String label, int suggested, int hits, double precision, Double revenueShare,
            BigDecimal revenueTop, BigDecimal revenueAll) {}

    public record CutOffRow(LocalDate cutOff, Map<String, Point> rankings) {}

    public record Point(double precision, Double revenueShare) {}

    /** One account under the ranking in use. */
    public record AccountRow(long accountId, String name, int candidates, int suggested, int hits, double precision,
            Double revenueShare, BigDecimal missedRevenue, BigDecimal revenueAll) {}
}
