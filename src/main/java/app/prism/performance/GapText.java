package app.prism.performance;

import app.prism.web.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a target's gap (target − actual) reads on a page: how far the account is ahead of or behind the target, in the
 * metric's own unit; a ratio's gap in percentage points ("9.5 pp ahead"), never as a percentage of a percentage.
 * Every metric is better when higher, so a negative gap is ahead.
 */
public final class GapText {

    private GapText() {}

    public static String of(Metric metric, BigDecimal gap, String currency) {
        if (gap == null) return "—";
        if (gap.signum() == 0) return "on target";
        BigDecimal size = gap.abs();
        String amount = switch (metric) {
            case REVENUE, CLV -> Money.format(size.setScale(2, RoundingMode.HALF_UP), currency);
            case GROWTH, GROSS_MARGIN, RETENTION ->
                    size.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + " pp";
            default -> size.stripTrailingZeros().toPlainString();
        };
        return amount + (gap.signum() < 0 ? " ahead" : " behind");
    }
}
