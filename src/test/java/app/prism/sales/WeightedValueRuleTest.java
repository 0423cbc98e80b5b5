package app.prism.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeightedValueRuleTest {

    @ParameterizedTest(name = "{0} at {1}% weighs {2}")
    @CsvSource(nullValues = "null", value = {
            "1000.00, 30, 300.00",
            "0.05, 10, 0.01",        // 0.005 rounds half-up to a cent
            "0.04, 10, 0.00",        // 0.004 rounds down
            "10.01, 50, 5.01",       // 5.005 → 5.01
            "10.03, 50, 5.02",       // 5.015 → 5.02
            "99.99, 100, 99.99",
            "12345.67, 0, 0.00",
            "null, 40, null",        // no value, no weight
            "100.00, null, null"})
    void weightedValueIsValueTimesProbabilityInCentsRoundedHalfUp(BigDecimal value, Integer probability,
            BigDecimal weighted) {
        BigDecimal got = WeightedValueRule.weighted(value, probability);
        if (weighted == null) {
            assertThat(got).isNull();
        } else {
            assertThat(got).isEqualByComparingTo(weighted);
            assertThat(got.scale()).isEqualTo(2);
            // the SQL sums whole cents the same way
            long cents = value.movePointRight(2).longValueExact();
            assertThat(WeightedValueRule.weightedCents(cents, probability)).isEqualTo(weighted.movePointRight(2)
                    .longValueExact());
        }
    }

    @ParameterizedTest(name = "own {0}, stage {1} → {2}")
    @CsvSource(nullValues = "null", value = {"null, 30, 30", "55, 30, 55", "0, 80, 0", "null, null, null"})
    void theOpportunitysOwnProbabilityWinsOverItsStages(Integer own, Integer stage, Integer expected) {
        assertThat(WeightedValueRule.probability(own, stage)).isEqualTo(expected);
    }
}
