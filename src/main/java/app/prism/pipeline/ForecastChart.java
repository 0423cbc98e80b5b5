package app.prism.pipeline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The forecast as an inline SVG: per period a bar of the WON value with the weighted OPEN value on top, the period's
 * target as a line across the bar, and the gap in the bar's title. Coordinates only; the template draws.
 */
record ForecastChart(int width, int height, int baseline, List<Bar> bars, List<Tick> ticks, boolean hasTargets) {

    record Bar(String period, int x, int barWidth, int wonY, int wonHeight, int weightedY, int weightedHeight,
            Integer targetY, String title) {}

    record Tick(int y, String label) {}

    static final int SLOT = 56, LEFT = 56, TOP = 12, PLOT = 180, BOTTOM = 28;

    static ForecastChart of(List<Pipeline.Period> periods, PipelineText text) {
        BigDecimal max = BigDecimal.ONE;
        boolean targets = false;
        for (Pipeline.Period p : periods) {
            max = max.max(p.forecast());
            if (p.target() != null) {
                max = max.max(p.target());
                targets = true;
            }
        }
        List<Bar> bars = new ArrayList<>();
        int base = TOP + PLOT;
        for (int i = 0; i < periods.size(); i++) {
            Pipeline.Period p = periods.get(i);
            int x = LEFT + i * SLOT + 8;
            int wonH = scale(p.won(), max);
            int weightedH = scale(p.weighted(), max);
            Integer targetY = p.target() == null ? null : base - scale(p.target(), max);
            String title = p.period() + ": won " + text.money(p.won()) + ", weighted open " + text.money(p.weighted())
                    + (p.target() == null ? ", no target"
                            : ", target " + text.money(p.target()) + ", gap " + text.money(p.gap()));
            bars.add(new Bar(p.period(), x, SLOT - 16, base - wonH, wonH, base - wonH - weightedH, weightedH, targetY,
                    title));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            BigDecimal v = max.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(4), 0,
                    java.math.RoundingMode.HALF_UP);
            ticks.add(new Tick(base - PLOT * i / 4, PipelineText.compact(v)));
        }
        return new ForecastChart(LEFT + periods.size() * SLOT + 8, TOP + PLOT + BOTTOM, base, bars, ticks, targets);
    }

    private static int scale(BigDecimal v, BigDecimal max) {
        if (v == null || v.signum() <= 0) return 0;
        return v.multiply(BigDecimal.valueOf(PLOT)).divide(max, 0, java.math.RoundingMode.HALF_UP).intValue();
    }
}
