package app.prism.web;

import java.math.BigDecimal;

/**
 * Whether a number fits a {@code numeric(precision, scale)} column, so that a value too large is a 400 naming the field
 * instead of a database error (500), and a value with more decimals is refused rather than rounded.
 */
public record DecimalColumn(int precision, int scale) {

    /** numeric(19, 2): money. */
    public static final DecimalColumn MONEY = new DecimalColumn(19, 2);

    /** The problem with the value, or null when it fits (null fits). */
    public String problem(BigDecimal value) {
        if (value == null) return null;
        BigDecimal exact = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        int integerDigits = precision - scale;
        if (exact.precision() - exact.scale() > integerDigits) {
            return "too large (at most " + integerDigits + " digits before the decimal point)";
        }
        if (exact.scale() > scale) return "at most " + scale + " decimals";
        return null;
    }
}
