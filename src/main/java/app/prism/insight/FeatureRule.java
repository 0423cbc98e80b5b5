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

        Map<Long, Set<Long>> accountsBuying = new HashMap<>();
        Map<Long, Map<Long, Long>> together = new HashMap<>();
        at.buyingOfUnit.forEach((unit, products) -> {
            History.Unit u = h.units.get(unit);
            for (long p : products) {
                accountsBuying.computeIfAbsent(p, k -> new HashSet<>()).add(u.accountId());
                Map<Long, Long> row = together.computeIfAbsent(p, k -> new HashMap<>());
                for (long q : products) if (q != p) row.merge(q, 1L, Long::sum);
            }
        });
        Map<Long, long[]> conversion = new HashMap<>();
        Map<String, long[]> segmentConversion = new HashMap<>();
        Map<Long, Map<Long, long[]>> togetherConversion = new HashMap<>();
        if (yearBefore != null) {
            for (CellsAt.Candidate c : yearBefore.candidates) {
                History.Unit u = h.units.get(c.unitId());
                int bought = yearBefore.bought(c) ? 1 : 0;
                count(conversion.computeIfAbsent(c.productId(), k -> new long[2]), bought);
                count(segmentConversion.computeIfAbsent(profile(u) + "|" + c.productId(), k -> new long[2]), bought);
                for (long q : yearBefore.buying(c.unitId())) {
                    count(togetherConversion.computeIfAbsent(q, k -> new HashMap<>())
                            .computeIfAbsent(c.productId(), k -> new long[2]), bought);
                }
            }
        }

        List<Features> out = new ArrayList<>(at.candidates.size());
        for (CellsAt.Candidate c : at.candidates) {
            History.Unit u = h.units.get(c.unitId());
            long p = c.productId();
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
            Set<Long> mine = at.buying(c.unitId());
            for (long q : mine) {
                long of = at.buyersOfProduct.get(q).size() - 1;
                long both = together.getOrDefault(p, Map.of()).getOrDefault(q, 0L);
                var co = new Features.CoOccurrence(q, both, of);
                if (co.share() > best.share() || (co.share() == best.share() && of > best.of())
                        || best.productId() == 0) {
                    best = co;
                }
            }
            long[] conv = conversion.getOrDefault(p, new long[2]);
            Features.Conversion ofProduct = new Features.Conversion(conv[0], conv[1]);
            long[] seg = segmentConversion.get(profile(u) + "|" + p);
            Features.Conversion ofSegment = seg != null && seg[1] >= MIN_CELLS
                    ? new Features.Conversion(seg[0], seg[1]) : ofProduct;
            Features.Conversion ofTogether = ofProduct;
            long togetherWith = 0;
            for (long q : mine) {
                long[] t = togetherConversion.getOrDefault(q, Map.of()).get(p);
                if (t == null || t[1] < MIN_CELLS) continue;
                var candidate = new Features.Conversion(t[0], t[1]);
                if (togetherWith == 0 || candidate.share() > ofTogether.share()) {
                    ofTogether = candidate;
                    togetherWith = q;
                }
            }
            out.add(new Features(c, peers, pBuyers, Math.max(0, pPeers),
                    accountsBuying.getOrDefault(p, Set.of()).size(), accounts.size(), best,
                    at.unitRevenueCents.getOrDefault(c.unitId(), 0L), mine.size(),
                    at.unitsWithOpenOpportunity.contains(c.unitId()),
                    at.lostBefore.contains(new History.Pair(c.unitId(), p)), ofProduct, ofSegment, ofTogether,
                    togetherWith));
        }
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
