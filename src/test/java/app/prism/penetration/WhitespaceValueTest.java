package app.prism.penetration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhitespaceValueTest {

    @Test
    void theTypicalAnnualValueWinsOverTheMedian() {
        assertThat(WhitespaceValue.of(new BigDecimal("12000"), new BigDecimal("999.99"))).isEqualByComparingTo("12000.00");
    }

    @Test
    void withoutATypicalValueTheMedianOfBuyingUnitsCounts() {
        assertThat(WhitespaceValue.of(null, new BigDecimal("4500.50"))).isEqualByComparingTo("4500.50");
    }

    @Test
    void withNeitherAWhitespaceCellIsWorthZero() {
        assertThat(WhitespaceValue.of(null, null)).isEqualByComparingTo("0.00");
    }

    @ParameterizedTest(name = "median of [{0}] is {1}")
    @CsvSource(delimiter = ';', value = {
            "100;100.00",
            "100,300;200.00",
            "300,100,200;200.00",
            "1,2,3,4;2.50",
            "0.01,0.02;0.02",          // half-up to cents
            "-500,0,100,300;200.00",   // units whose TTM sum is zero or negative are not buying units
            "100,100,100,9000;100.00"})
    void theMedianCountsOnlyBuyingUnits(String revenues, String median) {
        List<BigDecimal> values = Arrays.stream(revenues.split(",")).map(BigDecimal::new).toList();
        assertThat(WhitespaceValue.median(values)).isEqualByComparingTo(median);
    }

    @Test
    void noBuyingUnitMeansNoMedian() {
        assertThat(WhitespaceValue.median(List.of())).isNull();
        assertThat(WhitespaceValue.median(List.of(BigDecimal.ZERO, new BigDecimal("-3")))).isNull();
    }
}
