package app.prism.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BacktestRuleTest {

    static final LocalDate C = LocalDate.of(2025, 1, 1);

    /** Two accounts; products 10 (1,000 a year), 20 (5,000), 30 (200). */
    private static History.Builder base() {
        return History.builder()
                .unit(1, 100, "SITE", "DE").unit(2, 100, "SITE", "DE").unit(3, 100, "SITE", "FR")
                .unit(4, 200, "SITE", "DE").unit(5, 200, "COMPANY", "DE")
                .product(10, "Ten", new BigDecimal("1000"), true).product(20, "Twenty", new BigDecimal("5000"), true)
                .product(30, "Thirty", new BigDecimal("200"), true);
    }

    private static CellsAt.Candidate candidate(CellsAt at, long unit, long product) {
        return at.candidates().stream().filter(c -> c.unitId() == unit && c.productId() == product).findFirst()
                .orElse(null);
    }

    @Test
    void aCellBoughtOnDayCPlus365CountsAndOnCPlus366DoesNot() {
        History h = base().sale(1, 10, C.plusDays(365), new BigDecimal("10"))
                .sale(2, 10, C.plusDays(366), new BigDecimal("10")).build();
        CellsAt at = CellsAt.of(h, C);

        assertThat(at.bought(candidate(at, 1, 10))).isTrue();
        assertThat(at.nextYearCents(candidate(at, 1, 10))).isEqualTo(1000);
        assertThat(at.bought(candidate(at, 2, 10))).isFalse();
        assertThat(at.nextYearCents(candidate(at, 2, 10))).isZero();
    }

    @Test
    void aSaleOnTheCutOffItselfIsNotNextYear() {
        History h = base().sale(1, 10, C, new BigDecimal("10")).build();
        CellsAt at = CellsAt.of(h, C);

        assertThat(candidate(at, 1, 10)).isNull();   // buying at C
        assertThat(candidate(at, 2, 10)).isNotNull();
    }

    @Test
    void aCellBuyingAtTheCutOffIsNotACandidateButOneBoughtBeforeTheTtmIs() {
        History h = base().sale(1, 10, C.minusDays(364), new BigDecimal("10"))
                .sale(2, 10, C.minusDays(365), new BigDecimal("10"))
                .fitMark(3, 10)
                .opportunity(4, 10, "WON", C.plusDays(10), C.minusDays(30))     // open at C
                .opportunity(5, 10, "LOST", C.minusDays(10), C.minusDays(60))   // lost in the TTM
                .build();
        CellsAt at = CellsAt.of(h, C);

        assertThat(candidate(at, 1, 10)).isNull();
        assertThat(candidate(at, 2, 10)).isNotNull();
        assertThat(candidate(at, 3, 10)).isNull();
        assertThat(candidate(at, 4, 10)).isNull();
        assertThat(candidate(at, 5, 10)).isNull();
        assertThat(at.candidates()).hasSize(5 * 3 - 4);
    }

    @Test
    void aCreditNoteCancellingTheSaleMeansTheCellNeverBecameBuying() {
        History h = base().sale(1, 10, C.plusDays(10), new BigDecimal("10"))
                .sale(1, 10, C.plusDays(10), new BigDecimal("-10")).build();
        CellsAt at = CellsAt.of(h, C);

        assertThat(at.bought(candidate(at, 1, 10))).isFalse();
    }

    @Test
    void theBaselinesAreComputedExactly() {
        // at C: unit 2 buys 10 and 30; unit 4 buys 10; unit 5 buys 30. Next year: unit 1 buys 20 (5,000) and 30 (50),
        // unit 3 buys 10 (300); unit 4 buys 30 (100).
        History h = base()
                .sale(2, 10, C.minusDays(100), new BigDecimal("900")).sale(2, 30, C.minusDays(100), new BigDecimal("150"))
                .sale(4, 10, C.minusDays(50), new BigDecimal("1100")).sale(5, 30, C.minusDays(20), new BigDecimal("250"))
                .sale(1, 20, C.plusDays(30), new BigDecimal("5000")).sale(1, 30, C.plusDays(40), new BigDecimal("50"))
                .sale(3, 10, C.plusDays(50), new BigDecimal("300")).sale(4, 30, C.plusDays(60), new BigDecimal("100"))
                .build();
        CellsAt at = CellsAt.of(h, C);
        List<Features> features = FeatureRule.of(at, null);
        Map<CellsAt.Candidate, BacktestRule.Outcome> outcomes = BacktestRule.outcomes(at);

        List<BacktestRule.RankingFigures> figures = BacktestRule.evaluate(features, outcomes,
                List.of(Ranking.VALUE_ONLY, Ranking.POPULARITY, Ranking.CO_OCCURRENCE, Ranking.PRISM_TODAY), null);
        var value = figures.get(0);
        var popularity = figures.get(1);

        // account 100 has 9 - 2 = 7 candidates, account 200 has 6 - 2 = 4; next year's revenue 5,350 and 100
        assertThat(value.accounts()).extracting(BacktestRule.AccountFigures::candidates).containsExactly(7, 4);
        assertThat(value.revenueAllCents()).isEqualTo(545_000);
        // value only, account 100: 20@1, 20@2, 20@3, 10@1, 10@3 (5,000, 5,000, 5,000, 1,000, 1,000) → hits 20@1, 10@3
        // account 200: 20@4, 20@5, 10@5, 30@4 → hit 30@4
        assertThat(value.accounts().get(0).top()).extracting(CellsAt.Candidate::unitId, CellsAt.Candidate::productId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 20L), org.assertj.core.groups.Tuple.tuple(2L, 20L),
                        org.assertj.core.groups.Tuple.tuple(3L, 20L), org.assertj.core.groups.Tuple.tuple(1L, 10L),
                        org.assertj.core.groups.Tuple.tuple(3L, 10L));
        assertThat(value.hits()).isEqualTo(3);
        assertThat(value.suggested()).isEqualTo(9);
        assertThat(value.precision()).isEqualTo(3.0 / 9);
        assertThat(value.revenueTopCents()).isEqualTo(530_000 + 10_000);
        assertThat(value.revenueShare()).isEqualTo(540_000.0 / 545_000);
        // popularity: 10 and 30 are bought in 2 accounts, 20 in none. Account 100: 10@1, 10@3, 30@1, 30@3, 20@1
        // → hits 10@3, 30@1, 20@1 = 5,350; account 200: 10@5, 30@4, 20@4, 20@5 → hit 30@4
        assertThat(popularity.hits()).isEqualTo(4);
        assertThat(popularity.revenueTopCents()).isEqualTo(545_000);
        assertThat(popularity.accounts().get(0).precision()).isEqualTo(3.0 / 5);
    }

    @Test
    void theRandomRankingIsTheSameForTheSameSeedAndDiffersForAnother() {
        History h = base().build();
        List<Features> features = FeatureRule.of(CellsAt.of(h, C), null);
        var one = BacktestRule.topOfEachAccount(features, Ranking.random(7));
        var again = BacktestRule.topOfEachAccount(features, Ranking.random(7));
        var other = BacktestRule.topOfEachAccount(features, Ranking.random(8));

        assertThat(again).isEqualTo(one);
        assertThat(other).isNotEqualTo(one);
    }

    @Test
    void peerGroupsFallBackFromNarrowToBroadWhenAGroupHasTooFewUnits() {
        History.Builder b = History.builder().product(10, "Ten", new BigDecimal("100"), true);
        // six sites in DE (five peers each), two sites in FR, one company in FR with five other units in its account
        for (long u = 1; u <= 6; u++) b.unit(u, 1, "SITE", "DE");
        b.unit(7, 2, "SITE", "FR").unit(8, 2, "SITE", "FR");
        for (long u = 9; u <= 14; u++) b.unit(u, 3, u == 9 ? "COMPANY" : "DEPARTMENT", "FR");
        b.unit(15, 4, "GROUP", null);
        b.sale(1, 10, C.minusDays(5), BigDecimal.TEN).sale(7, 10, C.minusDays(5), BigDecimal.TEN);
        List<Features> f = FeatureRule.of(CellsAt.of(b.build(), C), null);
        java.util.function.Function<Long, Features.Peers> peers = unit -> f.stream()
                .filter(x -> x.candidate().unitId() == unit).findFirst().orElseThrow().peers();

        assertThat(peers.apply(2L)).isEqualTo(new Features.Peers(Features.Level.KIND_AND_COUNTRY, 1, 5));
        assertThat(peers.apply(8L)).isEqualTo(new Features.Peers(Features.Level.KIND, 2, 7));
        assertThat(peers.apply(9L)).isEqualTo(new Features.Peers(Features.Level.ACCOUNT, 0, 5));
        assertThat(peers.apply(15L)).isEqualTo(new Features.Peers(Features.Level.EVERYONE, 2, 14));
    }
}
