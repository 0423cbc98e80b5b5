package app.prism.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The features of every whitespace cell at a cut-off, from the cells at that date alone (and, for the conversion, the
 * cells a year before it with what they became by the cut-off): nothing after the cut-off is read.
 *
 * <p>Peer groups fall back from narrow to broad — same kind and country → same kind → the account's other units →
 * everyone — and a group counts only with at least {@link #MIN_PEERS} units besides the unit itself.
 */
public final class FeatureRule {

    public static final int MIN_PEERS = 5;
    /** A conversion rate of a segment counts only over at least this many cells. */
    public static final int MIN_CELLS = 10;

    private static void count(long[] n, int bought) {
        n[0] += bought;
        n[1]++;
    }

    private FeatureRule() {}

    public static List<Features> of(CellsAt at, CellsAt yearBefore) {
        History h = at.history;
        Map<String, List<Long>> byProfile = new HashMap<>();
        Map<String, List<Long>> byKind = new HashMap<>();
        Map<Long, List<Long>> byAccount = new HashMap<>();
        for (History.Unit u : h.units.values()) {
            byProfile.computeIfAbsent(profile(u), k -> new ArrayList<>()).add(u.id());
            byKind.computeIfAbsent(u.kind(), k -> new ArrayList<>()).add(u.id());
            byAccount.computeIfAbsent(u.accountId(), k -> new ArrayList<>()).add(u.id());
        }
        Map<String, Map<Long, Long>> profileBuyers = buyers(byProfile, at);
        Map<String, Map<Long, Long>> kindBuyers = buyers(byKind, at);
        Map<Long, Map<Long, Long>> accountBuyers = buyers(byAccount, at);
        Set<Long> accounts = new HashSet<>(byAccount.keySet());

        // Products by a dense index, so the inner loops (every candidate × every product its unit buys) read arrays
        // instead of boxed maps; a unit's products keep the iteration order of its set, so ties fall as before.
        Map<Long, Integer> index = new HashMap<>();
        for (History.Product product : h.products) index.putIfAbsent(product.id(), index.size());
        at.buyersOfProduct.keySet().forEach(id -> index.putIfAbsent(id, index.size()));
        at.candidates.forEach(c -> index.putIfAbsent(c.productId(), index.size()));
        if (yearBefore != null) {
            yearBefore.buyersOfProduct.keySet().forEach(id -> index.putIfAbsent(id, index.size()));
            yearBefore.candidates.forEach(c -> index.putIfAbsent(c.productId(), index.size()));
        }
        int n = index.size();
        long[] ids = new long[n];
        index.forEach((id, i) -> ids[i] = id);
        Map<Long, int[]> mineAt = new HashMap<>();
        long[] buyersOf = new long[n];
        at.buyersOfProduct.forEach((product, units) -> buyersOf[index.get(product)] = units.size());

        Map<Long, Set<Long>> accountsBuying = new HashMap<>();
        int[] together = new int[n * n];   // [p * n + q]: units buying both p and q (ints: 4 bytes × n²)
        at.buyingOfUnit.forEach((unit, products) -> {
            History.Unit u = h.units.get(unit);
            int[] mine = indexes(products, index);
            mineAt.put(unit, mine);
            for (int i = 0; i < mine.length; i++) {
                accountsBuying.computeIfAbsent(ids[mine[i]], k -> new HashSet<>()).add(u.accountId());
                for (int j = 0; j < mine.length; j++) if (j != i) together[mine[i] * n + mine[j]]++;
            }
        });
        long[][] conversion = new long[n][2];
        Map<String, Integer> profiles = new HashMap<>();
        for (History.Unit u : h.units.values()) profiles.putIfAbsent(profile(u), profiles.size());
        long[] segmentBought = new long[profiles.size() * n], segmentCells = new long[profiles.size() * n];
        int[] togetherBought = new int[n * n], togetherCells = new int[n * n];   // [q * n + p]
        if (yearBefore != null) {
            Map<Long, int[]> mineThen = new HashMap<>();
            for (CellsAt.Candidate c : yearBefore.candidates) {
                History.Unit u = h.units.get(c.unitId());
                int bought = yearBefore.bought(c) ? 1 : 0;
                int p = index.get(c.productId());
                count(conversion[p], bought);
                int seg = profiles.get(profile(u)) * n + p;
                segmentBought[seg] += bought;
                segmentCells[seg]++;
                for (int q : mineThen.computeIfAbsent(c.unitId(), x -> indexes(yearBefore.buying(x), index))) {
                    togetherBought[q * n + p] += bought;
                    togetherCells[q * n + p]++;
                }
            }
        }

        List<Features> out = new ArrayList<>(at.candidates.size());
        int[] none = new int[0];
        for (CellsAt.Candidate c : at.candidates) {
            History.Unit u = h.units.get(c.unitId());
            long p = c.productId();
            int pi = index.get(p);
            long pBuyers = profileBuyers.get(profile(u)).getOrDefault(p, 0L);
            long pPeers = byProfile.get(profile(u)).size() - 1;
            Features.Peers peers;
            if (u.country() != null && pPeers >= MIN_PEERS) {
                peers = new Features.Peers(Features.Level.KIND_AND_COUNTRY, pBuyers, pPeers);
            } else if (byKind.get(u.kind()).size() - 1 >= MIN_PEERS) {
                peers = new Features.Peers(Features.Level.KIND, kindBuyers.get(u.kind()).getOrDefault(p, 0L),
                        byKind.get(u.kind()).size() - 1);
            } else if (byAccount.get(u.accountId()).size() - 1 >= MIN_PEERS) {
                peers = new Features.Peers(Features.Level.ACCOUNT,
                        accountBuyers.get(u.accountId()).getOrDefault(p, 0L), byAccount.get(u.accountId()).size() - 1);
            } else {
                peers = new Features.Peers(Features.Level.EVERYONE,
                        at.buyersOfProduct.getOrDefault(p, Set.of()).size(), h.units.size() - 1);
            }
            Features.CoOccurrence best = new Features.CoOccurrence(0, 0, 0);
            int[] mine = mineAt.getOrDefault(c.unitId(), none);
            for (int q : mine) {
                long of = buyersOf[q] - 1;
                long both = together[pi * n + q];
                var co = new Features.CoOccurrence(ids[q], both, of);
                if (co.share() > best.share() || (co.share() == best.share() && of > best.of())
                        || best.productId() == 0) {
                    best = co;
                }
            }
            Features.Conversion ofProduct = new Features.Conversion(conversion[pi][0], conversion[pi][1]);
            int seg = profiles.get(profile(u)) * n + pi;
            Features.Conversion ofSegment = segmentCells[seg] >= MIN_CELLS
                    ? new Features.Conversion(segmentBought[seg], segmentCells[seg]) : ofProduct;
            Features.Conversion ofTogether = ofProduct;
            long togetherWith = 0;
            for (int q : mine) {
                long cells = togetherCells[q * n + pi];
                if (cells == 0 || cells < MIN_CELLS) continue;
                var candidate = new Features.Conversion(togetherBought[q * n + pi], cells);
                if (togetherWith == 0 || candidate.share() > ofTogether.share()) {
                    ofTogether = candidate;
                    togetherWith = ids[q];
                }
            }
            out.add(new Features(c, peers, pBuyers, Math.max(0, pPeers),
                    accountsBuying.getOrDefault(p, Set.of()).size(), accounts.size(), best,
                    at.unitRevenueCents.getOrDefault(c.unitId(), 0L), mine.length,
                    at.unitsWithOpenOpportunity.contains(c.unitId()),
                    at.lostBefore.contains(new History.Pair(c.unitId(), p)), ofProduct, ofSegment, ofTogether,
                    togetherWith));
        }
        return out;
    }

    /** The dense indexes of a set of product ids, in the set's own iteration order. */
    private static int[] indexes(Set<Long> products, Map<Long, Integer> index) {
        int[] out = new int[products.size()];
        int i = 0;
        for (long p : products) out[i++] = index.get(p);
        return out;
    }

    private static <K> Map<K, Map<Long, Long>> buyers(Map<K, List<Long>> groups, CellsAt at) {
        Map<K, Map<Long, Long>> out = new HashMap<>();
        groups.forEach((key, units) -> {
            Map<Long, Long> counts = new HashMap<>();
            for (long unit : units) for (long p : at.buying(unit)) counts.merge(p, 1L, Long::sum);
            out.put(key, counts);
        });
        return out;
    }

    static String profile(History.Unit u) {
        return u.kind() + "|" + (u.country() == null ? "" : u.country());
    }
}
