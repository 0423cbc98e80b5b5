package app.prism.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmenterTest {

    @ParameterizedTest(name = "attractiveness {0}, strength {1}, threshold {2} -> {3}")
    @CsvSource(nullValues = "none", value = {
            "9,    9,    5, STRATEGIC",
            "5,    5,    5, STRATEGIC",      // exactly at the threshold counts as reaching it
            "5.00, 4.99, 5, DEVELOP",
            "4.99, 5,    5, MAINTAIN",
            "4.99, 4.99, 5, OPPORTUNISTIC",
            "0,    0,    5, OPPORTUNISTIC",
            "10,   0,    5, DEVELOP",
            "7,    7,    7, STRATEGIC",      // a configured threshold
            "6.9,  7,    7, MAINTAIN",
            "0,    0,    0, STRATEGIC",      // threshold 0: everyone reaches it
            "9.99, 9.99, 10, OPPORTUNISTIC",
            "none, 8,    5, none",           // an axis unrated: no segment
            "8,    none, 5, none",
            "none, none, 5, none"})
    void segmentsByTheThresholdWithTheThresholdItselfCountingAsReached(BigDecimal attractiveness, BigDecimal strength,
            BigDecimal threshold, Segment expected) {
        assertThat(Segmenter.segment(attractiveness, strength, threshold)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"STRATEGIC, true", "DEVELOP, true", "MAINTAIN, false", "OPPORTUNISTIC, false"})
    void strategicAndDevelopGetKeyAccountManagement(Segment segment, boolean kam) {
        assertThat(segment.getsKeyAccountManagement()).isEqualTo(kam);
    }
}
