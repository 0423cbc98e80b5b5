package app.prism.imports.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BooleanValueTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(quoteCharacter = '"', delimiter = '|', textBlock = """
            true      | true
            TRUE      | true
            " True "  | true
            1         | true
            yes       | true
            YES       | true
            Yes       | true
            false     | false
            FALSE     | false
            0         | false
            " 0 "     | false
            no        | false
            No        | false
            ""        |
                      |
            "#N/A"    |
            "000000000000000AAA" |
            """)
    void trueFalseOneZeroAndYesNoInAnyCase(String raw, Boolean expected) {
        assertThat(BooleanValue.parse(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"y", "n", "t", "f", "2", "-1", "01", "on", "off", "maybe", "truee", "ja"})
    void anythingElseIsAnError(String raw) {
        assertThatThrownBy(() -> BooleanValue.parse(raw))
                .isInstanceOf(ValueException.class)
                .hasMessage("'" + raw + "' is not a yes/no value (true/false, 1/0, yes/no)");
    }
}
