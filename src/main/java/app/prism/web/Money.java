package app.prism.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money as people read it: the currency, thousands separators, two decimals; or compact (12.3k) inside a grid. */
public final class Money {

    private Money() {}

    public static String format(BigDecimal amount, String currency) {
        if (amount == null) return "—";
        return currency + " " + grouped(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * An estimate (a whitespace value, say) in whole units of the currency: cents would claim a precision it does not
     * have.
     */
    public static String estimate(BigDecimal amount, String currency) {
        if (amount == null) return "—";
        return currency + " " + grouped(amount.setScale(0, RoundingMode.HALF_UP));
    }

    /**
     * The amount as written, thousands grouped with commas ({@code -1,234,567.50}): what {@code DecimalFormat("#,##0.00")}
     * in English gives for an amount already at its scale, without building a format per call (next best actions format
     * tens of thousands of amounts in one request).
     */
    static String grouped(BigDecimal scaled) {
        String plain = scaled.toPlainString();
        int start = plain.startsWith("-") ? 1 : 0;
        int dot = plain.indexOf('.');
        int end = dot < 0 ? plain.length() : dot;
        StringBuilder out = new StringBuilder(plain.length() + (end - start) / 3);
        out.append(plain, 0, start);
        for (int i = start; i < end; i++) {
            out.append(plain.charAt(i));
            int left = end - i - 1;
            if (left > 0 && left % 3 == 0) out.append(',');
        }
        return out.append(plain, end, plain.length()).toString();
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
