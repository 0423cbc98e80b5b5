package app.prism.imports.values;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A file's dates in its own format (ISO always accepted too), read strictly so that 31 February is an error rather
 * than 3 March, and with the time that exports append dropped.
 */
public final class DateValue {

    private static final String ISO_PATTERN = "yyyy-MM-dd";
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2199;
    private static final LocalDate SAMPLE = LocalDate.of(2024, 11, 28);

    /** What may follow the date: a time ("T10:15:00Z", " 10:15", " 3:05:00 PM", " 08:00:00.000+01:00"). */
    private static final Pattern TIME = Pattern.compile(
            "(?:[Tt]|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?"
                    + "(?:\\s*([AaPp])\\.?[Mm]\\.?)?"
                    + "(?:\\s*(?:Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT))?");

    public static final DateValue ISO = new DateValue(ISO_PATTERN);

    private final String pattern;
    private final DateTimeFormatter formatter;

    private DateValue(String pattern) {
        this.pattern = pattern;
        this.formatter = formatterFor(pattern, !pattern.equals(ISO_PATTERN));
    }

    /**
     * The file's date format as a {@link DateTimeFormatter} pattern ("M/d/yyyy", "d.M.yyyy", "dd/MM/yyyy" …); null or
     * blank is ISO. A pattern that is not one, or does not make a whole date, is an {@link IllegalArgumentException}.
     */
    public static DateValue of(String pattern) {
        if (pattern == null || pattern.isBlank() || pattern.strip().equals(ISO_PATTERN)) {
            return ISO;
        }
        return new DateValue(pattern.strip());
    }

    public String pattern() {
        return pattern;
    }

    /**
     * The date, or null when {@link NullValues#isNull}. ISO is accepted besides the chosen pattern; a time after the date
     * is dropped; impossible dates and years outside 1900–2199 are errors.
     */
    public LocalDate parse(String raw) {
        var text = NullValues.text(raw);
        if (text == null) {
            return null;
        }
        var date = parseWith(formatter, text);
        if (date == null && this != ISO) {
            date = parseWith(ISO.formatter, text);
        }
        if (date == null) {
            throw new ValueException(ValueException.quote(text) + " is not a date (" + pattern + ")");
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new ValueException(ValueException.quote(text) + " is outside the years " + FIRST_YEAR + "–" + LAST_YEAR);
        }
        return date;
    }

    private static LocalDate parseWith(DateTimeFormatter formatter, String text) {
        var position = new ParsePosition(0);
        try {
            var parsed = formatter.parse(text, position);
            var rest = text.substring(position.getIndex());
            if (!rest.isEmpty() && !isTime(rest)) {
                return null;
            }
            return LocalDate.from(parsed);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean isTime(String rest) {
        var time = TIME.matcher(rest);
        if (!time.matches()) {
            return false;
        }
        int hour = Integer.parseInt(time.group(1));
        int minute = Integer.parseInt(time.group(2));
        int second = time.group(3) == null ? 0 : Integer.parseInt(time.group(3));
        int maxHour = time.group(4) == null ? 23 : 12;
        return hour <= maxHour && minute <= 59 && second <= 59;
    }

    private static DateTimeFormatter formatterFor(String pattern, boolean onePlaceDigits) {
        DateTimeFormatter formatter;
        try {
            formatter = new DateTimeFormatterBuilder()
                    .parseCaseInsensitive()
                    .appendPattern(forParsing(pattern, onePlaceDigits))
                    .toFormatter(Locale.ENGLISH)
                    .withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + pattern + "' is not a date format: " + e.getMessage(), e);
        }
        // A pattern must write a whole date and read it back, else every row would fail for a reason no row can fix.
        try {
            if (!SAMPLE.equals(LocalDate.from(formatter.parse(formatter.format(SAMPLE))))) {
                throw new IllegalArgumentException("'" + pattern + "' does not read back the dates it writes");
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + pattern + "' is not a date format (day, month and year)", e);
        }
        return formatter;
    }

    /**
     * Strict resolving needs the proleptic year 'u' ('y' is year-of-era and wants an era); and a two-letter day or month
     * between separators ("dd/MM/yyyy") also reads one digit, because spreadsheets drop the zero that the format shows
     * (not in ISO, which is exact).
     */
    static String forParsing(String pattern, boolean onePlaceDigits) {
        var result = new StringBuilder();
        boolean hasEra = pattern.replaceAll("'[^']*'", "").indexOf('G') >= 0;
        boolean quoted = false;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
                result.append(c);
                i++;
                continue;
            }
            if (quoted || !Character.isLetter(c)) {
                result.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < pattern.length() && pattern.charAt(end) == c) {
                end++;
            }
            int count = end - i;
            boolean separated = (i == 0 || !Character.isLetter(pattern.charAt(i - 1)))
                    && (end == pattern.length() || !Character.isLetter(pattern.charAt(end)));
            if (c == 'y' && !hasEra) {
                result.append("u".repeat(count));
            } else if ((c == 'd' || c == 'M') && count == 2 && separated && onePlaceDigits) {
                result.append(c);
            } else {
                result.append(String.valueOf(c).repeat(count));
            }
            i = end;
        }
        return result.toString();
    }
}
