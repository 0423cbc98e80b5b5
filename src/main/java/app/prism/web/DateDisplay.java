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

    private static final java.util.Set<String> ACRONYMS = java.util.Set.of("nps", "clv", "ttm", "crm", "erp", "csv", "xlsx");

    /**
     * A code as people read it: an enum's own {@code label()} where it has one, else "DECISION_MAKER" → "Decision
     * maker", "GROSS_MARGIN" → "Gross margin", acronyms (NPS, CLV, TTM …) kept in capitals. Null stays null.
     */
    public String label(Object code) {
        if (code == null) return null;
        if (code instanceof Enum<?> e) {
            try {
                var own = e.getClass().getMethod("label");
                if (own.getReturnType() == String.class) return (String) own.invoke(e);
            } catch (ReflectiveOperationException ignored) {
                // no label() of its own: the name below
            }
        }
        String[] words = code.toString().strip().replace('_', ' ').toLowerCase(Locale.ROOT).split(" +");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) out.append(' ');
            if (ACRONYMS.contains(w)) out.append(w.toUpperCase(Locale.ROOT));
            else if (i == 0 && !w.isEmpty()) out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            else out.append(w);
        }
        return out.toString();
    }

    static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
