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
        sorted.sort(Comparator.comparing((Candidate c) -> c.action().type() != NextBestAction.Type.OVERDUE_ACTION)
                .thenComparing(c -> c.due() == null ? LocalDate.MAX : c.due())
                .thenComparing(c -> c.action().expectedValue(), Comparator.reverseOrder())
                .thenComparing(c -> c.action().type())
                .thenComparing(c -> c.action().reason()));
        return sorted.stream().map(Candidate::action).toList();
    }
}
