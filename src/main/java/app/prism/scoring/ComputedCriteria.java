package app.prism.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures behind computed criteria, from an account's facts as of a date. Growth is (TTM − previous TTM) /
 * previous TTM, none when the previous TTM is not above zero; relationship coverage is the share of the units we do
 * business with that have an active DECISION_MAKER or ECONOMIC_BUYER known, none when we do business with no unit.
 */
public final class ComputedCriteria {

    /** What the computed criteria are made of; a field is null when the model does not need it. */
    public record AccountFacts(BigDecimal ttmRevenue, BigDecimal previousTtmRevenue, BigDecimal penetration,
            BigDecimal whitespaceValue, Integer unitsDoingBusiness, Integer unitsCovered) {}

    private ComputedCriteria() {}

    public static BigDecimal figure(CriterionSource source, AccountFacts f) {
        return switch (source) {
            case MANUAL -> null;
            case TTM_REVENUE -> f.ttmRevenue();
            case REVENUE_GROWTH -> f.ttmRevenue() == null || f.previousTtmRevenue() == null
                    || f.previousTtmRevenue().signum() <= 0 ? null
                    : f.ttmRevenue().subtract(f.previousTtmRevenue()).divide(f.previousTtmRevenue(), 4, RoundingMode.HALF_UP);
            case PENETRATION -> f.penetration();
            case WHITESPACE_VALUE -> f.whitespaceValue();
            case RELATIONSHIP_COVERAGE -> f.unitsDoingBusiness() == null || f.unitsDoingBusiness() == 0 ? null
                    : BigDecimal.valueOf(f.unitsCovered()).divide(BigDecimal.valueOf(f.unitsDoingBusiness()), 4, RoundingMode.HALF_UP);
        };
    }
}
