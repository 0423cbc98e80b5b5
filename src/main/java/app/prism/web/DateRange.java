package app.prism.web;

import java.time.LocalDate;

/**
 * The dates Prism accepts anywhere (API bodies, query parameters, forms, uploaded files): 1900-01-01 to 2199-12-31.
 * Wider years are typing mistakes, and beyond year 9999 the databases would store a different day than was sent.
 */
public final class DateRange {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2199, 12, 31);
    public static final String MESSAGE = "must be a date between " + FIRST + " and " + LAST;

    private DateRange() {}

    public static boolean accepts(LocalDate date) {
        return date == null || (!date.isBefore(FIRST) && !date.isAfter(LAST));
    }

    /** The date itself, or {@link Invalid} naming the field when it lies outside the range. */
    public static LocalDate require(String field, LocalDate date) {
        if (!accepts(date)) throw Invalid.field(field, MESSAGE);
        return date;
    }
}
