package app.prism.penetration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * PRODUCT.md section 4, "Whitespace value": a whitespace cell's potential when set; else the product's typical annual
 * value; where that is unset, the median TTM revenue of that product per buying unit over all accounts; else zero.
 */
public final class WhitespaceValue {

    private WhitespaceValue() {}

    public static BigDecimal of(BigDecimal typicalAnnualValue, BigDecimal medianPerBuyingUnit) {
        if (typicalAnnualValue != null) return typicalAnnualValue.setScale(2, RoundingMode.HALF_UP);
        if (medianPerBuyingUnit != null) return medianPerBuyingUnit.setScale(2, RoundingMode.HALF_UP);
        return BigDecimal.ZERO.setScale(2);
    }

    /** One whitespace cell's value: its potential when set, else the product's value ({@link #of}). */
    public static BigDecimal ofCell(BigDecimal potential, BigDecimal productValue) {
        if (potential != null) return potential.setScale(2, RoundingMode.HALF_UP);
        return productValue == null ? BigDecimal.ZERO.setScale(2) : productValue;
    }

    /**
     * The median of the buying units' TTM revenues (only amounts above zero count as buying); null when no unit buys.
     * With an even count it is the mean of the two middle values, rounded half-up to cents.
     */
    public static BigDecimal median(List<BigDecimal> revenuesPerUnit) {
        List<BigDecimal> buying = revenuesPerUnit.stream().filter(r -> r != null && r.signum() > 0).sorted().toList();
        if (buying.isEmpty()) return null;
        int n = buying.size();
        BigDecimal median = n % 2 == 1 ? buying.get(n / 2)
                : buying.get(n / 2 - 1).add(buying.get(n / 2)).divide(BigDecimal.valueOf(2));
        return median.setScale(2, RoundingMode.HALF_UP);
    }
}
