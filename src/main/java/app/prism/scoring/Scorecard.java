package app.prism.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An account's scores under one model: each criterion rated by hand or computed from the facts, the two axis scores
 * ({@link AxisScore}) and the segment ({@link Segmenter}). Hand ratings are kept by criterion key, so a new model
 * version (other weights, criteria added or dropped) rescores the same ratings; a hand rating of a criterion that is
 * now computed, or no longer in the model, does not count.
 */
public record Scorecard(BigDecimal attractiveness, BigDecimal strength, Segment segment, List<CriterionRating> ratings) {

    public static Scorecard of(ScoringModel model, ComputedCriteria.AccountFacts facts, Map<String, HandRating> hand) {
        List<CriterionRating> ratings = new ArrayList<>();
        List<AxisScore.Rated> attractiveness = new ArrayList<>();
        List<AxisScore.Rated> strength = new ArrayList<>();
        for (ScoringModel.Criterion c : model.criteria()) {
            CriterionRating rating;
            if (c.source().isComputed()) {
                BigDecimal figure = ComputedCriteria.figure(c.source(), facts);
                rating = new CriterionRating(c.key(), c.name(), c.description(), c.axis(), c.weight(), c.source(),
                        c.banding().score(figure), figure, null, null, null);
            } else {
                HandRating h = hand.get(c.key());
                rating = new CriterionRating(c.key(), c.name(), c.description(), c.axis(), c.weight(), c.source(),
                        h == null ? null : h.score(), null, h == null ? null : h.note(), h == null ? null : h.ratedBy(),
                        h == null ? null : h.ratedAt());
            }
            ratings.add(rating);
            if (rating.value() != null) {
                (c.axis() == Axis.ATTRACTIVENESS ? attractiveness : strength).add(new AxisScore.Rated(rating.value(), c.weight()));
            }
        }
        return new Scorecard(AxisScore.of(attractiveness), AxisScore.of(strength),
                Segmenter.segment(AxisScore.exact(attractiveness), AxisScore.exact(strength), model.threshold()),
                List.copyOf(ratings));
    }
}
