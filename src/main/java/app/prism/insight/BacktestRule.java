package app.prism.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The back-test of cross-sell rankings at a cut-off C (PRODUCT.md section 5): each account's whitespace cells at C are
 * ranked, and its top {@link #TOP} compared with the cells that became BUYING in (C, C + 365].
 * <ul>
 * <li>precision@5 — of the cells suggested (five, or all of an account's cells when it has fewer), the share bought;</li>
 * <li>revenue in the top 5 — of the revenue the account's whitespace cells brought in (C, C + 365], the share the
 * suggested cells brought (null when they brought none).</li>
 * </ul>
 * Overall figures add up the accounts' counts and money (each suggestion and each euro weighs the same).
 */
public final class BacktestRule {

    public static final int TOP = 5;

    private BacktestRule() {}

    /** What one candidate became: bought within the year, and its revenue in that year. */
    public record Outcome(boolean bought, long nextYearCents) {}

    public record AccountFigures(long accountId, int candidates, int suggested, int hits, long revenueTopCents,
            long revenueAllCents, List<CellsAt.Candidate> top) {

        public double precision() {
            return suggested == 0 ? 0 : (double) hits / suggested;
        }

        public Double revenueShare() {
            return revenueAllCents == 0 ? null : (double) revenueTopCents / revenueAllCents;
        }

        public long missedCents() {
            return revenueAllCents - revenueTopCents;
        }
    }

    public record RankingFigures(String key, String label, int suggested, int hits, long revenueTopCents,
            long revenueAllCents, List<AccountFigures> accounts) {

        public double precision() {
            return suggested == 0 ? 0 : (double) hits / suggested;
        }

        public Double revenueShare() {
            return revenueAllCents == 0 ? null : (double) revenueTopCents / revenueAllCents;
        }
    }

    /** The top {@link #TOP} of each account under the ranking, best first. */
    public static Map<Long, List<Features>> topOfEachAccount(List<Features> features, Ranking ranking) {
        Map<Long, List<Features>> byAccount = new LinkedHashMap<>();
        features.forEach(f -> byAccount.computeIfAbsent(f.candidate().accountId(), k -> new ArrayList<>()).add(f));
        Map<Long, List<Features>> out = new LinkedHashMap<>();
        byAccount.forEach((account, list) -> {
            Map<Features, Double> scores = new HashMap<>();
            list.forEach(f -> scores.put(f, ranking.score(f)));
            List<Features> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparingDouble((Features f) -> scores.get(f)).reversed()
                    .thenComparingLong(f -> f.candidate().unitId()).thenComparingLong(f -> f.candidate().productId()));
            out.put(account, List.copyOf(sorted.subList(0, Math.min(TOP, sorted.size()))));
        });
        return out;
    }

    /** The figures of each ranking over the accounts given (all when null). */
    public static List<RankingFigures> evaluate(List<Features> features, Map<CellsAt.Candidate, Outcome> outcomes,
            List<Ranking> rankings, Set<Long> accounts) {
        List<Features> seen = accounts == null ? features
                : features.stream().filter(f -> accounts.contains(f.candidate().accountId())).toList();
        Map<Long, long[]> all = new LinkedHashMap<>();
        for (Features f : seen) {
            long[] n = all.computeIfAbsent(f.candidate().accountId(), k -> new long[2]);
            n[0]++;
            n[1] += outcomes.get(f.candidate()).nextYearCents();
        }
        List<RankingFigures> out = new ArrayList<>();
        for (Ranking r : rankings) {
            List<AccountFigures> perAccount = new ArrayList<>();
            int suggested = 0, hits = 0;
            long top = 0, revenue = 0;
            for (var e : topOfEachAccount(seen, r).entrySet()) {
                int h = 0;
                long cents = 0;
                for (Features f : e.getValue()) {
                    Outcome o = outcomes.get(f.candidate());
                    if (o.bought()) h++;
                    cents += o.nextYearCents();
                }
                long[] n = all.get(e.getKey());
                perAccount.add(new AccountFigures(e.getKey(), (int) n[0], e.getValue().size(), h, cents, n[1],
                        e.getValue().stream().map(Features::candidate).toList()));
                suggested += e.getValue().size();
                hits += h;
                top += cents;
                revenue += n[1];
            }
            out.add(new RankingFigures(r.key(), r.label(), suggested, hits, top, revenue, perAccount));
        }
        return out;
    }

    /** What every candidate became in (C, C + 365]. */
    public static Map<CellsAt.Candidate, Outcome> outcomes(CellsAt at) {
        Map<CellsAt.Candidate, Outcome> out = new HashMap<>();
        for (CellsAt.Candidate c : at.candidates) out.put(c, new Outcome(at.bought(c), at.nextYearCents(c)));
        return out;
    }
}
