package app.prism.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AxisScoreTest {

    /** "score*weight score*weight …" */
    private static List<AxisScore.Rated> rated(String spec) {
        List<AxisScore.Rated> out = new ArrayList<>();
        for (String part : spec.trim().split("\\s+")) {
            String[] sw = part.split("\\*");
            out.add(new AxisScore.Rated(new BigDecimal(sw[0]), new BigDecimal(sw[1])));
        }
        return out;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "'8*1',            8.00",
            "'8*1 4*1',        6.00",
            "'8*3 4*1',        7.00",
            "'10*2 0*2 5*1',   5.00",
            "'7*1 8*1 8*1',    7.67",        // rounded half up to two decimals
            "'1*0.5 2*0.25',   1.33",
            "'0*1 0*5',        0.00",
            "'10*1 10*7',      10.00"})
    void isTheWeightedMeanOfTheRatedCriteria(String ratings, BigDecimal expected) {
        assertThat(AxisScore.of(rated(ratings))).isEqualByComparingTo(expected);
        assertThat(AxisScore.of(rated(ratings)).scale()).isEqualTo(2);
    }

    @Test
    void isNullWhenNoCriterionOfTheAxisIsRated() {
        assertThat(AxisScore.of(List.of())).isNull();
        assertThat(AxisScore.exact(List.of())).isNull();
    }

    @Test
    void theSegmentComparesTheExactMeanNotTheRoundedOne() {
        List<AxisScore.Rated> justBelow = rated("5*199 4*1");                   // 4.995: shown as 5.00
        assertThat(AxisScore.of(justBelow)).isEqualByComparingTo("5.00");
        assertThat(AxisScore.exact(justBelow)).isEqualByComparingTo("4.995");
        assertThat(Segmenter.segment(AxisScore.exact(justBelow), AxisScore.exact(rated("5*1")), new BigDecimal("5")))
                .isEqualTo(Segment.MAINTAIN);
        assertThat(Segmenter.segment(AxisScore.exact(rated("5*1")), AxisScore.exact(rated("5*1")), new BigDecimal("5")))
                .isEqualTo(Segment.STRATEGIC);
    }
}
