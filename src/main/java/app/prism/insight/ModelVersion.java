package app.prism.insight;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A stored fit of the learned ranking and the back-test it was judged by: the same ranking fitted on the history up to
 * {@code backtestCutOff} and replayed over the year after it.
 */
public record ModelVersion(long id, OffsetDateTime fittedAt, String fittedBy, LocalDate judgedAt,
        List<LocalDate> trainingCutOffs, long bought, long examples, java.util.Map<String, Double> coefficients,
        LocalDate backtestCutOff, List<Figure> backtest, String period) {

    /** One ranking's figures in the model's back-test. */
    public record Figure(String key, String label, double precision, Double revenueShare) {}

    LearnedModel model() {
        return new LearnedModel(judgedAt, trainingCutOffs, bought, examples, coefficients);
    }
}
