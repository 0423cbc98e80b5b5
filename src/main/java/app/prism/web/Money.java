package app.prism.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Money as people read it: the currency, thousands separators, two decimals; or compact (12.3k) inside a grid. */
public final class Money {

    private Money() {}

    public static String format(BigDecimal amount, String currency) {
        if (amount == null) return "—";
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return currency + " " + f.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * An estimate (a whitespace value, say) in whole units of the currency: cents would claim a precision it does not
     * have.
     */
    public static String estimate(BigDecimal amount, String currency) {
        if (amount == null) return "—";
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return currency + " " + f.format(amount.setScale(0, RoundingMode.HALF_UP));
    }

    public static String compact(BigDecimal amount) {
        if (amount == null || amount.signum() == 0) return "";
        BigDecimal abs = amount.abs();
        String sign = amount.signum() < 0 ? "−" : "";
        if (abs.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
            return sign + abs.divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "M";
        }
        if (abs.compareTo(BigDecimal.valueOf(1_000)) >= 0) {
            return sign + abs.divide(BigDecimal.valueOf(1_000), 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "k";
        }
        return sign + abs.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    /** A ratio in 0..1 as a percentage with one decimal ("29.7%"). */
    public static String percent(BigDecimal ratio) {
        if (ratio == null) return "—";
        return ratio.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
