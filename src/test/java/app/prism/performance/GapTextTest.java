package app.prism.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GapTextTest {

    @ParameterizedTest(name = "{0} gap {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // a 35 % margin target against 44.5 %: 9.5 percentage points ahead, not "-9.5%"
            "GROSS_MARGIN      | -0.095  | 9.5 pp ahead",
            "GROSS_MARGIN      | 0.0125  | 1.3 pp behind",
            "GROWTH            | 0.2     | 20.0 pp behind",
            "RETENTION         | 0       | on target",
            "REVENUE           | 1500    | EUR 1,500.00 behind",
            "REVENUE           | -0.004  | EUR 0.00 ahead",
            "CLV               | -25000.5| EUR 25,000.50 ahead",
            "ACTIVE_CONTACTS   | 3       | 3 behind",
            "NPS               | -12.50  | 12.5 ahead",
            "UNITS_WITH_CONTACT| null    | —",
    })
    void aGapSaysHowFarAheadOrBehindInTheMetricsUnit(Metric metric, BigDecimal gap, String expected) {
        assertThat(GapText.of(metric, gap, "EUR")).isEqualTo(expected);
    }
}
