package app.prism.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.scoring.ComputedCriteria.AccountFacts;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorecardTest {

    private static final AccountFacts NO_FACTS = new AccountFacts(null, null, null, null, null, null);

    private static ScoringModel.Criterion manual(String key, Axis axis, String weight) {
        return new ScoringModel.Criterion(key, key, null, axis, new BigDecimal(weight), CriterionSource.MANUAL, null);
    }

    private static ScoringModel.Criterion computed(String key, Axis axis, String weight, CriterionSource source) {
        return new ScoringModel.Criterion(key, key, null, axis, new BigDecimal(weight), source,
                source.defaultBanding().bands());
    }

    private static ScoringModel model(String threshold, ScoringModel.Criterion... criteria) {
        return new ScoringModel(1, new BigDecimal(threshold), List.of(criteria), null, null);
    }

    private static Map<String, HandRating> hand(Object... keysAndScores) {
        Map<String, HandRating> out = new HashMap<>();
        for (int i = 0; i < keysAndScores.length; i += 2) {
            String key = (String) keysAndScores[i];
            out.put(key, new HandRating(key, new BigDecimal(keysAndScores[i + 1].toString()), null, 1L, "Ann", null));
        }
        return out;
    }

    @Test
    void anAccountRatedOnOneAxisOnlyHasNoSegment() {
        ScoringModel m = model("5", manual("fit", Axis.ATTRACTIVENESS, "1"), manual("position", Axis.STRENGTH, "1"));
        Scorecard card = Scorecard.of(m, NO_FACTS, hand("fit", 8));
        assertThat(card.attractiveness()).isEqualByComparingTo("8");
        assertThat(card.strength()).isNull();
        assertThat(card.segment()).isNull();
        assertThat(card.ratings()).extracting(CriterionRating::value).containsExactly(new BigDecimal("8"), null);
    }

    @Test
    void exactlyAtTheThresholdOnBothAxesIsStrategic() {
        ScoringModel m = model("5", manual("a", Axis.ATTRACTIVENESS, "1"), manual("b", Axis.ATTRACTIVENESS, "1"),
                manual("s", Axis.STRENGTH, "2"));
        Scorecard card = Scorecard.of(m, NO_FACTS, hand("a", 4, "b", 6, "s", 5));
        assertThat(card.attractiveness()).isEqualByComparingTo("5");
        assertThat(card.strength()).isEqualByComparingTo("5");
        assertThat(card.segment()).isEqualTo(Segment.STRATEGIC);
    }

    @Test
    void weightsChangedAfterRatingRescoreTheSameRatings() {
        Map<String, HandRating> ratings = hand("size", 8, "fit", 2, "position", 6);
        ScoringModel before = model("5", manual("size", Axis.ATTRACTIVENESS, "1"), manual("fit", Axis.ATTRACTIVENESS, "1"),
                manual("position", Axis.STRENGTH, "1"));
        ScoringModel after = model("5", manual("size", Axis.ATTRACTIVENESS, "1"), manual("fit", Axis.ATTRACTIVENESS, "3"),
                manual("position", Axis.STRENGTH, "1"));
        Scorecard was = Scorecard.of(before, NO_FACTS, ratings);
        Scorecard now = Scorecard.of(after, NO_FACTS, ratings);
        assertThat(was.attractiveness()).isEqualByComparingTo("5");     // (8 + 2) / 2
        assertThat(was.segment()).isEqualTo(Segment.STRATEGIC);
        assertThat(now.attractiveness()).isEqualByComparingTo("3.5");   // (8 + 3×2) / 4
        assertThat(now.segment()).isEqualTo(Segment.MAINTAIN);
    }

    @Test
    void aDroppedCriterionNoLongerCountsAndAHandRatingOfAComputedCriterionIsIgnored() {
        ScoringModel m = model("5", manual("fit", Axis.ATTRACTIVENESS, "1"),
                computed("share", Axis.STRENGTH, "1", CriterionSource.PENETRATION));
        AccountFacts facts = new AccountFacts(null, null, new BigDecimal("0.5"), null, null, null);
        Scorecard card = Scorecard.of(m, facts, hand("fit", 6, "gone", 0, "share", 1));
        assertThat(card.attractiveness()).isEqualByComparingTo("6");
        assertThat(card.strength()).isEqualByComparingTo("8");          // 0.5 penetration is band 8, not the hand 1
        assertThat(card.segment()).isEqualTo(Segment.STRATEGIC);
        assertThat(card.ratings().get(1).figure()).isEqualByComparingTo("0.5");
    }

    @ParameterizedTest(name = "TTM {0}, previous {1} -> growth {2}")
    @CsvSource(nullValues = "none", value = {
            "120, 100, 0.2000", "80, 100, -0.2000", "100, 100, 0.0000", "50, 0, none", "0, 0, none", "10, -5, none"})
    void growthIsAgainstThePreviousTtmAndNoneWithoutAPreviousYear(BigDecimal ttm, BigDecimal previous, BigDecimal growth) {
        AccountFacts f = new AccountFacts(ttm, previous, null, null, null, null);
        BigDecimal figure = ComputedCriteria.figure(CriterionSource.REVENUE_GROWTH, f);
        if (growth == null) assertThat(figure).isNull();
        else assertThat(figure).isEqualByComparingTo(growth);
    }

    @ParameterizedTest(name = "{1} of {0} units covered -> {2}")
    @CsvSource(nullValues = "none", value = {"4, 1, 0.2500", "3, 3, 1.0000", "2, 0, 0.0000", "0, 0, none"})
    void relationshipCoverageIsTheShareOfUnitsDoingBusinessWithADecisionMakerKnown(int doing, int covered,
            BigDecimal share) {
        AccountFacts f = new AccountFacts(null, null, null, null, doing, covered);
        BigDecimal figure = ComputedCriteria.figure(CriterionSource.RELATIONSHIP_COVERAGE, f);
        if (share == null) assertThat(figure).isNull();
        else assertThat(figure).isEqualByComparingTo(share);
    }

    @Test
    void computedCriteriaWithoutAFigureLeaveTheAxisUnscored() {
        ScoringModel m = model("5", computed("growth", Axis.ATTRACTIVENESS, "1", CriterionSource.REVENUE_GROWTH),
                computed("rel", Axis.STRENGTH, "1", CriterionSource.RELATIONSHIP_COVERAGE));
        Scorecard card = Scorecard.of(m, new AccountFacts(BigDecimal.TEN, BigDecimal.ZERO, null, null, 0, 0), Map.of());
        assertThat(card.attractiveness()).isNull();
        assertThat(card.strength()).isNull();
        assertThat(card.segment()).isNull();
    }
}
