package app.prism.imports.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateValueTest {

    @ParameterizedTest(name = "ISO [{0}] -> {1}")
    @CsvSource(quoteCharacter = '"', delimiter = '|', textBlock = """
            2024-03-05                    | 2024-03-05
            " 2024-03-05 "                | 2024-03-05
            2024-03-05T10:15:00Z          | 2024-03-05
            2024-03-05T10:15:00.123+01:00 | 2024-03-05
            2024-03-05T23:59:59.999999999 | 2024-03-05
            "2024-03-05 10:15"            | 2024-03-05
            "2024-03-05 10:15:00"         | 2024-03-05
            "2024-03-05 00:00:00 UTC"     | 2024-03-05
            "2024-03-05 10:15 PM"         | 2024-03-05
            2024-02-29                    | 2024-02-29
            2000-02-29                    | 2000-02-29
            1900-01-01                    | 1900-01-01
            2199-12-31                    | 2199-12-31
            """)
    void isoDatesWithOrWithoutATime(String raw, LocalDate expected) {
        assertThat(DateValue.ISO.parse(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "ISO [{0}] is not a date")
    @ValueSource(strings = {"2023-02-29", "1900-02-29", "2024-02-30", "2024-04-31", "2024-13-01", "2024-00-10",
            "2024-3-5", "05/03/2024", "3/5/2024", "20240305", "2024-03-05X", "2024-03-051", "2024-03-05 25:00",
            "2024-03-05 10:60", "2024-03-05 10", "2024-03-05T", "2024-03-05 13:15 PM", "24-03-05", "today", "2024"})
    void isoRefusesImpossibleDatesAndOtherFormats(String raw) {
        assertThatThrownBy(() -> DateValue.ISO.parse(raw))
                .isInstanceOf(ValueException.class)
                .hasMessage("'" + raw + "' is not a date (yyyy-MM-dd)");
    }

    @ParameterizedTest(name = "[{0}] is outside the years")
    @CsvSource(quoteCharacter = '"', delimiter = '|', textBlock = """
            yyyy-MM-dd | 1899-12-31
            yyyy-MM-dd | 2200-01-01
            yyyy-MM-dd | 0001-01-01
            yyyy-MM-dd | 9999-12-31
            M/d/yyyy   | 12/31/1899
            M/d/yyyy   | 1/1/2200
            d.M.yyyy   | 1.1.2200
            d.M.yyyy   | 2200-01-01
            """)
    void yearsOutside1900To2199AreErrorsNeverStoredChanged(String pattern, String raw) {
        assertThatThrownBy(() -> DateValue.of(pattern).parse(raw))
                .isInstanceOf(ValueException.class)
                .hasMessage("'" + raw + "' is outside the years 1900–2199");
    }

    @ParameterizedTest(name = "{0}: [{1}] -> {2}")
    @CsvSource(quoteCharacter = '"', delimiter = '|', textBlock = """
            M/d/yyyy    | 3/5/2024                | 2024-03-05
            M/d/yyyy    | 03/05/2024              | 2024-03-05
            M/d/yyyy    | 12/31/2024              | 2024-12-31
            M/d/yyyy    | "3/5/2024 10:15 AM"     | 2024-03-05
            M/d/yyyy    | "3/5/2024 10:15:00 PM"  | 2024-03-05
            M/d/yyyy    | "3/5/2024 12:00:00 am"  | 2024-03-05
            M/d/yyyy    | "3/5/2024 9:05"         | 2024-03-05
            M/d/yyyy    | 2/29/2024               | 2024-02-29
            M/d/yyyy    | 2024-03-05              | 2024-03-05
            M/d/yyyy    | 2024-03-05T10:15:00Z    | 2024-03-05
            M/d/yyyy    | 1/1/1900                | 1900-01-01
            M/d/yyyy    | 12/31/2199              | 2199-12-31
            MM/dd/yyyy  | 03/05/2024              | 2024-03-05
            MM/dd/yyyy  | 3/5/2024                | 2024-03-05
            d.M.yyyy    | 5.3.2024                | 2024-03-05
            d.M.yyyy    | 05.03.2024              | 2024-03-05
            d.M.yyyy    | "05.03.2024 08:00"      | 2024-03-05
            d.M.yyyy    | 29.2.2024               | 2024-02-29
            d.M.yyyy    | 2024-03-05              | 2024-03-05
            dd/MM/yyyy  | 05/03/2024              | 2024-03-05
            dd/MM/yyyy  | 5/3/2024                | 2024-03-05
            dd/MM/yyyy  | 29/02/2024              | 2024-02-29
            dd/MM/yyyy  | "31/12/2024 23:59:59"   | 2024-12-31
            d/M/yyyy    | 29/2/2024               | 2024-02-29
            d/M/yyyy    | 5/3/2024                | 2024-03-05
            dd.MM.yyyy  | 05.03.2024              | 2024-03-05
            yyyy/MM/dd  | 2024/03/05              | 2024-03-05
            ddMMyyyy    | 05032024                | 2024-03-05
            "d MMM yyyy" | "5 Mar 2024"           | 2024-03-05
            "d MMM yyyy" | "5 MAR 2024"           | 2024-03-05
            M/d/yy      | 3/5/24                  | 2024-03-05
            yyyy-MM-dd  | 2024-03-05              | 2024-03-05
                        | 2024-03-05              | 2024-03-05
            """)
    void theFilesDateFormatOrIsoWithTheTimeDropped(String pattern, String raw, LocalDate expected) {
        assertThat(DateValue.of(pattern).parse(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: [{1}] is not a date")
    @CsvSource(quoteCharacter = '"', delimiter = '|', textBlock = """
            M/d/yyyy    | 2/30/2024
            M/d/yyyy    | 2/29/2023
            M/d/yyyy    | 2/29/1900
            M/d/yyyy    | 13/5/2024
            M/d/yyyy    | 0/5/2024
            M/d/yyyy    | 3/5/24
            M/d/yyyy    | 3-5-2024
            M/d/yyyy    | "3/5/2024 13:00 PM"
            M/d/yyyy    | "3/5/2024 soon"
            M/d/yyyy    | 2024-02-30
            d.M.yyyy    | 31/02/2024
            d.M.yyyy    | 31.2.2024
            d.M.yyyy    | 29.2.2023
            d.M.yyyy    | 3/5/2024
            dd/MM/yyyy  | 31/02/2024
            dd/MM/yyyy  | 30/02/2024
            dd/MM/yyyy  | 12/31/2024
            d/M/yyyy    | 29/2/2023
            d/M/yyyy    | 31/4/2024
            ddMMyyyy    | 5032024
            """)
    void impossibleDatesAreRefusedStrictly(String pattern, String raw) {
        assertThatThrownBy(() -> DateValue.of(pattern).parse(raw))
                .isInstanceOf(ValueException.class)
                .hasMessage("'" + raw + "' is not a date (" + pattern + ")");
    }

    @ParameterizedTest(name = "[{0}] -> null")
    @CsvSource(quoteCharacter = '"', delimiter = '|', textBlock = """
            M/d/yyyy   | ""
            M/d/yyyy   |
            M/d/yyyy   | "  "
            yyyy-MM-dd | "#N/A"
            d.M.yyyy   | "#n/a"
            """)
    void emptyIsNull(String pattern, String raw) {
        assertThat(DateValue.of(pattern).parse(raw)).isNull();
    }

    @ParameterizedTest(name = "[{0}] is not a date format")
    @ValueSource(strings = {"qqqq-bb-zz", "yyyy-MM-dd'", "HH:mm", "MM/yyyy", "yyyy", "d.M.", "{d}", "dd/MM/yyyy #"})
    void aPatternThatCannotReadAWholeDateIsRefusedWhenChosen(String pattern) {
        assertThatThrownBy(() -> DateValue.of(pattern)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noPatternIsIsoAndAChosenPatternIsKeptAsGiven() {
        assertThat(DateValue.of(null)).isSameAs(DateValue.ISO);
        assertThat(DateValue.of(" ")).isSameAs(DateValue.ISO);
        assertThat(DateValue.of("yyyy-MM-dd")).isSameAs(DateValue.ISO);
        assertThat(DateValue.ISO.pattern()).isEqualTo("yyyy-MM-dd");
        assertThat(DateValue.of("d.M.yyyy").pattern()).isEqualTo("d.M.yyyy");
    }
}
