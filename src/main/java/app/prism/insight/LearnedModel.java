package app.prism.insight;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.classification.sgd.linear.LinearSGDModel;

/**
 * A fitted cross-sell model in plain numbers: one coefficient per feature and the bias, so that it can be stored,
 * shown, and read again without the library. P(bought) = 1 / (1 + exp(-(bias + Σ coefficient × feature))).
 */
public record LearnedModel(LocalDate judgedAt, List<LocalDate> trainingCutOffs, long bought, long examples,
        Map<String, Double> coefficients) {

    public static final String BIAS = org.tribuo.Model.BIAS_FEATURE;

    static LearnedModel of(LinearSGDModel model, LocalDate judgedAt, List<LocalDate> cutOffs, long bought,
            long examples) {
        return new LearnedModel(judgedAt, List.copyOf(cutOffs), bought, examples,
                LearnedRanking.coefficients(model));
    }

    public double probability(Features f) {
        double[] x = LearnedRanking.vector(f);
        double s = coefficients.getOrDefault(BIAS, 0.0);
        for (int i = 0; i < x.length; i++) s += coefficients.getOrDefault(LearnedRanking.FEATURES[i], 0.0) * x[i];
        return 1 / (1 + Math.exp(-s));
    }

    /** The coefficients as stored: one "name=value" a line. */
    public String coefficientsText() {
        StringBuilder out = new StringBuilder();
        coefficients.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        return out.toString();
    }

    public static Map<String, Double> parseCoefficients(String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) out.put(line.substring(0, eq), Double.parseDouble(line.substring(eq + 1)));
        }
        return out;
    }
}
