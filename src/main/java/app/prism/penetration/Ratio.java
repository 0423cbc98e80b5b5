package app.prism.penetration;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Ratios as the API shows them: decimals in 0..1 with four places; 0 when there is nothing to divide by. */
public final class Ratio {

    private Ratio() {}

    public static BigDecimal of(long part, long whole) {
        if (whole == 0) return BigDecimal.ZERO.setScale(4);
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
