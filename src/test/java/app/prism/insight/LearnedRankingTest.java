package app.prism.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

class LearnedRankingTest {

    static final LocalDate FROM = LocalDate.of(2021, 1, 1);
    static final LocalDate JUDGED = LocalDate.of(2024, 1, 1);

    @Test
    void theFitNeverSeesDataAfterTheDateItIsJudgedOn() {
        History.Builder plain = StructuredHistory.of(3, 40, FROM, JUDGED);
        History.Builder withFuture = StructuredHistory.of(3, 40, FROM, JUDGED);
        // the future: every unit buys everything the day after, and an opportunity recorded then
        for (long unit = 1; unit <= 200; unit++) {
            for (long p = 1; p <= 5; p++) withFuture.sale(unit, p, JUDGED.plusDays(1), new BigDecimal("99999"));
            withFuture.opportunity(unit, 4, "LOST", JUDGED.plusDays(3), JUDGED.plusDays(2));
        }

        LearnedModel one = LearnedRanking.fit(plain.build(), JUDGED).orElseThrow();
        LearnedModel other = LearnedRanking.fit(withFuture.build(), JUDGED).orElseThrow();

        assertThat(other.coefficients()).isEqualTo(one.coefficients());
        assertThat(one.trainingCutOffs()).allSatisfy(t -> assertThat(t.plusDays(365)).isBeforeOrEqualTo(JUDGED));
        assertThat(one.trainingCutOffs()).hasSize(LearnedRanking.CUT_OFFS);
    }

    @Test
    void aHistoryShorterThanTwoYearsLearnsNothing() {
        History h = StructuredHistory.of(3, 40, LocalDate.of(2022, 6, 1), JUDGED).build();

        assertThat(LearnedRanking.trainingCutOffs(h, JUDGED)).isEmpty();
        assertThat(LearnedRanking.fit(h, JUDGED)).isEmpty();
    }

    @Test
    void theStoredCoefficientsGiveTribuosOwnProbabilities() {
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("t", labels), labels);
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < 2000; i++) {
            double[] x = new double[LearnedRanking.FEATURES.length];
            for (int j = 0; j < x.length; j++) x[j] = r.nextDouble();
            boolean yes = r.nextDouble() < 0.2 + 0.6 * x[0];
            data.add(new ArrayExample<>(new Label(yes ? LearnedRanking.BOUGHT : LearnedRanking.NOT_BOUGHT),
                    LearnedRanking.FEATURES, x));
        }
        LinearSGDModel tribuo = new LogisticRegressionTrainer().train(data);
        LearnedModel model = LearnedModel.of(tribuo, JUDGED, List.of(), 0, 0);
        LearnedModel reread = new LearnedModel(JUDGED, List.of(), 0, 0,
                LearnedModel.parseCoefficients(model.coefficientsText()));

        History h = StructuredHistory.of(5, 20, FROM, JUDGED).build();
        List<Features> features = FeatureRule.of(CellsAt.of(h, JUDGED), null);
        for (Features f : features.subList(0, 50)) {
            double expected = tribuo.predict(new ArrayExample<>(new Label(LearnedRanking.BOUGHT),
                    LearnedRanking.FEATURES, LearnedRanking.vector(f))).getOutputScores().get(LearnedRanking.BOUGHT)
                    .getScore();
            assertThat(reread.probability(f)).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(model.coefficients().get("peerShare")).isPositive();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {11, 12, 13})
    void onAHistoryWithStructureTheLearnedRankingBeatsEveryBaselineOnRevenueWithoutLowerPrecision(long seed) {
        LocalDate cutOff = LocalDate.of(2024, 1, 1);
        History h = StructuredHistory.of(seed, 120, FROM, cutOff.plusDays(365)).build();
        Optional<LearnedModel> model = LearnedRanking.fit(h, cutOff);
        CellsAt at = CellsAt.of(h, cutOff);
        List<Features> features = FeatureRule.of(at, CellsAt.of(h, cutOff.minusDays(365)));
        List<Ranking> rankings = new java.util.ArrayList<>(Ranking.baselines(42));
        rankings.add(0, LearnedRanking.ranking(model.orElseThrow()));

        var figures = BacktestRule.evaluate(features, BacktestRule.outcomes(at), rankings, null);
        figures.forEach(f -> System.out.printf("%-50s p@5 %.3f revenue %.3f%n", f.label(), f.precision(),
                f.revenueShare()));
        var learned = figures.get(0);
        for (var baseline : figures.subList(1, figures.size())) {
            assertThat(learned.revenueShare()).as(baseline.label()).isGreaterThan(baseline.revenueShare());
            assertThat(learned.precision()).as(baseline.label()).isGreaterThanOrEqualTo(baseline.precision());
        }
    }
}
