package app.prism.scoring;

/**
 * Where a criterion's rating comes from: by hand, or computed from a figure of the account's data and banded to 0..10.
 * A new computed kind (NPS once survey answers exist) is one more constant with its measure and default bands, one more
 * case in {@link ComputedCriteria}, and the value added to the check constraint of scoring_criterion.source.
 */
public enum CriterionSource {
    MANUAL(null, null, null),
    TTM_REVENUE(Measure.MONEY, "TTM revenue", "0:0;1:1;50000:3;250000:5;1000000:7;5000000:9;10000000:10"),
    REVENUE_GROWTH(Measure.RATIO, "Revenue growth (TTM against the TTM before)",
            "-1:0;-0.2:2;-0.05:4;0:5;0.05:6;0.1:7;0.2:8;0.35:9;0.5:10"),
    PENETRATION(Measure.RATIO, "Penetration (buying / applicable cells)", "0:0;0.05:2;0.1:3;0.2:5;0.3:6;0.4:7;0.5:8;0.7:10"),
    WHITESPACE_VALUE(Measure.MONEY, "Whitespace value", "0:0;100000:2;500000:4;1000000:5;2500000:6;5000000:7;10000000:8;20000000:9;50000000:10"),
    RELATIONSHIP_COVERAGE(Measure.RATIO,
            "Relationship coverage (units doing business with a decision maker or economic buyer known)",
            "0:0;0.25:3;0.5:5;0.75:8;1:10");

    /** What the figure is: money in the installation's currency, or a ratio (0.25 = 25%). */
    public enum Measure { MONEY, RATIO }

    private final Measure measure;
    private final String figure;
    private final String defaultBands;

    CriterionSource(Measure measure, String figure, String defaultBands) {
        this.measure = measure;
        this.figure = figure;
        this.defaultBands = defaultBands;
    }

    public boolean isComputed() {
        return this != MANUAL;
    }

    public Measure measure() {
        return measure;
    }

    /** The figure the rating is computed from, in words. */
    public String figure() {
        return figure;
    }

    /** Sensible bands when a model leaves them out; null for MANUAL. */
    public Banding defaultBanding() {
        return defaultBands == null ? null : Banding.parse(defaultBands);
    }
}
