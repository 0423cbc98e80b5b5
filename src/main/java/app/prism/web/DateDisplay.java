package app.prism.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates on pages as the user's locale shows them (PRODUCT.md section 7): the browser's language, from Accept-Language,
 * in the medium style — "26 Nov 2026" in en-GB, "26.11.2026" in de-DE, "Nov 26, 2026" in en-US. Templates call it as
 * {@code ${@fmt.date(x)}}; null stays null, so {@code ?: '—'} still works. The API, exports and form fields keep ISO
 * dates; times are stored in UTC and shown as UTC.
 */
@Component("fmt")
public class DateDisplay {

    public String date(LocalDate date) {
        return date == null ? null : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()));
    }

    /** The day of a stored time, taken in UTC. */
    public String day(OffsetDateTime time) {
        return time == null ? null : date(time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
    }

    /** A stored time: its UTC day and time of day in the user's locale, marked "UTC". */
    public String time(OffsetDateTime time) {
        if (time == null) return null;
        OffsetDateTime utc = time.withOffsetSameInstant(ZoneOffset.UTC);
        return date(utc.toLocalDate()) + ", "
                + utc.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale())) + " UTC";
    }

    static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
