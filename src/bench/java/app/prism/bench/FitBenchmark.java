package app.prism.bench;

import app.prism.insight.BacktestRule;
import app.prism.insight.CellsAt;
import app.prism.insight.FeatureRule;
import app.prism.insight.History;
import app.prism.insight.LearnedModel;
import app.prism.insight.LearnedRanking;
import app.prism.insight.Ranking;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Fitting the learned cross-sell ranking on a 1,000,000-sales history (issue 15): 2,000 units in 400 accounts, 30
 * products in bundles (an add-on follows its core product), big-ticket items that sell rarely, segments that differ,
 * four years of monthly sales. In memory, as the service holds the history once read: it times building the history,
 * the fit (four training cut-offs, Tribuo) and one back-test at a cut-off, and prints the heap used (run at -Xmx512m).
 *
 * <pre>./mvnw -B -Pbench test-compile exec:exec@bench -Dbench.main=app.prism.bench.FitBenchmark</pre>
 */
public final class FitBenchmark {

    public static void main(String[] args) {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));
        LocalDate end = LocalDate.of(2026, 6, 30);
        LocalDate start = end.minusYears(4);
        Random random = new Random(15);
        long t0 = System.nanoTime();
        History.Builder b = History.builder();
        int products = 30;
        for (int p = 1; p <= products; p++) {
            BigDecimal value = BigDecimal.valueOf(p % 10 == 0 ? 50_000 : 500L * (1 + p % 7));
            b.product(p, "P" + p, value, true);
        }
        int units = (int) Math.round(2000 * scale);
        long sales = 0;
        String[] kinds = {"SITE", "COMPANY", "DIVISION"};
        String[] countries = {"DE", "FR", "NL", "AT"};
        for (int u = 1; u <= units; u++) {
            String kind = random.nextDouble() < 0.7 ? "SITE" : kinds[1 + random.nextInt(2)];
            String country = countries[random.nextInt(countries.length)];
            b.unit(u, 1 + (u - 1) / 5, kind, country);
            Set<Integer> owned = new HashSet<>();
            for (int p = 1; p <= products; p++) if (random.nextDouble() < 0.26) owned.add(p);
            for (LocalDate month = start; !month.isAfter(end); month = month.plusMonths(1)) {
                for (int p = 1; p <= products; p++) {
                    if (owned.contains(p)) continue;
                    boolean bundle = p % 2 == 0 && owned.contains(p - 1);
                    double chance = p % 10 == 0 ? (bundle ? 0.01 : 0.0003) : bundle ? 0.04 : 0.002;
                    if (country.equals("DE") && p % 3 == 0) chance *= 3;
                    if (random.nextDouble() < chance) owned.add(p);
                }
                for (int p : owned) {
                    long monthly = (p % 10 == 0 ? 50_000 : 500L * (1 + p % 7)) * 100 / 12;
                    b.sale(u, p, month.plusDays(random.nextInt(27)).toEpochDay(),
                            Math.round(monthly * (0.7 + 0.6 * random.nextDouble())));
                    sales++;
                }
            }
        }
        History h = b.build();
        long t1 = System.nanoTime();
        LearnedModel model = LearnedRanking.fit(h, end).orElseThrow();
        long t2 = System.nanoTime();
        LocalDate cutOff = end.minusDays(365);
        LearnedModel then = LearnedRanking.fit(h, cutOff).orElseThrow();
        CellsAt at = CellsAt.of(h, cutOff);
        var features = FeatureRule.of(at, CellsAt.of(h, cutOff.minusDays(365)));
        List<Ranking> rankings = new ArrayList<>(Ranking.baselines(42));
        rankings.add(0, LearnedRanking.ranking(then));
        var figures = BacktestRule.evaluate(features, BacktestRule.outcomes(at), rankings, null);
        long t3 = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("units %d, sales lines %,d (%,d pair-days), products %d%n", units, sales, h.salesDays(),
                products);
        System.out.printf("build history %.1f s; fit %.1f s (%,d examples, %,d bought); back-test at %s (fit + rank + "
                + "judge) %.1f s; max heap %d MB, used after %d MB%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                model.examples(), model.bought(), cutOff, (t3 - t2) / 1e9, rt.maxMemory() >> 20,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
        figures.forEach(f -> System.out.printf("  %-50s p@5 %.3f  revenue in the top 5 %.3f%n", f.label(),
                f.precision(), f.revenueShare()));
    }
}
