package app.prism.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalColumnTest {

    @ParameterizedTest
    @CsvSource({
            "19, 2, 99999999999999999.99, ",
            "19, 2, 0, ",
            "19, 2, 1.50, ",
            "19, 2, 1.500, ",
            "19, 2, 1E+16, ",
            "19, 2, 100000000000000000, too large (at most 17 digits before the decimal point)",
            "19, 2, 1E+30, too large (at most 17 digits before the decimal point)",
            "19, 2, 1E+400, too large (at most 17 digits before the decimal point)",
            "19, 2, 99999999999999999999999, too large (at most 17 digits before the decimal point)",
            "19, 2, 1.001, at most 2 decimals",
            "19, 4, 999999999999999.9999, ",
            "19, 4, 1E+15, too large (at most 15 digits before the decimal point)",
            "19, 4, 0.00001, at most 4 decimals"})
    void aValueFitsItsColumnOrSaysWhyNot(int precision, int scale, String value, String problem) {
        assertThat(new DecimalColumn(precision, scale).problem(new BigDecimal(value))).isEqualTo(problem);
    }
}
