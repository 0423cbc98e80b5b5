package app.prism.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PerformanceRuleTest {

    static Stream<Arguments> growths() {
        return Stream.of(
                Arguments.of("120", "100", "0.2000"),
                Arguments.of("80", "100", "-0.2000"),
                Arguments.of("100", "0", null),            // nothing before: no growth figure
                Arguments.of("0", "0", null),
                Arguments.of("50", "-100", "-1.5000"),     // credit notes made last period negative
                Arguments.of("1", "3", "-0.6667"));
    }

    @ParameterizedTest(name = "{0} after {1} -> {2}")
    @MethodSource("growths")
    void growthIsTheChangeOverThePreviousRevenue(String revenue, String previous, String expected) {
        BigDecimal g = PerformanceRule.growth(new BigDecimal(revenue), new BigDecimal(previous));
        if (expected == null) assertThat(g).isNull();
        else assertThat(g).isEqualByComparingTo(expected);
    }

    static Stream<Arguments> margins() {
        return Stream.of(
                Arguments.of("1000", "600", 3L, "0.4000"),
                Arguments.of("0", "0", 0L, null),            // no line carries a cost
                Arguments.of("0", "50", 2L, null),           // lines with cost sum to zero
                Arguments.of("1000", "1200", 1L, "-0.2000")); // sold below cost
    }

    @ParameterizedTest(name = "amount {0}, cost {1}, {2} line(s) -> {3}")
    @MethodSource("margins")
    void grossMarginIsOverTheLinesThatCarryACost(String amount, String cost, long lines, String expected) {
        BigDecimal m = PerformanceRule.grossMargin(new BigDecimal(amount), new BigDecimal(cost), lines);
        if (expected == null) assertThat(m).isNull();
        else assertThat(m).isEqualByComparingTo(expected);
    }

    @Test
    void retentionIsTheShareOfLastYearsBuyingPairsThatBuyAgain() {
        assertThat(PerformanceRule.retention(Set.of("1:1", "1:2", "2:1"), Set.of("1:1", "2:1", "3:3")))
                .isEqualByComparingTo("0.6667");
        assertThat(PerformanceRule.retention(Set.of(), Set.of("1:1"))).isNull();
        assertThat(PerformanceRule.retention(Set.of("1:1"), Set.of())).isEqualByComparingTo("0");
    }

    @Test
    void npsTakesTheLatestAnswerOfEachContactInThePeriod() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        var answers = List.of(
                new PerformanceRule.Answer(1, LocalDate.of(2026, 2, 1), 3, 1),   // replaced by the later 10
                new PerformanceRule.Answer(1, LocalDate.of(2026, 6, 1), 10, 2),
                new PerformanceRule.Answer(2, LocalDate.of(2026, 3, 1), 9, 3),
                new PerformanceRule.Answer(3, LocalDate.of(2026, 3, 1), 7, 4),   // passive
                new PerformanceRule.Answer(4, LocalDate.of(2026, 4, 1), 6, 5),   // detractor
                new PerformanceRule.Answer(5, LocalDate.of(2025, 12, 31), 0, 6), // before the period
                new PerformanceRule.Answer(6, LocalDate.of(2026, 5, 5), 9, 7),   // same day: the later recorded counts
                new PerformanceRule.Answer(6, LocalDate.of(2026, 5, 5), 2, 8));

        // latest: 10, 9, 7, 6, 2 -> promoters 2, detractors 2 of 5 -> 0.0
        assertThat(PerformanceRule.nps(answers, from, to)).isEqualByComparingTo("0.0");
        assertThat(PerformanceRule.nps(answers.subList(0, 4), from, to)).isEqualByComparingTo("66.7"); // 2 of 3 promote
        assertThat(PerformanceRule.nps(List.of(), from, to)).isNull();
    }

    static Stream<Arguments> lifetimes() {
        return Stream.of(
                // margin to date, margin of the last three TTMs, kept, previous -> clv
                Arguments.of("1000", "3000", 3L, 4L, "5000.00"),    // retention 0.75 -> 4 years: 1000 + 1000 × 4
                Arguments.of("1000", "3000", 4L, 4L, "11000.00"),   // retention 1 -> 10 years
                Arguments.of("1000", "3000", 19L, 20L, "11000.00"), // 1 / 0.05 = 20 -> capped at 10
                Arguments.of("1000", "3000", 0L, 0L, "2000.00"),    // retention unknown -> 1 year
                Arguments.of("1000", "3000", 0L, 5L, "2000.00"),    // retention 0 -> 1 year
                Arguments.of("0", "100", 1L, 3L, "50.00"),          // 33.33… × 1.5 = 50.00
                Arguments.of("-500", "-300", 1L, 2L, "-700.00"));   // losses: -500 + (-100 × 2)
    }

    @ParameterizedTest(name = "{0} + {1}/3 with {2} of {3} kept -> {4}")
    @MethodSource("lifetimes")
    void lifetimeValueIsMarginToDatePlusExpectedFutureMargin(String toDate, String lastThree, long kept, long previous,
            String expected) {
        assertThat(PerformanceRule.clv(new BigDecimal(toDate), new BigDecimal(lastThree), kept, previous))
                .isEqualByComparingTo(expected);
    }
}
