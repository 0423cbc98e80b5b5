package app.prism.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Dates in query parameters ({@code asOf}, {@code from}, …) and form fields: ISO (YYYY-MM-DD) within
 * {@link DateRange}, with or without {@code @DateTimeFormat}. Registered last, so it is asked before Spring's own
 * date formatters; a refusal is a 400 naming the parameter for the API and an error beside the field on a form.
 */
@Configuration(proxyBeanMethods = false)
class DateParameters implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new RangedIsoDate());
    }

    /** Refused by {@link RangedIsoDate}: the message is meant for the client. */
    static final class OutOfRange extends IllegalArgumentException {
        OutOfRange() {
            super(DateRange.MESSAGE);
        }
    }

    static final class RangedIsoDate implements Formatter<LocalDate> {

        @Override
        public LocalDate parse(String text, Locale locale) throws ParseException {
            LocalDate date;
            try {
                date = LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new OutOfRange();
            }
            if (!DateRange.accepts(date)) throw new OutOfRange();
            return date;
        }

        @Override
        public String print(LocalDate date, Locale locale) {
            return date.toString();
        }
    }
}
