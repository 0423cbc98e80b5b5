package app.prism.imports.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberValueTest {

    @ParameterizedTest(name = "POINT money [{0}] -> {1}")
    @CsvSource(quoteCharacter = '"', delimiter = '|', textBlock = """
            1234.56                  | 1234.56
            "1,234.56"               | 1234.56
            "1,234,567.891"          | 1234567.89
            "12,34,567.00"           | 1234567.00
            "1 234.56"               | 1234.56
            "1\u00A0234.56"          | 1234.56
            "1'234.56"               | 1234.56
            7                        | 7.00
            7.5                      | 7.50
            .5                       | 0.50
            0                        | 0.00
            0.001                    | 0.00
            10.005                   | 10.01
            12.345                   | 12.35
            10.004                   | 10.00
            -10.005                  | -10.01
            0.995                    | 1.00
            " 42 "                   | 42.00
            "$1,200.50"              | 1200.50
            "$ 1,200.50"             | 1200.50
            "US$ 5"                  | 5.00
            "EUR 99"                 | 99.00
            "eur 99"                 | 99.00
            "USD1,000"               | 1000.00
            "99 EUR"                 | 99.00
            "1200 €"                 | 1200.00
            "£3.50"                  | 3.50
            -5                       | -5.00
            +5                       | 5.00
            "\u22125"                | -5.00
            "- 5"                    | -5.00
            "(12.00)"                | -12.00
            "(1,200.00)"             | -1200.00
            "($1,200.00)"            | -1200.00
            "$(1,200.00)"            | -1200.00
            "-$5.00"                 | -5.00
            "$-5.00"                 | -5.00
            "(5) €"                  | -5.00
            1.5E3                    | 1500.00
            1.5e3                    | 1500.00
            1.5E+3                   | 1500.00
            1.5E-3                   | 0.00
            2.5E-2                   | 0.03
            99999999999999999.99     | 99999999999999999.99
            -99999999999999999.99    | -99999999999999999.99
            1e16                     | 10000000000000000.00
            1E0000002                | 100.00
            """)
    void moneyIsExactAndRoundedToCentsOnlyWhenMoreDigitsAreGiven(String raw, BigDecimal expected) {
        assertThat(NumberValue.POINT.money(raw)).isEqualTo(expected); // equals checks the scale too
    }

    @ParameterizedTest(name = "COMMA money [{0}] -> {1}")
    @CsvSource(quoteCharacter = '"', delimiter = '|', textBlock = """
            "1.234,56"               | 1234.56
            "1234,56"                | 1234.56
            "1.234.567,89"           | 1234567.89
            "1 234,56"               | 1234.56
            "1\u00A0234,56"          | 1234.56
            "1\u00A0234\u00A0567,5"  | 1234567.50
            "1\u202F234,56"          | 1234.56
            "1.234"                  | 1234.00
            "10,005"                 | 10.01
            "12,345"                 | 12.35
            ",5"                     | 0.50
            "€ 1.200,50"             | 1200.50
            "1.200,50 €"             | 1200.50
            "1.200,50\u00A0€"        | 1200.50
            "EUR 99"                 | 99.00
            "CHF 99,90"              | 99.90
            "(1.200,00)"             | -1200.00
            "-1.200,00 €"            | -1200.00
            "1,5E3"                  | 1500.00
            """)
    void aCommaLocaleReadsTheDecimalCommaAndDotsOrSpacesAsThousands(String raw, BigDecimal expected) {
        assertThat(NumberValue.COMMA.money(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "POINT [{0}] is not a number")
    @ValueSource(strings = {"abc", "1,23", "1,2345", "12,3456.00", "1,234,56", "1.234,56", "1,234 567", "1.2.3",
            "1,234.5.6", "--5", "-(5)", "(-5)", "((5))", "12-", "5-3", "$", "-", "()", "+", "5 apples", "ABC 5",
            "5 XYZ", "1e", "e5", "E", "1e5e5", "5.", "0x10", "NaN", "Infinity", "1/2", "50%", "$$", "1 2", "€5€"})
    void anythingElseIsNotANumber(String raw) {
        assertThatThrownBy(() -> NumberValue.POINT.money(raw))
                .isInstanceOf(ValueException.class)
                .hasMessage("'" + raw + "' is not a number (1,234.56)");
    }

    @ParameterizedTest(name = "COMMA [{0}] is not a number")
    @ValueSource(strings = {"1.5", "1,234.56", "1.23,4", "1'234,56", "1,2,3"})
    void aCommaLocaleRefusesAPointAsDecimalSeparator(String raw) {
        assertThatThrownBy(() -> NumberValue.COMMA.money(raw))
                .isInstanceOf(ValueException.class)
                .hasMessage("'" + raw + "' is not a number (1.234,56)");
    }

    @ParameterizedTest(name = "[{0}] is too large")
    @ValueSource(strings = {"123456789012345678", "-123456789012345678", "123,456,789,012,345,678.00", "1e17",
            "1e400", "1E+999", "1e99999999999", "99999999999999999.995", "(100000000000000000)"})
    void moreThanSeventeenIntegerDigitsAreTooLarge(String raw) {
        assertThatThrownBy(() -> NumberValue.POINT.money(raw))
                .isInstanceOf(ValueException.class)
                .hasMessage("'" + raw + "' is too large (at most 17 digits before the decimal separator)");
    }

    @ParameterizedTest(name = "decimal [{0}] -> {1}")
    @CsvSource(quoteCharacter = '"', delimiter = '|', textBlock = """
            0.125                    | 0.125
            10.005                   | 10.005
            "1,234.5"                | 1234.5
            1.50                     | 1.50
            7                        | 7
            1.5E3                    | 1500
            1.5E-3                   | 0.0015
            "(2.5)"                  | -2.5
            "$0.1"                   | 0.1
            12345678901234567.123456 | 12345678901234567.123456
            """)
    void aDecimalIsKeptAsWrittenWithoutRounding(String raw, BigDecimal expected) {
        assertThat(NumberValue.POINT.decimal(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "decimal [{0}] is too large")
    @ValueSource(strings = {"123456789012345678", "1e400", "1e18"})
    void aDecimalCanBeTooLargeToo(String raw) {
        assertThatThrownBy(() -> NumberValue.POINT.decimal(raw))
                .isInstanceOf(ValueException.class)
                .hasMessageContaining("is too large");
    }

    @ParameterizedTest(name = "[{0}] within {1}..{2} -> {3}")
    @CsvSource(quoteCharacter = '"', delimiter = '|', textBlock = """
            50     | 0 | 100 | 50
            0      | 0 | 100 | 0
            100    | 0 | 100 | 100
            " 75 " | 0 | 100 | 75
            2.0    | 0 | 3   | 2
            2.000  | 0 | 3   | 2
            3      | 0 | 3   | 3
            0.0    | 0 | 3   | 0
            1e2    | 0 | 100 | 100
            -1     | -5 | 5  | -1
            "1,000" | 0 | 5000 | 1000
            """)
    void aWholeNumberWithinItsRange(String raw, int min, int max, int expected) {
        assertThat(NumberValue.POINT.integer(raw, min, max)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] within {1}..{2}: {3}")
    @CsvSource(quoteCharacter = '"', delimiter = '|', textBlock = """
            2.7          | 0 | 3   | "'2.7' is not a whole number"
            0.5          | 0 | 100 | "'0.5' is not a whole number"
            101          | 0 | 100 | "'101' is not between 0 and 100"
            -1           | 0 | 100 | "'-1' is not between 0 and 100"
            4            | 0 | 3   | "'4' is not between 0 and 3"
            99999999999  | 0 | 3   | "'99999999999' is not between 0 and 3"
            abc          | 0 | 3   | "'abc' is not a number (1,234.56)"
            1e400        | 0 | 3   | "'1e400' is too large (at most 17 digits before the decimal separator)"
            """)
    void aFractionOrAValueOutsideTheRangeIsAnError(String raw, int min, int max, String message) {
        assertThatThrownBy(() -> NumberValue.POINT.integer(raw, min, max))
                .isInstanceOf(ValueException.class)
                .hasMessage(message);
    }

    @ParameterizedTest(name = "[{0}] -> null")
    @CsvSource(quoteCharacter = '"', textBlock = """
            ""
            "   "
            "#N/A"
            "#n/a"
            "000000000000000AAA"
            """)
    void emptyIsNull(String raw) {
        for (var format : new NumberValue[] {NumberValue.POINT, NumberValue.COMMA}) {
            assertThat(format.money(raw)).isNull();
            assertThat(format.decimal(raw)).isNull();
            assertThat(format.integer(raw, 0, 100)).isNull();
        }
        assertThat(NumberValue.POINT.money(null)).isNull();
    }

    static Stream<Arguments> locales() {
        return Stream.of(
                Arguments.of(Locale.US, NumberValue.POINT),
                Arguments.of(Locale.UK, NumberValue.POINT),
                Arguments.of(Locale.ROOT, NumberValue.POINT),
                Arguments.of(Locale.forLanguageTag("de-CH"), NumberValue.POINT),
                Arguments.of(null, NumberValue.POINT),
                Arguments.of(Locale.GERMANY, NumberValue.COMMA),
                Arguments.of(Locale.FRANCE, NumberValue.COMMA),
                Arguments.of(Locale.forLanguageTag("es-ES"), NumberValue.COMMA),
                Arguments.of(Locale.forLanguageTag("pt-BR"), NumberValue.COMMA));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("locales")
    void theFilesLocaleChoosesTheDecimalSeparator(Locale locale, NumberValue expected) {
        assertThat(NumberValue.forLocale(locale)).isSameAs(expected);
    }
}
