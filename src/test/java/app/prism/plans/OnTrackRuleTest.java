package app.prism.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OnTrackRuleTest {

    static final LocalDate START = LocalDate.of(2027, 1, 1);
    static final LocalDate DUE = LocalDate.of(2027, 12, 31); // 364 days after the start

    static Stream<Arguments> cases() {
        return Stream.of(
                // target, actual, today, expected share by now, reached, on track?
                Arguments.of("1000", "0", "2027-01-01", "0", "0", true),         // day one: nothing expected yet
                Arguments.of("1000", "500", "2027-07-02", "0.5", "0.5", true),   // exactly on the straight line
                Arguments.of("1000", "499", "2027-07-02", "0.5", "0.499", false), // just below the line
                Arguments.of("1000", "1200", "2027-03-01", "0.1621", "1", true), // ahead, capped at 100 %
                Arguments.of("1000", "999", "2028-01-15", "1", "0.999", false),  // past due and not reached
                Arguments.of("1000", "1000", "2028-01-15", "1", "1", true),      // past due and reached
                Arguments.of("1000", "1000", "2027-12-31", "1", "1", true),      // the due date itself
                Arguments.of("1000", "-50", "2027-07-02", "0.5", "0", false),    // credit notes: not below 0
                Arguments.of("0", "0", "2027-07-02", "0.5", "1", true),          // a zero target is reached at 0
                Arguments.of("-10", "-20", "2027-07-02", "0.5", "0", false),     // a negative target not reached
                Arguments.of("1000", "100", "2026-12-01", "0", "0.1", true));    // before the plan starts
    }

    @ParameterizedTest(name = "target {0}, actual {1} on {2}: expected {3}, reached {4}, on track {5}")
    @MethodSource("cases")
    void anObjectiveIsOnTrackWhenItsShareReachedIsOnOrAboveTheStraightLine(String target, String actual, String today,
            String expected, String reached, boolean onTrack) {
        var p = OnTrackRule.progress(new BigDecimal(target), new BigDecimal(actual), START, DUE, LocalDate.parse(today));
        assertThat(p.expected()).isEqualByComparingTo(expected);
        assertThat(p.reached()).isEqualByComparingTo(reached);
        assertThat(p.onTrack()).isEqualTo(onTrack);
        assertThat(p.gap()).isEqualByComparingTo(new BigDecimal(target).subtract(new BigDecimal(actual)));
    }

    @org.junit.jupiter.api.Test
    void withoutAnActualOrATargetTheObjectiveIsNeitherOnNorOffTrack() {
        assertThat(OnTrackRule.progress(null, BigDecimal.TEN, START, DUE, START).onTrack()).isNull();
        assertThat(OnTrackRule.progress(BigDecimal.TEN, null, START, DUE, START).onTrack()).isNull();
    }
}
