package app.prism.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PRODUCT.md section 4, <i>Pipeline and forecast</i>: the forecast of a period (month {@code 2027-01}, quarter
 * {@code 2027-Q1}, year {@code 2027}) = Σ weighted values of the OPEN opportunities expected to close in it + Σ values of
 * the WON ones closed in it; an OPEN opportunity expected before today is overdue and counts in no period. Against the
 * period's revenue target, gap = target − (revenue booked in the period + the period's weighted OPEN value); without a
 * target there is no gap. Targets are set per calendar year: a quarter's is a quarter of the year's, a month's a
 * twelfth (in cents, half-up).
 */
final class ForecastRule {

    enum By { MONTH, QUARTER, YEAR }

    /** A period of the forecast: its text and the days it covers. */
    record Period(String text, LocalDate start, LocalDate end) {
        boolean contains(LocalDate day) {
            return !day.isBefore(start) && !day.isAfter(end);
        }
    }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private ForecastRule() {}

    static Optional<By> by(String text) {
        if (text == null || text.isBlank()) return Optional.of(By.MONTH);
        try {
            return Optional.of(By.valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The period of {@code by} that holds the day. */
    static Period periodOf(LocalDate day, By by) {
        return switch (by) {
            case MONTH -> {
                YearMonth m = YearMonth.from(day);
                yield new Period(m.toString(), m.atDay(1), m.atEndOfMonth());
            }
            case QUARTER -> {
                int q = (day.getMonthValue() - 1) / 3 + 1;
                LocalDate start = LocalDate.of(day.getYear(), (q - 1) * 3 + 1, 1);
                yield new Period(day.getYear() + "-Q" + q, start, start.plusMonths(3).minusDays(1));
            }
            case YEAR -> new Period(String.valueOf(day.getYear()), LocalDate.of(day.getYear(), 1, 1),
                    LocalDate.of(day.getYear(), 12, 31));
        };
    }

    /** A period written as a month, a quarter or a year; empty when it is none of them. */
    static Optional<Period> parsePeriod(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip().toUpperCase(Locale.ROOT);
        try {
            Matcher m = MONTH.matcher(t);
            if (m.matches()) return Optional.of(periodOf(YearMonth.parse(t).atDay(1), By.MONTH));
            m = QUARTER.matcher(t);
            if (m.matches()) {
                return Optional.of(periodOf(LocalDate.of(Integer.parseInt(m.group(1)),
                        (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1), By.QUARTER));
            }
            m = YEAR.matcher(t);
            if (m.matches()) return Optional.of(periodOf(LocalDate.of(Integer.parseInt(t), 1, 1), By.YEAR));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Every period of {@code by} that meets from … to, in order. */
    static List<Period> periods(LocalDate from, LocalDate to, By by) {
        List<Period> out = new ArrayList<>();
        for (Period p = periodOf(from, by); !p.start().isAfter(to); p = periodOf(p.end().plusDays(1), by)) out.add(p);
        return out;
    }

    /** An OPEN opportunity whose expected close date is before today. */
    static boolean isOverdue(boolean open, LocalDate closeDate, LocalDate today) {
        return open && closeDate != null && closeDate.isBefore(today);
    }

    /**
     * Whether an opportunity counts in the period: OPEN ones by their expected close date unless overdue, WON ones by
     * their close date, LOST ones never.
     */
    static boolean countsIn(Period period, boolean open, boolean won, LocalDate closeDate, LocalDate today) {
        if (closeDate == null || !(open || won)) return false;
        if (isOverdue(open, closeDate, today)) return false;
        return period.contains(closeDate);
    }

    static BigDecimal forecast(BigDecimal weightedOpen, BigDecimal won) {
        return weightedOpen.add(won);
    }

    /** target − (booked + weighted OPEN); null without a target. */
    static BigDecimal gap(BigDecimal target, BigDecimal booked, BigDecimal weightedOpen) {
        if (target == null) return null;
        return target.subtract(booked.add(weightedOpen)).setScale(2, RoundingMode.HALF_UP);
    }

    /** The period's target from the yearly revenue targets: the year's, a quarter of it, a twelfth of it; or null. */
    static BigDecimal targetOf(Period period, By by, Map<Integer, BigDecimal> yearlyTargets) {
        BigDecimal year = yearlyTargets.get(period.start().getYear());
        if (year == null) return null;
        int parts = switch (by) {
            case MONTH -> 12;
            case QUARTER -> 4;
            case YEAR -> 1;
        };
        return year.divide(BigDecimal.valueOf(parts), 2, RoundingMode.HALF_UP);
    }
}
