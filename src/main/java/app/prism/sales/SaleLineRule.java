package app.prism.sales;

import app.prism.web.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * How the text of a sales line becomes values: ISO dates that exist (no 2026-02-30), money as exact decimals with at
 * most two decimals (negative amounts are credit notes), ids as positive whole numbers. Each method returns null and
 * names the problem through {@link Problem} instead of throwing, so one pass over a file can report every bad row.
 */
final class SaleLineRule {

    /** Where a value was refused and why. */
    interface Problem {
        void add(String message);
    }

    static final int MAX_INTEGER_DIGITS = 17;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern ID = Pattern.compile("\\+?\\d{1,18}");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private SaleLineRule() {}

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    static LocalDate date(String text, Problem problem) {
        if (isBlank(text)) {
            problem.add("is required");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip(), ISO_DATE);
            if (!DateRange.accepts(date)) {
                problem.add("'" + clip(text) + "' " + DateRange.MESSAGE);
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problem.add("'" + clip(text) + "' is not a valid date (YYYY-MM-DD)");
            return null;
        }
    }

    /** Money: required or not, exact, at most two decimals and 17 digits before the point. */
    static BigDecimal money(String text, boolean required, Problem problem) {
        if (isBlank(text)) {
            if (required) problem.add("is required");
            return null;
        }
        String t = text.strip();
        if (!DECIMAL.matcher(t).matches()) {
            problem.add("'" + clip(text) + "' is not a number");
            return null;
        }
        BigDecimal value = new BigDecimal(t);
        if (value.scale() > 2) {
            problem.add("at most 2 decimals");
            return null;
        }
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            problem.add("too large (at most " + MAX_INTEGER_DIGITS + " digits before the decimal point)");
            return null;
        }
        return value.setScale(2);
    }

    /** An id; null (with a problem) when it is not a positive whole number. */
    static Long id(String text, Problem problem) {
        String t = text.strip();
        if (!ID.matcher(t).matches()) {
            problem.add("'" + clip(text) + "' is not an id");
            return null;
        }
        return Long.parseLong(t);
    }

    static String clip(String text) {
        String t = text.strip();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
