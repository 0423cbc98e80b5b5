package app.prism.insight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every account's history as plain data: units, products, sales per pair and day, fit marks, opportunities as they
 * stand now. What the matrix of any account showed at any past date follows from it ({@link CellsAt}); nothing here
 * knows about Spring or SQL.
 */
public final class History {

    public record Unit(long id, long accountId, String kind, String country) {}

    public record Product(long id, String name, BigDecimal typicalAnnualValue, boolean active) {}

    /** An opportunity as it stands now; {@code closeDay} is {@link Long#MIN_VALUE} when unset. */
    public record Opportunity(String stage, long closeDay, long createdDay) {}

    record Pair(long unitId, long productId) {}

    /** A pair's sales, one entry per day, oldest first, with running sums for windows in O(log n). */
    static final class Lines {
        final long[] days;
        final long[] cents;
        final long[] prefix;

        Lines(long[] days, long[] cents) {
            this.days = days;
            this.cents = cents;
            this.prefix = new long[days.length + 1];
            for (int i = 0; i < days.length; i++) prefix[i + 1] = Math.addExact(prefix[i], cents[i]);
        }

        /** The sum of the lines dated in [from, to]. */
        long sum(long from, long to) {
            if (to < from) return 0;
            return prefix[upper(to)] - prefix[upper(from - 1)];
        }

        /** How many lines are dated on or before {@code day}. */
        int upper(long day) {
            int lo = 0, hi = days.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (days[mid] <= day) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }
    }

    final Map<Long, Unit> units;
    final List<Product> products;
    final Map<Pair, Lines> sales;
    final Set<Pair> fitMarks;
    final Map<Pair, List<Opportunity>> opportunities;
    final long firstDay;
    final long lastDay;

    private History(Map<Long, Unit> units, List<Product> products, Map<Pair, Lines> sales, Set<Pair> fitMarks,
            Map<Pair, List<Opportunity>> opportunities) {
        this.units = units;
        this.products = products;
        this.sales = sales;
        this.fitMarks = fitMarks;
        this.opportunities = opportunities;
        long first = Long.MAX_VALUE, last = Long.MIN_VALUE;
        for (Lines l : sales.values()) {
            if (l.days.length == 0) continue;
            first = Math.min(first, l.days[0]);
            last = Math.max(last, l.days[l.days.length - 1]);
        }
        this.firstDay = first;
        this.lastDay = last;
    }

    public Collection<Unit> units() {
        return units.values();
    }

    public List<Product> products() {
        return products;
    }

    /** The first and last day with sales; null without any. */
    public LocalDate firstSale() {
        return firstDay == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(firstDay);
    }

    public LocalDate lastSale() {
        return lastDay == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(lastDay);
    }

    public long salesDays() {
        long n = 0;
        for (Lines l : sales.values()) n += l.days.length;
        return n;
    }

    /**
     * The history as it was known at the end of {@code day}: no sale dated later, no opportunity recorded later, and an
     * opportunity closed later still open. What a fit judged at that day may see.
     */
    public History upTo(LocalDate day) {
        long c = day.toEpochDay();
        Map<Pair, Lines> kept = new HashMap<>();
        sales.forEach((pair, l) -> {
            int n = l.upper(c);
            if (n > 0) kept.put(pair, new Lines(Arrays.copyOf(l.days, n), Arrays.copyOf(l.cents, n)));
        });
        Map<Pair, List<Opportunity>> opps = new HashMap<>();
        opportunities.forEach((pair, list) -> {
            List<Opportunity> then = new ArrayList<>();
            for (Opportunity o : list) {
                if (o.createdDay() > c) continue;
                boolean closedLater = !"OPEN".equals(o.stage()) && (o.closeDay() == Long.MIN_VALUE || o.closeDay() > c);
                then.add(closedLater ? new Opportunity("OPEN", Long.MIN_VALUE, o.createdDay()) : o);
            }
            if (!then.isEmpty()) opps.put(pair, then);
        });
        return new History(units, products, kept, fitMarks, opps);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects a history one fact at a time (the order does not matter). */
    public static final class Builder {
        private final Map<Long, Unit> units = new LinkedHashMap<>();
        private final List<Product> products = new ArrayList<>();
        private final Map<Pair, Map<Long, Long>> sales = new HashMap<>();
        private final Set<Pair> fitMarks = new HashSet<>();
        private final Map<Pair, List<Opportunity>> opportunities = new HashMap<>();

        public Builder unit(long id, long accountId, String kind, String country) {
            units.put(id, new Unit(id, accountId, kind, country));
            return this;
        }

        public Builder product(long id, String name, BigDecimal typicalAnnualValue, boolean active) {
            products.add(new Product(id, name, typicalAnnualValue, active));
            return this;
        }

        public Builder sale(long unitId, long productId, LocalDate day, BigDecimal amount) {
            return sale(unitId, productId, day.toEpochDay(), amount.movePointRight(2).longValueExact());
        }

        public Builder sale(long unitId, long productId, long epochDay, long cents) {
            sales.computeIfAbsent(new Pair(unitId, productId), k -> new HashMap<>()).merge(epochDay, cents, Long::sum);
            return this;
        }

        public Builder fitMark(long unitId, long productId) {
            fitMarks.add(new Pair(unitId, productId));
            return this;
        }

        public Builder opportunity(long unitId, long productId, String stage, LocalDate close, LocalDate created) {
            return opportunity(unitId, productId, stage, close == null ? Long.MIN_VALUE : close.toEpochDay(),
                    created.toEpochDay());
        }

        public Builder opportunity(long unitId, long productId, String stage, long closeDay, long createdDay) {
            opportunities.computeIfAbsent(new Pair(unitId, productId), k -> new ArrayList<>())
                    .add(new Opportunity(stage, closeDay, createdDay));
            return this;
        }

        public History build() {
            Map<Pair, Lines> lines = new HashMap<>();
            sales.forEach((pair, byDay) -> {
                long[] days = byDay.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
                long[] cents = new long[days.length];
                for (int i = 0; i < days.length; i++) cents[i] = byDay.get(days[i]);
                lines.put(pair, new Lines(days, cents));
            });
            List<Product> sorted = new ArrayList<>(products);
            sorted.sort(java.util.Comparator.comparingLong(Product::id));
            Map<Long, Unit> byId = new LinkedHashMap<>();
            units.keySet().stream().sorted().forEach(id -> byId.put(id, units.get(id)));
            return new History(byId, List.copyOf(sorted), lines, Set.copyOf(fitMarks), opportunities);
        }
    }
}
