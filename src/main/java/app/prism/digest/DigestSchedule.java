package app.prism.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * When the weekly digest is due: each ISO week is one period ("2026-W48"), due from the configured day and hour (UTC)
 * of that week on. An instance that was down at that moment catches up later in the same week.
 */
public record DigestSchedule(boolean enabled, DayOfWeek day, int hourUtc) {

    public static String periodOf(LocalDate date) {
        return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The moment the digest of {@code now}'s week is due. */
    public Instant dueMoment(Instant now) {
        ZonedDateTime utc = now.atZone(ZoneOffset.UTC);
        LocalDate monday = utc.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return monday.plusDays(day.getValue() - 1L).atTime(hourUtc, 0).toInstant(ZoneOffset.UTC);
    }

    public boolean isDue(Instant now) {
        return enabled && !now.isBefore(dueMoment(now));
    }
}
