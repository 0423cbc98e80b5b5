package app.prism.nextbest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How next best actions are valued and ranked. Overdue actions come first (the oldest first): they are commitments
 * already made. Everything else is ranked by expected value, highest first:
 * <ul>
 * <li>CROSS_SELL — a whitespace cell: its whitespace value × the share of comparable units (same kind and country, in
 * any account) that buy the product, smoothed as (buyers + 1) / (peers + 2) so that "9 of 10 peers buy it" beats "1 of
 * 1" and a product nobody comparable buys is not pushed just because it is expensive;</li>
 * <li>ASK_REFERRAL — a unit we do not sell to and the best person to introduce us: the unit's whitespace value ×
 * {@link #REFERRAL_SUCCESS};</li>
 * <li>RE_EXPOSE — a contact with exposure gaps: the whitespace value of the gap products in their unit ×
 * {@link #AWARENESS_LIFT};</li>
 * <li>FIX_RISK — a relationship risk: the unit's TTM revenue at stake × {@link #RISK_SHARE}.</li>
 * </ul>
 * The three weights are deliberately simple, documented guesses; they only order actions of different kinds.
 */
public final class NextBestActionRule {

    public static final BigDecimal REFERRAL_SUCCESS = new BigDecimal("0.20");
    public static final BigDecimal AWARENESS_LIFT = new BigDecimal("0.10");
    public static final BigDecimal RISK_SHARE = new BigDecimal("0.20");

    private NextBestActionRule() {}

    /** A candidate before ranking; {@code due} only for overdue actions. */
    public record Candidate(NextBestAction action, LocalDate due) {}

    public static BigDecimal crossSellValue(BigDecimal whitespaceValue, long peerBuyers, long peers) {
        return whitespaceValue.multiply(BigDecimal.valueOf(peerBuyers + 1))
                .divide(BigDecimal.valueOf(peers + 2), 2, RoundingMode.HALF_UP);
    }

    public static BigDecimal weighted(BigDecimal value, BigDecimal weight) {
        return value.multiply(weight).setScale(2, RoundingMode.HALF_UP);
    }

    public static List<NextBestAction> rank(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(ORDER);
        return sorted.stream().map(Candidate::action).toList();
    }

    /**
     * Overdue actions first, by due date; then by expected value, highest first; ties by type, then reason. Written out
     * rather than chained: an account of thousands of contacts and units ranks tens of thousands of candidates.
     */
    static final Comparator<Candidate> ORDER = (a, b) -> {
        boolean overdueA = a.action().type() == NextBestAction.Type.OVERDUE_ACTION;
        boolean overdueB = b.action().type() == NextBestAction.Type.OVERDUE_ACTION;
        if (overdueA != overdueB) return overdueA ? -1 : 1;
        int c = (a.due() == null ? LocalDate.MAX : a.due()).compareTo(b.due() == null ? LocalDate.MAX : b.due());
        if (c != 0) return c;
        c = b.action().expectedValue().compareTo(a.action().expectedValue());
        if (c != 0) return c;
        c = a.action().type().compareTo(b.action().type());
        return c != 0 ? c : a.action().reason().compareTo(b.action().reason());
    };
}
