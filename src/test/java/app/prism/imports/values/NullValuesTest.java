package app.prism.imports.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class NullValuesTest {

    @ParameterizedTest(name = "[{0}] is null: {1}")
    @CsvSource(quoteCharacter = '"', delimiter = '|', textBlock = """
            | true
            ""                    | true
            "   "                 | true
            "\u00A0\t "           | true
            "#N/A"                | true
            "#n/a"                | true
            " #N/A "              | true
            "000000000000000AAA"  | true
            "000000000000000aaa"  | true
            "000000000000000"     | true
            " 000000000000000AAA" | true
            N/A                   | false
            NA                    | false
            "#N/A!"               | false
            null                  | false
            0                     | false
            "-"                   | false
            "000000000000000AAB"  | false
            "001000000000000AAA"  | false
            "0000000000000000"    | false
            """)
    void emptyCellsExcelsNotAvailableAndSalesforcesEmptyIdAreNull(String raw, boolean expected) {
        assertThat(NullValues.isNull(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(quoteCharacter = '"', delimiter = '|', textBlock = """
            "  Acme  "                  | Acme
            "\u00A0Acme\u00A0"          | Acme
            "\u202FAcme Corp\t"         | Acme Corp
            "Acme   Corp"               | Acme   Corp
            "#N/A"                      |
            "000000000000000AAA"        |
            ""                          |
                                        |
            """)
    void textIsTrimmedAndNullWhenNull(String raw, String expected) {
        assertThat(NullValues.text(raw)).isEqualTo(expected);
    }

    static Stream<Arguments> lengths() {
        return Stream.of(
                Arguments.of("a".repeat(200), 200, "a".repeat(200)),
                Arguments.of("  " + "a".repeat(200) + "\u00A0", 200, "a".repeat(200)),
                Arguments.of("Acme", 4, "Acme"),
                Arguments.of("#N/A", 2, null),
                Arguments.of(null, 0, null));
    }

    @ParameterizedTest(name = "{0} within {1}")
    @MethodSource("lengths")
    void aTextOfAtMostMaxCharactersAfterTrimmingIsKept(String raw, int max, String expected) {
        assertThat(NullValues.text(raw, max)).isEqualTo(expected);
    }

    static Stream<Arguments> tooLong() {
        return Stream.of(
                Arguments.of("a".repeat(201), 200),
                Arguments.of("Acme Corp", 4),
                Arguments.of("x", 0));
    }

    @ParameterizedTest(name = "{0} over {1}")
    @MethodSource("tooLong")
    void aLongerTextIsAnErrorNeverTruncated(String raw, int max) {
        assertThatThrownBy(() -> NullValues.text(raw, max))
                .isInstanceOf(ValueException.class)
                .hasMessageEndingWith(" is longer than " + max + " characters");
    }

    @Test
    void theErrorQuotesTheBeginningOfALongTextOnly() {
        assertThatThrownBy(() -> NullValues.text("b".repeat(300), 200))
                .hasMessage("'" + "b".repeat(59) + "…' is longer than 200 characters");
    }
}
