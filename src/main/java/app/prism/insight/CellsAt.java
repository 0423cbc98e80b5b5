package app.prism.insight;

import app.prism.penetration.CellStatus;
import app.prism.penetration.CellStatusRule;
import app.prism.penetration.WhitespaceValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every account's matrix as of a cut-off date C, rebuilt from the history with the rules of PRODUCT.md section 4
 * ({@link CellStatusRule}, {@link WhitespaceValue}, the TTM C-364 … C), in one pass over all pairs: which unit buys
 * what, the whitespace cells (the cross-sell candidates at C) and each product's whitespace value at C. A cell BUYING,
 * OPPORTUNITY, LOST or NOT_APPLICABLE at C is not a candidate.
 */
public final class CellsAt {

    /** A whitespace cell at C: a cross-sell the product could have suggested that day. */
    public record Candidate(long unitId, long accountId, long productId, BigDecimal value) {}

    final History history;
    final LocalDate cutOff;
    final long c;
    /** The active products bought (TTM above zero, no fit mark) by each unit. */
    final Map<Long, Set<Long>> buyingOfUnit = new HashMap<>();
    /** The units buying each active product. */
    final Map<Long, Set<Long>> buyersOfProduct = new HashMap<>();
    /** The TTM revenue of each unit over all products, in cents (credit notes included). */
    final Map<Long, Long> unitRevenueCents = new HashMap<>();
    final Map<Long, BigDecimal> valueOfProduct = new HashMap<>();
    /** Units with an opportunity open at C (any product), and pairs with an opportunity lost on or before C. */
    final Set<Long> unitsWithOpenOpportunity = new HashSet<>();
    final Set<History.Pair> lostBefore = new HashSet<>();
    final List<Candidate> candidates = new ArrayList<>();

    private CellsAt(History history, LocalDate cutOff) {
        this.history = history;
        this.cutOff = cutOff;
        this.c = cutOff.toEpochDay();
    }

    public static CellsAt of(History history, LocalDate cutOff) {
        CellsAt at = new CellsAt(history, cutOff);
        at.build();
        return at;
    }

    public LocalDate cutOff() {
        return cutOff;
    }

    public List<Candidate> candidates() {
        return candidates;
    }

    public Set<Long> buying(long unitId) {
        return buyingOfUnit.getOrDefault(unitId, Set.of());
    }

    public BigDecimal value(long productId) {
        return valueOfProduct.getOrDefault(productId, BigDecimal.ZERO.setScale(2));
    }

    private void build() {
        long from = c - 364;
        Set<Long> active = new HashSet<>();
        history.products.forEach(p -> {
            if (p.active()) active.add(p.id());
        });
        Map<Long, List<BigDecimal>> revenuesOfBuyers = new HashMap<>();
        Set<History.Pair> notWhitespace = new HashSet<>();
        history.sales.forEach((pair, lines) -> {
            if (!history.units.containsKey(pair.unitId())) return;
            long ttm = lines.sum(from, c);
            if (ttm != 0) unitRevenueCents.merge(pair.unitId(), ttm, Long::sum);
            if (ttm > 0 && active.contains(pair.productId()) && !history.fitMarks.contains(pair)) {
                notWhitespace.add(pair);
                buyingOfUnit.computeIfAbsent(pair.unitId(), k -> new HashSet<>()).add(pair.productId());
                buyersOfProduct.computeIfAbsent(pair.productId(), k -> new HashSet<>()).add(pair.unitId());
                revenuesOfBuyers.computeIfAbsent(pair.productId(), k -> new ArrayList<>())
                        .add(BigDecimal.valueOf(ttm, 2));
            }
        });
        notWhitespace.addAll(history.fitMarks);
        history.opportunities.forEach((pair, list) -> {
            boolean open = false, lost = false;
            for (History.Opportunity o : list) {
                if (o.createdDay() > c) continue;
                boolean closed = o.closeDay() != Long.MIN_VALUE && o.closeDay() <= c;
                if ("OPEN".equals(o.stage()) || !closed) open = true;
                else if ("LOST".equals(o.stage())) {
                    if (o.closeDay() >= from) lost = true;
                    lostBefore.add(pair);
                }
            }
            if (open) unitsWithOpenOpportunity.add(pair.unitId());
            CellStatus status = CellStatusRule.statusOf(false, 0, open, lost);
            if (status != CellStatus.WHITESPACE) notWhitespace.add(pair);
        });
        for (History.Product p : history.products) {
            if (!p.active()) continue;
            valueOfProduct.put(p.id(), WhitespaceValue.of(p.typicalAnnualValue(),
                    WhitespaceValue.median(revenuesOfBuyers.getOrDefault(p.id(), List.of()))));
        }
        for (History.Unit u : history.units.values()) {
            for (History.Product p : history.products) {
                if (!p.active() || notWhitespace.contains(new History.Pair(u.id(), p.id()))) continue;
                candidates.add(new Candidate(u.id(), u.accountId(), p.id(), valueOfProduct.get(p.id())));
            }
        }
    }

    /**
     * Whether the candidate's cell became BUYING on some day D of (C, C+365]: its TTM sum at D (D-364 … D) above zero.
     * The sum can only turn positive on a day with a sale or the day a credit note leaves the window.
     */
    public boolean bought(Candidate candidate) {
        History.Lines lines = history.sales.get(new History.Pair(candidate.unitId(), candidate.productId()));
        if (lines == null) return false;
        long end = c + 365;
        for (int i = lines.upper(c); i < lines.days.length && lines.days[i] <= end; i++) {
            long d = lines.days[i];
            if (lines.cents[i] > 0 && lines.sum(d - 364, d) > 0) return true;
        }
        for (int i = lines.upper(c - 365); i < lines.days.length && lines.days[i] + 365 <= end; i++) {
            long d = lines.days[i] + 365;
            if (lines.cents[i] < 0 && d > c && lines.sum(d - 364, d) > 0) return true;
        }
        return false;
    }

    /** The candidate's revenue in (C, C+365], in cents; zero when it sums to zero or less. */
    public long nextYearCents(Candidate candidate) {
        History.Lines lines = history.sales.get(new History.Pair(candidate.unitId(), candidate.productId()));
        return lines == null ? 0 : Math.max(0, lines.sum(c + 1, c + 365));
    }
}
