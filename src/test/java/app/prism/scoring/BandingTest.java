package app.prism.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandingTest {

    private static final Banding REVENUE = Banding.parse("0:0; 1:1; 50000:3; 250000:5; 1000000:7");
    private static final Banding GROWTH = Banding.parse("-0.2:2;0:5;0.1:7;0.5:10");

    @ParameterizedTest(name = "revenue {0} -> {1}")
    @CsvSource({"0, 0", "0.99, 0", "1, 1", "49999.99, 1", "50000, 3", "50000.01, 3", "250000, 5", "999999, 5",
            "1000000, 7", "99000000, 7", "-500, 0"})
    void aFigureExactlyAtABoundIsInThatBandAndBelowTheLowestBandIsZero(BigDecimal figure, BigDecimal score) {
        assertThat(REVENUE.score(figure)).isEqualByComparingTo(score);
    }

    @ParameterizedTest(name = "growth {0} -> {1}")
    @CsvSource({"-0.9, 0", "-0.2, 2", "-0.01, 2", "0, 5", "0.0999, 5", "0.1, 7", "0.5, 10", "3, 10"})
    void bandsNegativeFiguresToo(BigDecimal figure, BigDecimal score) {
        assertThat(GROWTH.score(figure)).isEqualByComparingTo(score);
    }

    @Test
    void noFigureMeansNotRated() {
        assertThat(REVENUE.score(null)).isNull();
    }

    @Test
    void textRoundTrips() {
        assertThat(Banding.parse(REVENUE.text())).isEqualTo(REVENUE);
        assertThat(REVENUE.text()).isEqualTo("0:0;1:1;50000:3;250000:5;1000000:7");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "''                 | must have at least one band",
            "0:0;0:5            | band 2: atLeast must be above the band before",
            "10:1;5:2           | band 2: atLeast must be above the band before",
            "0:11               | band 1: score must be between 0 and 10",
            "0:-1               | band 1: score must be between 0 and 10"})
    void refusesBandsThatAreEmptyUnorderedOrOutOfRange(String text, String problem) {
        assertThat(Banding.parse(text).problems()).contains(problem);
    }

    @Test
    void theDefaultBandsOfEveryComputedSourceAreUsable() {
        for (CriterionSource s : CriterionSource.values()) {
            if (s.isComputed()) assertThat(s.defaultBanding().problems()).as(s.name()).isEmpty();
            else assertThat(s.defaultBanding()).isNull();
        }
    }

    @Test
    void textThatIsNotPairsOfNumbersIsRefused() {
        assertThatThrownBy(() -> Banding.parse("0:0;abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Banding.parse("x:1")).isInstanceOf(IllegalArgumentException.class);
    }
}
