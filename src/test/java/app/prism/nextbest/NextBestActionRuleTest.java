package app.prism.nextbest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NextBestActionRuleTest {

    static Stream<Arguments> crossSells() {
        return Stream.of(
                // whitespace value, peer buyers, peers -> expected value
                Arguments.of("10000", 7L, 9L, "7272.73"),   // 10000 × 8/11
                Arguments.of("10000", 0L, 0L, "5000.00"),   // nobody to compare with: even odds
                Arguments.of("10000", 1L, 1L, "6666.67"),   // 1 of 1 is weaker evidence than 9 of 10
                Arguments.of("10000", 9L, 10L, "8333.33"),
                Arguments.of("10000", 0L, 8L, "1000.00"),   // no comparable unit buys it
                Arguments.of("0", 5L, 5L, "0.00"));
    }

    @ParameterizedTest(name = "{0} with {1} of {2} peers buying -> {3}")
    @MethodSource("crossSells")
    void aCrossSellIsWorthItsValueTimesTheSmoothedShareOfPeersBuying(String value, long buyers, long peers,
            String expected) {
        assertThat(NextBestActionRule.crossSellValue(new BigDecimal(value), buyers, peers)).isEqualByComparingTo(expected);
    }

    static NextBestActionRule.Candidate c(NextBestAction.Type type, String value, String reason, LocalDate due) {
        return new NextBestActionRule.Candidate(new NextBestAction(type, null, null, null, null, reason,
                new BigDecimal(value), null), due);
    }

    @Test
    void overdueActionsComeFirstOldestFirstThenTheRestByExpectedValue() {
        var ranked = NextBestActionRule.rank(List.of(
                c(NextBestAction.Type.CROSS_SELL, "500.00", "small cross-sell", null),
                c(NextBestAction.Type.OVERDUE_ACTION, "0.00", "late", LocalDate.of(2026, 11, 1)),
                c(NextBestAction.Type.FIX_RISK, "9000.00", "big risk", null),
                c(NextBestAction.Type.OVERDUE_ACTION, "0.00", "later", LocalDate.of(2026, 10, 1)),
                c(NextBestAction.Type.RE_EXPOSE, "900.00", "re-expose", null),
                c(NextBestAction.Type.ASK_REFERRAL, "900.00", "referral", null)));

        assertThat(ranked).extracting(NextBestAction::reason)
                .containsExactly("later", "late", "big risk", "referral", "re-expose", "small cross-sell");
    }
}
