package app.prism.scoring;

import java.math.BigDecimal;

/**
 * The segment rule of PRODUCT.md section 4: attractiveness ≥ t and strength ≥ t STRATEGIC; attractiveness ≥ t and
 * strength &lt; t DEVELOP; attractiveness &lt; t and strength ≥ t MAINTAIN; both &lt; t OPPORTUNISTIC. A score exactly at
 * the threshold counts as reaching it. An account without a score on either axis has no segment (null): unscored.
 */
public final class Segmenter {

    public static final BigDecimal DEFAULT_THRESHOLD = BigDecimal.valueOf(5);

    private Segmenter() {}

    public static Segment segment(BigDecimal attractiveness, BigDecimal strength, BigDecimal threshold) {
        if (attractiveness == null || strength == null) return null;
        boolean attractive = attractiveness.compareTo(threshold) >= 0;
        boolean strong = strength.compareTo(threshold) >= 0;
        if (attractive) return strong ? Segment.STRATEGIC : Segment.DEVELOP;
        return strong ? Segment.MAINTAIN : Segment.OPPORTUNISTIC;
    }
}
