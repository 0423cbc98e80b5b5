package app.prism.penetration;

import app.prism.sales.SalesFacts;
import app.prism.web.DataRevision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Figures made of every account's sales — the whitespace medians (PRODUCT.md section 4) and which units buy which
 * product (the peers of a cross-sell) — kept as one part per account, each under that account's revision. A write to
 * one account reloads that account's part alone (one query for all the parts that changed); the figures are then put
 * together again from the parts in memory. Each result carries a version that moves only when the figures themselves
 * changed, so the cached matrices of other accounts, which contain the medians, stay valid when they did not.
 */
@Component
class AcrossAccounts {

    /**
     * The buying pairs of one account in the window: its pairs with revenue above zero, and which are fit-marked; and
     * the account's revenue over all its lines (credit notes included), null without any line in the window.
     */
    private record Part(long revision, long[] units, long[] products, long[] cents, boolean[] fitMarked,
            Long totalCents) {}

    /** Every account's part for one window, and what was put together from them. */
    private static final class Window {
        long global = Long.MIN_VALUE;
        final Map<Long, Part> parts = new HashMap<>();
        Figures figures;
    }

    /**
     * What every account's sales say for one window. {@code medianVersion} moves only when a median changed;
     * {@code buyingVersion} only when a unit started or stopped buying a product.
     */
    record Figures(Map<Long, BigDecimal> medians, long medianVersion, Map<Long, Set<Long>> buyingProducts,
            long buyingVersion, Map<Long, BigDecimal> revenueByAccount) {}

    private static final int WINDOWS = 4;

    private final SalesFacts sales;
    private final DataRevision revision;
    private final Map<LocalDate, Window> windows = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LocalDate, Window> eldest) {
            return size() > WINDOWS;
        }
    };
    private final AtomicLong versions = new AtomicLong();
    /** How many accounts' parts were read from the database: what a test watches to see what was reused. */
    private final AtomicLong partsRead = new AtomicLong();

    AcrossAccounts(SalesFacts sales, DataRevision revision) {
        this.sales = sales;
        this.revision = revision;
    }

    /**
     * The figures for the window [from, to], medians of the products given (those without a typical annual value; the
     * catalogue moves the database-wide revision, which rebuilds everything). One reader at a time rebuilds; the
     * others wait for it rather than read the same sales again.
     */
    Figures figures(LocalDate from, LocalDate to, List<Long> medianProducts) {
        if (revision.writtenInThisTransaction()) {
            // uncommitted writes of this transaction are in what it reads: computed apart, never kept
            Window apart = new Window();
            read(apart, Set.of(), Map.of(), from, to);
            return combine(apart, medianProducts, null);
        }
        return cached(from, to, medianProducts);
    }

    private synchronized Figures cached(LocalDate from, LocalDate to, List<Long> medianProducts) {
        Map<Long, Long> now = revision.allAccounts();
        long global = now.getOrDefault(-1L, 0L);
        Window w = windows.computeIfAbsent(to, d -> new Window());
        Set<Long> stale = new HashSet<>();
        boolean all = w.global != global;
        if (!all) {
            now.forEach((account, rev) -> {
                if (account < 0) return;
                Part p = w.parts.get(account);
                if (p == null ? rev != 0 : p.revision() != rev) stale.add(account);
            });
        }
        if (all || !stale.isEmpty() || w.figures == null || !w.figures.medians().keySet().equals(Set.copyOf(medianProducts))) {
            if (all || !stale.isEmpty()) read(w, all ? Set.of() : stale, now, from, to);
            w.global = global;
            w.figures = combine(w, medianProducts, w.figures);
        }
        return w.figures;
    }

    long partsRead() {
        return partsRead.get();
    }

    private void read(Window w, Set<Long> accounts, Map<Long, Long> revisions, LocalDate from, LocalDate to) {
        record Key(long account, long unit, long product) {}
        Map<Key, long[]> sums = new HashMap<>();
        Set<Key> marks = new HashSet<>();
        sales.ttmPairsOfAccounts(accounts, from, to, new SalesFacts.AccountPairSink() {
            @Override
            public void ttmRevenue(long accountId, long unitId, long productId, long cents) {
                long[] sum = sums.computeIfAbsent(new Key(accountId, unitId, productId), k -> new long[1]);
                sum[0] = Math.addExact(sum[0], cents);
            }

            @Override
            public void fitMark(long accountId, long unitId, long productId) {
                marks.add(new Key(accountId, unitId, productId));
            }
        });
        if (accounts.isEmpty()) w.parts.clear();
        else accounts.forEach(w.parts::remove);
        Map<Long, List<Key>> byAccount = new HashMap<>();
        Map<Long, Long> totals = new HashMap<>();
        sums.forEach((k, sum) -> {
            totals.merge(k.account(), sum[0], Math::addExact);
            if (sum[0] > 0) byAccount.computeIfAbsent(k.account(), a -> new ArrayList<>()).add(k);
        });
        Set<Long> read = new HashSet<>(accounts);
        read.addAll(totals.keySet());
        for (long account : read) {
            List<Key> keys = byAccount.getOrDefault(account, List.of());
            int n = keys.size();
            long[] units = new long[n], products = new long[n], cents = new long[n];
            boolean[] fit = new boolean[n];
            for (int i = 0; i < n; i++) {
                Key k = keys.get(i);
                units[i] = k.unit();
                products[i] = k.product();
                cents[i] = sums.get(k)[0];
                fit[i] = marks.contains(k);
            }
            w.parts.put(account, new Part(revisions.getOrDefault(account, 0L), units, products, cents, fit,
                    totals.get(account)));
        }
        partsRead.addAndGet(read.size());
    }

    private Figures combine(Window w, List<Long> medianProducts, Figures before) {
        Set<Long> wanted = Set.copyOf(medianProducts);
        Map<Long, List<BigDecimal>> revenues = new HashMap<>();
        Map<Long, Set<Long>> buying = new HashMap<>();
        Map<Long, BigDecimal> revenue = new HashMap<>();
        w.parts.forEach((account, p) -> {
            if (p.totalCents() != null) revenue.put(account, BigDecimal.valueOf(p.totalCents(), 2));
        });
        for (Part p : w.parts.values()) {
            for (int i = 0; i < p.units().length; i++) {
                buying.computeIfAbsent(p.units()[i], u -> new HashSet<>()).add(p.products()[i]);
                if (!p.fitMarked()[i] && wanted.contains(p.products()[i])) {
                    revenues.computeIfAbsent(p.products()[i], k -> new ArrayList<>())
                            .add(BigDecimal.valueOf(p.cents()[i], 2));
                }
            }
        }
        Map<Long, BigDecimal> medians = new HashMap<>();
        for (long product : wanted) {
            medians.put(product, WhitespaceValue.median(revenues.getOrDefault(product, List.of())));
        }
        boolean sameMedians = before != null && before.medians().equals(medians);
        boolean sameBuying = before != null && before.buyingProducts().equals(buying);
        return new Figures(sameMedians ? before.medians() : java.util.Collections.unmodifiableMap(medians),
                sameMedians ? before.medianVersion() : versions.incrementAndGet(),
                sameBuying ? before.buyingProducts() : java.util.Collections.unmodifiableMap(buying),
                sameBuying ? before.buyingVersion() : versions.incrementAndGet(),
                java.util.Collections.unmodifiableMap(revenue));
    }
}
