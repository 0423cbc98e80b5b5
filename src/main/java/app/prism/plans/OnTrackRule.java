package app.prism.plans;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Whether an objective is on track. Its progress is the share of the target reached (actual / target, capped at 0 … 1;
 * a target of zero or less is reached when the actual is at least the target). The expected share on a day lies on the
 * straight line from the plan's start (0) to the objective's due date (1). An objective is on track when its share is
 * at least the expected one, so past its due date it is on track only when the target is reached. Unknown (null)
 * without an actual value or a target.
 */
final class OnTrackRule {

    private OnTrackRule() {}

    record Progress(BigDecimal actual, BigDecimal gap, BigDecimal reached, BigDecimal expected, Boolean onTrack) {}

    static Progress progress(BigDecimal target, BigDecimal actual, LocalDate start, LocalDate due, LocalDate today) {
        if (target == null || actual == null) return new Progress(actual, null, null, expected(start, due, today), null);
        BigDecimal reached;
        if (target.signum() <= 0) {
            reached = actual.compareTo(target) >= 0 ? BigDecimal.ONE : BigDecimal.ZERO;
        } else {
            reached = actual.divide(target, 4, RoundingMode.HALF_UP).max(BigDecimal.ZERO).min(BigDecimal.ONE);
        }
        BigDecimal expected = expected(start, due, today);
        boolean onTrack = reached.compareTo(expected) >= 0;
        return new Progress(actual, target.subtract(actual).stripTrailingZeros(), reached.stripTrailingZeros(),
                expected.stripTrailingZeros(), onTrack);
    }

    /** 0 on or before the start, 1 on or after the due date, the straight line in between (no due date: 1 at once). */
    static BigDecimal expected(LocalDate start, LocalDate due, LocalDate today) {
        if (due == null || !today.isBefore(due)) return BigDecimal.ONE;
        if (start == null || !today.isAfter(start)) return BigDecimal.ZERO;
        long total = ChronoUnit.DAYS.between(start, due);
        if (total <= 0) return BigDecimal.ONE;
        return BigDecimal.valueOf(ChronoUnit.DAYS.between(start, today)).divide(BigDecimal.valueOf(total), 4,
                RoundingMode.HALF_UP);
    }
}
