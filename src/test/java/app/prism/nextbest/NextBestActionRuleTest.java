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

    @ParameterizedTest(name = "top {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 5, 10, 50, 499, 500, 2000})
    void theTopOfTheRankingIsTheRankingsFirstActionsWithOnlyTheirReasonsWritten(int limit) {
        // 500 candidates with many ties: 5 values × 5 types, some overdue with due dates, reasons that break ties
        java.util.Random random = new java.util.Random(limit);
        List<NextBestActionRule.Candidate> plain = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            NextBestAction.Type type = NextBestAction.Type.values()[random.nextInt(5)];
            LocalDate due = type == NextBestAction.Type.OVERDUE_ACTION ? LocalDate.of(2026, 11, 1 + random.nextInt(3)) : null;
            plain.add(c(type, String.valueOf(random.nextInt(5) * 100), "reason " + random.nextInt(1000), due));
        }
        int[] written = {0};
        List<NextBestActionRule.Lazy> lazy = plain.stream().map(c -> new NextBestActionRule.Lazy(c.action().type(),
                null, null, null, null, () -> {
                    written[0]++;
                    return c.action().reason();
                }, c.action().expectedValue(), null, c.due())).toList();
        List<NextBestAction> all = NextBestActionRule.rank(plain);

        assertThat(NextBestActionRule.top(lazy, limit)).isEqualTo(all.subList(0, Math.min(limit, all.size())));
        if (limit <= 10) assertThat(written[0]).isLessThan(200);   // the rest never needed a reason
    }

    @org.junit.jupiter.api.Test
    void theBestOfEachTypeAreEachTypesFirstInTheRankingsOrder() {
        java.util.Random random = new java.util.Random(3);
        List<NextBestActionRule.Candidate> plain = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            NextBestAction.Type type = NextBestAction.Type.values()[random.nextInt(5)];
            LocalDate due = type == NextBestAction.Type.OVERDUE_ACTION ? LocalDate.of(2026, 10, 1 + random.nextInt(20)) : null;
            plain.add(c(type, String.valueOf(random.nextInt(4) * 250), "why " + random.nextInt(50), due));
        }
        List<NextBestAction> all = NextBestActionRule.rank(plain);
        java.util.Map<NextBestAction.Type, Integer> seen = new java.util.EnumMap<>(NextBestAction.Type.class);
        List<NextBestAction> expected = all.stream().filter(a -> seen.merge(a.type(), 1, Integer::sum) <= 3).toList();

        List<NextBestAction> best = NextBestActionRule.bestOfEachType(plain.stream()
                .map(NextBestActionRule.Lazy::of).toList(), 3);

        assertThat(best).hasSize(15).isEqualTo(expected);
    }
}
