package app.prism.penetration;

import app.prism.sales.SalesFacts;
import app.prism.web.DataRevision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Figures made of every account's sales — the whitespace medians (PRODUCT.md section 4), which units buy which product
 * (the peers of a cross-sell), every account's TTM revenue (the portfolio) — each kept as one part per account under
 * that account's revision. A write to one account rereads that account's part alone (one query for all the parts that
 * changed); the figure is then put together again from the parts in memory. The medians carry a version that moves
 * only when a median itself changed, so the cached matrices of other accounts, which contain them, stay valid when
 * none did.
 */
@Component
class AcrossAccounts {

    /** The medians of the products without a typical annual value, and their version. */
    record Medians(Map<Long, BigDecimal> values, long version) {}

    private enum Kind { MEDIANS, BUYING, REVENUE }

    private record WindowKey(Kind kind, LocalDate to) {}

    private record Part(long revision, Object data) {}

    /** Every account's part of one kind for one window, and what was put together from them. */
    private static final class Window {
        long global = Long.MIN_VALUE;
        Object scope;
        final Map<Long, Part> parts = new HashMap<>();
        Object combined;
        long version;
    }

    private final SalesFacts sales;
    private final DataRevision revision;
    private final Map<WindowKey, Window> windows = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<WindowKey, Window> eldest) {
            return size() > 12;
        }
    };
    private final AtomicLong versions = new AtomicLong();
    /** How many accounts' parts were read from the database: what a test watches to see what was reused. */
    private final AtomicLong partsRead = new AtomicLong();

    AcrossAccounts(SalesFacts sales, DataRevision revision) {
        this.sales = sales;
        this.revision = revision;
    }

    long partsRead() {
        return partsRead.get();
    }

    /** The medians over [from, to] of the products given (those without a typical annual value). */
    Medians medians(LocalDate from, LocalDate to, List<Long> products) {
        Set<Long> wanted = Set.copyOf(products);
        Window w = refreshed(Kind.MEDIANS, from, to, wanted, accounts -> {
            Map<Long, Map<Long, List<Long>>> byAccount = new HashMap<>();
            buyingPairs(accounts, wanted, from, to, (account, unit, product, cents, fit) -> {
                if (!fit) byAccount.computeIfAbsent(account, a -> new HashMap<>())
                        .computeIfAbsent(product, p -> new ArrayList<>()).add(cents);
            });
            return byAccount;
        }, (parts, before) -> {
            Map<Long, List<BigDecimal>> revenues = new HashMap<>();
            for (Part p : parts) {
                @SuppressWarnings("unchecked")
                Map<Long, List<Long>> data = (Map<Long, List<Long>>) p.data();
                if (data == null) continue;
                data.forEach((product, cents) -> {
                    List<BigDecimal> list = revenues.computeIfAbsent(product, k -> new ArrayList<>());
                    cents.forEach(c -> list.add(BigDecimal.valueOf(c, 2)));
                });
            }
            Map<Long, BigDecimal> medians = new HashMap<>();
            for (long product : wanted) {
                medians.put(product, WhitespaceValue.median(revenues.getOrDefault(product, List.of())));
            }
            return Collections.unmodifiableMap(medians);
        });
        @SuppressWarnings("unchecked")
        Map<Long, BigDecimal> values = (Map<Long, BigDecimal>) w.combined;
        return new Medians(values, w.version);
    }

    /** Which products each unit of any account bought over [from, to] (revenue above zero). */
    @SuppressWarnings("unchecked")
    Map<Long, Set<Long>> buyingProducts(LocalDate from, LocalDate to) {
        return (Map<Long, Set<Long>>) refreshed(Kind.BUYING, from, to, null, accounts -> {
            Map<Long, List<long[]>> byAccount = new HashMap<>();
            buyingPairs(accounts, null, from, to, (account, unit, product, cents, fit) ->
                    byAccount.computeIfAbsent(account, a -> new ArrayList<>()).add(new long[] {unit, product}));
            return byAccount;
        }, (parts, before) -> {
            Map<Long, Set<Long>> buying = new HashMap<>();
            for (Part p : parts) {
                if (p.data() == null) continue;
                for (long[] pair : (List<long[]>) p.data()) {
                    buying.computeIfAbsent(pair[0], u -> new HashSet<>()).add(pair[1]);
                }
            }
            return Collections.unmodifiableMap(buying);
        }).combined;
    }

    /** Every account's revenue over [from, to], credit notes included; accounts without a line in it are absent. */
    @SuppressWarnings("unchecked")
    Map<Long, BigDecimal> revenueByAccount(LocalDate from, LocalDate to) {
        Map<Long, BigDecimal> all = new HashMap<>();
        Window w = refreshed(Kind.REVENUE, from, to, null, accounts -> new HashMap<>(
                sales.revenueCentsOfAccounts(accounts, from, to)), (parts, before) -> null);
        w.parts.forEach((account, p) -> {
            if (p.data() != null) all.put(account, BigDecimal.valueOf((Long) p.data(), 2));
        });
        return all;
    }

    private interface PairSink {
        void pair(long account, long unit, long product, long cents, boolean fitMarked);
    }

    /** The pairs of the accounts (all when empty) with revenue above zero over [from, to], and whether fit-marked. */
    private void buyingPairs(Set<Long> accounts, Set<Long> products, LocalDate from, LocalDate to, PairSink sink) {
        record Key(long account, long unit, long product) {}
        Map<Key, long[]> sums = new HashMap<>();
        Set<Key> marks = new HashSet<>();
        sales.ttmPairsOfAccounts(accounts, products, from, to, new SalesFacts.AccountPairSink() {
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
        sums.forEach((k, sum) -> {
            if (sum[0] > 0) sink.pair(k.account(), k.unit(), k.product(), sum[0], marks.contains(k));
        });
    }

    /**
     * The window of that kind with every account's part as of now: the parts of accounts whose revision moved are
     * reread (all of them when the database-wide revision moved or {@code scope} changed), then put together again.
     * One reader at a time rebuilds; the others wait for it rather than read the same sales again. Inside a
     * transaction that has written, everything is read apart and nothing kept.
     */
    private Window refreshed(Kind kind, LocalDate from, LocalDate to, Object scope,
            Function<Set<Long>, Map<Long, ?>> load, java.util.function.BiFunction<List<Part>, Object, Object> combine) {
        if (revision.writtenInThisTransaction()) {
            Window apart = new Window();
            store(apart, Set.of(), load.apply(Set.of()), Map.of());
            apart.combined = combine.apply(List.copyOf(apart.parts.values()), null);
            return apart;
        }
        synchronized (this) {
            Map<Long, Long> now = revision.allAccounts();
            long global = now.getOrDefault(-1L, 0L);
            Window w = windows.computeIfAbsent(new WindowKey(kind, to), k -> new Window());
            boolean all = w.global != global || !java.util.Objects.equals(w.scope, scope) || w.parts.isEmpty();
            Set<Long> stale = new HashSet<>();
            if (!all) {
                now.forEach((account, rev) -> {
                    if (account < 0) return;
                    Part p = w.parts.get(account);
                    if (p == null ? rev != 0 : p.revision() != rev) stale.add(account);
                });
            }
            if (all || !stale.isEmpty()) {
                if (all) w.parts.clear();
                // every account read gets its part, an empty one too: an account without sales in the window would
                // otherwise look stale to every later reader and be read again each time
                Set<Long> asked = stale;
                if (all) {
                    asked = new HashSet<>(now.keySet());
                    asked.remove(-1L);
                }
                store(w, asked, load.apply(all ? Set.of() : stale), now);
                w.global = global;
                w.scope = scope;
                Object combined = combine.apply(List.copyOf(w.parts.values()), w.combined);
                if (w.combined == null || !w.combined.equals(combined)) {
                    w.combined = combined;
                    w.version = versions.incrementAndGet();
                }
            }
            return w;
        }
    }

    private void store(Window w, Set<Long> asked, Map<Long, ?> loaded, Map<Long, Long> revisions) {
        Set<Long> accounts = new HashSet<>(asked);
        accounts.addAll(loaded.keySet());
        for (long account : accounts) {
            w.parts.put(account, new Part(revisions.getOrDefault(account, 0L), loaded.get(account)));
        }
        partsRead.addAndGet(accounts.size());
    }
}
