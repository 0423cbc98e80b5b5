package app.prism.imports.values;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Numbers as a file's locale writes them ("1,234.56" or "1.234,56"), read exactly into {@link BigDecimal}: a
 * thousands separator in the wrong place is an error, so that a misread locale never stores a value a thousand times
 * off.
 */
public final class NumberValue {

    private static final int MAX_INTEGER_DIGITS = 17;
    private static final int MONEY_SCALE = 2;
    private static final int MAX_EXPONENT = 1000;
    private static final Set<String> CURRENCY_CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());
    /** A symbol, perhaps after a country's letters (US$, R$, HK$), or a three-letter code such as EUR. */
    private static final Pattern LEADING_CURRENCY = Pattern.compile("^(?:\\p{L}{0,3}\\p{Sc}+|(\\p{L}{3})(?![\\p{L}]))");
    private static final Pattern TRAILING_CURRENCY = Pattern.compile("(?:\\p{Sc}+|(?<![\\p{L}])(\\p{L}{3}))$");

    /** Decimal point; thousands separated by "," (or spaces, or the Swiss apostrophe). */
    public static final NumberValue POINT = new NumberValue('.', ",'’", "1,234.56");
    /** Decimal comma; thousands separated by "." or spaces (non-breaking ones too). */
    public static final NumberValue COMMA = new NumberValue(',', ".", "1.234,56");

    private final String example;
    private final Pattern number;

    private NumberValue(char decimalSeparator, String groupSeparators, String example) {
        this.example = example;
        var separators = new StringBuilder("[\\s\\p{Zs}");
        for (char c : groupSeparators.toCharArray()) {
            separators.append('\\').append(c);
        }
        separators.append(']');
        var decimal = Pattern.quote(String.valueOf(decimalSeparator));
        // 1234 | 1,234,567 (one separator throughout) | 12,34,567 (Indian lakh) ; then decimals, then an exponent
        this.number = Pattern.compile("(?<int>\\d+|\\d{1,3}(?<sep>" + separators + ")\\d{3}(?:\\k<sep>\\d{3})*"
                + "|\\d{1,2}(?<lakh>" + separators + ")\\d{2}(?:\\k<lakh>\\d{2})*\\k<lakh>\\d{3})?"
                + "(?:" + decimal + "(?<frac>\\d+))?"
                + "(?:[eE](?<exp>[+-]?\\d+))?");
    }

    /** COMMA for locales whose decimal separator is ',' (de, fr, es …), else POINT. */
    public static NumberValue forLocale(Locale locale) {
        if (locale == null) {
            return POINT;
        }
        return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? COMMA : POINT;
    }

    /**
     * An amount of money, exact, scale 2: more decimals are rounded half up to cents, fewer are padded, never
     * truncated.
     */
    public BigDecimal money(String raw) {
        var value = parse(raw);
        if (value == null) {
            return null;
        }
        return requireNotTooLarge(value.setScale(MONEY_SCALE, RoundingMode.HALF_UP), raw);
    }

    /** A plain decimal as written, without rounding. */
    public BigDecimal decimal(String raw) {
        var value = parse(raw);
        if (value == null) {
            return null;
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** A whole number within [min, max] (a probability 0..100, a strength 0..3); "2.0" is 2, "2.7" is an error. */
    public Integer integer(String raw, int min, int max) {
        var value = parse(raw);
        if (value == null) {
            return null;
        }
        var text = ValueException.quote(raw);
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            throw new ValueException(text + " is not a whole number");
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new ValueException(text + " is not between " + min + " and " + max);
        }
        return value.intValueExact();
    }

    private BigDecimal parse(String raw) {
        var text = NullValues.text(raw);
        if (text == null) {
            return null;
        }
        var body = text;
        boolean negative = false;
        boolean signed = false;
        boolean bracketed = false;
        boolean currency = false;
        // Currency, sign and brackets come in any order around the digits: "-$1.00", "$-1.00", "($1.00)", "1.00 €".
        for (boolean changed = true; changed; ) {
            changed = false;
            if (!bracketed && body.length() > 1 && body.startsWith("(") && body.endsWith(")")) {
                if (negative) {
                    throw notANumber(text);
                }
                body = NullValues.trim(body.substring(1, body.length() - 1));
                bracketed = negative = changed = true;
            }
            if (!signed && !body.isEmpty() && "+-\u2212".indexOf(body.charAt(0)) >= 0) {
                if (body.charAt(0) != '+') {
                    if (negative) {
                        throw notANumber(text);
                    }
                    negative = true;
                }
                body = NullValues.trim(body.substring(1));
                signed = changed = true;
            }
            if (!currency) {
                var stripped = stripCurrency(body);
                if (stripped != null) {
                    body = stripped;
                    currency = changed = true;
                }
            }
        }
        var matcher = number.matcher(body);
        if (body.isEmpty() || !matcher.matches() || (matcher.group("int") == null && matcher.group("frac") == null)) {
            throw notANumber(text);
        }
        var digits = new StringBuilder(negative ? "-" : "");
        digits.append(matcher.group("int") == null ? "0" : matcher.group("int").replaceAll("\\D", ""));
        if (matcher.group("frac") != null) {
            digits.append('.').append(matcher.group("frac"));
        }
        var exponent = matcher.group("exp");
        if (exponent != null) {
            var magnitude = exponent.replaceFirst("^[+-]?0*(?=\\d)", "");
            if (magnitude.length() > 6 || Integer.parseInt(magnitude) > MAX_EXPONENT) {
                if (exponent.startsWith("-")) {
                    throw notANumber(text);
                }
                throw tooLarge(text);
            }
            digits.append('E').append(exponent);
        }
        return requireNotTooLarge(new BigDecimal(digits.toString()), text);
    }

    private static String stripCurrency(String body) {
        var leading = LEADING_CURRENCY.matcher(body);
        if (leading.find() && (leading.group(1) == null || isCurrencyCode(leading.group(1)))) {
            return NullValues.trim(body.substring(leading.end()));
        }
        var trailing = TRAILING_CURRENCY.matcher(body);
        if (trailing.find() && (trailing.group(1) == null || isCurrencyCode(trailing.group(1)))) {
            return NullValues.trim(body.substring(0, trailing.start()));
        }
        return null;
    }

    private static boolean isCurrencyCode(String letters) {
        return CURRENCY_CODES.contains(letters.toUpperCase(Locale.ROOT));
    }

    private static BigDecimal requireNotTooLarge(BigDecimal value, String raw) {
        if (value.signum() != 0 && value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw tooLarge(raw);
        }
        return value;
    }

    private ValueException notANumber(String text) {
        return new ValueException(ValueException.quote(text) + " is not a number (" + example + ")");
    }

    private static ValueException tooLarge(String text) {
        return new ValueException(ValueException.quote(text) + " is too large (at most " + MAX_INTEGER_DIGITS
                + " digits before the decimal separator)");
    }
}
