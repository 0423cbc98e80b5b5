package app.prism.plans;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan's period: a calendar year ("2027"), a half ("2027-H1", "2027-H2") or a quarter ("2027-Q1" … "2027-Q4"), with
 * the first and last day it covers.
 */
record PlanPeriod(String text, LocalDate startsOn, LocalDate endsOn) {

    static final String FORMAT = "a year such as 2027, a half such as 2027-H2 or a quarter such as 2027-Q1";

    private static final Pattern SHAPE = Pattern.compile("(20\\d\\d)(?:-(H[12]|Q[1-4]))?");

    static Optional<PlanPeriod> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip().toUpperCase(java.util.Locale.ROOT);
        Matcher m = SHAPE.matcher(t);
        if (!m.matches()) return Optional.empty();
        int year = Integer.parseInt(m.group(1));
        String part = m.group(2);
        if (part == null) return Optional.of(new PlanPeriod(t, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        int n = part.charAt(1) - '0';
        int months = part.charAt(0) == 'H' ? 6 : 3;
        LocalDate start = LocalDate.of(year, (n - 1) * months + 1, 1);
        return Optional.of(new PlanPeriod(t, start, start.plusMonths(months).minusDays(1)));
    }

    /**
     * The period a new plan started today would most likely cover: the current calendar year, or from October on
     * (a quarter or less left) the next one, which is what an account manager plans in the autumn.
     */
    static String current(LocalDate today) {
        return String.valueOf(today.getMonthValue() >= 10 ? today.getYear() + 1 : today.getYear());
    }
}
