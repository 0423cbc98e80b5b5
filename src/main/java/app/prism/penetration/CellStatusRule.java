package app.prism.penetration;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * PRODUCT.md section 4, "Cell status": the first rule that holds wins — a fit mark makes the cell NOT_APPLICABLE; TTM
 * sales summing to more than zero make it BUYING; an open opportunity, OPPORTUNITY; an opportunity lost with its close
 * date in the TTM, LOST; otherwise WHITESPACE.
 */
public final class CellStatusRule {

    /** What decides one cell; {@code ttmRevenue} is the sum of the pair's sales in the TTM (credit notes included). */
    public record Facts(boolean fitMark, BigDecimal ttmRevenue, boolean openOpportunity, boolean lostInTtm) {

        public static final Facts NOTHING = new Facts(false, BigDecimal.ZERO, false, false);
    }

    private static final List<CellStatus> ROLL_UP_ORDER =
            List.of(CellStatus.BUYING, CellStatus.OPPORTUNITY, CellStatus.LOST, CellStatus.WHITESPACE);

    private CellStatusRule() {}

    public static CellStatus statusOf(Facts facts) {
        return statusOf(facts.fitMark(), facts.ttmRevenue() == null ? 0 : facts.ttmRevenue().signum(),
                facts.openOpportunity(), facts.lostInTtm());
    }

    /** The same rule on plain facts: {@code ttmRevenueSign} is the sign (-1, 0, 1) of the pair's TTM sum. */
    public static CellStatus statusOf(boolean fitMark, int ttmRevenueSign, boolean openOpportunity, boolean lostInTtm) {
        if (fitMark) return CellStatus.NOT_APPLICABLE;
        if (ttmRevenueSign > 0) return CellStatus.BUYING;
        if (openOpportunity) return CellStatus.OPPORTUNITY;
        if (lostInTtm) return CellStatus.LOST;
        return CellStatus.WHITESPACE;
    }

    /**
     * A subtree's cell: NOT_APPLICABLE only when every unit's cell is; otherwise the first of BUYING, OPPORTUNITY, LOST,
     * WHITESPACE that any of its other cells has. An empty collection (no units) counts as whitespace.
     */
    public static CellStatus rollUp(Collection<CellStatus> cells) {
        if (!cells.isEmpty() && cells.stream().allMatch(s -> s == CellStatus.NOT_APPLICABLE)) {
            return CellStatus.NOT_APPLICABLE;
        }
        for (CellStatus candidate : ROLL_UP_ORDER) {
            if (cells.contains(candidate)) return candidate;
        }
        return CellStatus.WHITESPACE;
    }
}
