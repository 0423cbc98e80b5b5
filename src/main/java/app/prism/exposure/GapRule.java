package app.prism.exposure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exposure gaps, PRODUCT.md section 4: for every active contact and every applicable active product whose cell in the
 * contact's unit is not BUYING, the last touchpoint on or before asOf that exposed the contact to the product; the
 * pair is a gap when there is none or it is dated before asOf − cadence days (exactly cadence days ago still counts).
 * Awareness is the share of those same pairs that are not gaps.
 */
public final class GapRule {

    private GapRule() {}

    /** A contact as the rule needs it. */
    public record Person(long contactId, long unitId, boolean active) {}

    /** A (unit, product) cell. */
    public record Cell(long unitId, long productId) {}

    /** A (contact, product) pair the rule looks at, with its last exposure (null when never). */
    public record Pair(long contactId, long unitId, long productId, LocalDate lastExposedOn, boolean gap) {}

    /** Exposed pairs out of all pairs; the share is null when there are no pairs. */
    public record Share(long exposed, long pairs) {

        public Double ratio() {
            return pairs == 0 ? null : (double) exposed / pairs;
        }

        Share plus(boolean isExposed) {
            return new Share(exposed + (isExposed ? 1 : 0), pairs + 1);
        }
    }

    /** The rule's result: every pair looked at (gaps and exposed ones), and awareness by account, unit and product. */
    public record Result(List<Pair> pairs, Share account, Map<Long, Share> byUnit, Map<Long, Share> byProduct) {

        /** The gaps, never exposed first, then the longest ago; ties by contact and product. */
        public List<Pair> gaps() {
            return pairs.stream().filter(Pair::gap).sorted(OLDEST_FIRST).toList();
        }
    }

    static final Comparator<Pair> OLDEST_FIRST = Comparator
            .comparing(Pair::lastExposedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(Pair::contactId).thenComparingLong(Pair::productId);

    /** The date rule alone: a pair last exposed on {@code lastExposedOn} (null: never) is a gap as of {@code asOf}. */
    public static boolean isGap(LocalDate lastExposedOn, LocalDate asOf, int cadenceDays) {
        return lastExposedOn == null || lastExposedOn.isBefore(asOf.minusDays(cadenceDays));
    }

    /**
     * Applies the rule. {@code products}: the active products; {@code excluded}: cells that are BUYING or NOT_APPLICABLE;
     * {@code lastExposedOn}: the last exposure of each (contact, product) pair on or before asOf.
     */
    public static Result evaluate(Collection<Person> people, Collection<Long> products, Set<Cell> excluded,
            Map<Long, Map<Long, LocalDate>> lastExposedOn, LocalDate asOf, int cadenceDays) {
        List<Pair> pairs = new ArrayList<>();
        Share account = new Share(0, 0);
        Map<Long, Share> byUnit = new LinkedHashMap<>();
        Map<Long, Share> byProduct = new LinkedHashMap<>();
        for (Person person : people) {
            if (!person.active()) continue;
            Map<Long, LocalDate> heard = lastExposedOn.getOrDefault(person.contactId(), Map.of());
            for (Long product : products) {
                if (excluded.contains(new Cell(person.unitId(), product))) continue;
                LocalDate last = heard.get(product);
                boolean gap = isGap(last, asOf, cadenceDays);
                pairs.add(new Pair(person.contactId(), person.unitId(), product, last, gap));
                account = account.plus(!gap);
                byUnit.merge(person.unitId(), new Share(gap ? 0 : 1, 1), GapRule::add);
                byProduct.merge(product, new Share(gap ? 0 : 1, 1), GapRule::add);
            }
        }
        return new Result(pairs, account, byUnit, byProduct);
    }

    /**
     * The gaps of one active contact, in the order of the products given: what {@link #evaluate} marks as gaps for
     * them, with each product's place in the products given and its last exposure (null: never), without awareness
     * shares and unsorted.
     */
    public record ContactGaps(long contactId, long unitId, long[] productIds, int[] productIndexes,
            LocalDate[] lastExposedOn) {

        public int size() {
            return productIds.length;
        }
    }

    /**
     * The same gaps as {@link #evaluate}, grouped by contact (contacts without a gap left out, people's order kept): for
     * callers that only need the gaps, such as next best actions on an account of thousands of contacts, where the
     * pairs, the shares and the sorted list would cost more than the rule.
     */
    public static List<ContactGaps> gapsByContact(Collection<Person> people, Collection<Long> products,
            Set<Cell> excluded, Map<Long, Map<Long, LocalDate>> lastExposedOn, LocalDate asOf, int cadenceDays) {
        long[] ids = products.stream().mapToLong(Long::longValue).toArray();
        Map<Long, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < ids.length; i++) indexOf.putIfAbsent(ids[i], i);
        Map<Long, boolean[]> excludedByUnit = new HashMap<>();
        for (Cell c : excluded) {
            Integer i = indexOf.get(c.productId());
            if (i != null) excludedByUnit.computeIfAbsent(c.unitId(), k -> new boolean[ids.length])[i] = true;
        }
        LocalDate cutOff = asOf.minusDays(cadenceDays);
        boolean[] none = new boolean[ids.length];
        List<ContactGaps> out = new ArrayList<>();
        long[] gapIds = new long[ids.length];
        int[] gapIndexes = new int[ids.length];
        LocalDate[] gapDates = new LocalDate[ids.length];
        LocalDate[] heard = new LocalDate[ids.length];
        for (Person person : people) {
            if (!person.active()) continue;
            Arrays.fill(heard, null);
            lastExposedOn.getOrDefault(person.contactId(), Map.of()).forEach((product, date) -> {
                Integer i = indexOf.get(product);
                if (i != null) heard[i] = date;
            });
            boolean[] skip = excludedByUnit.getOrDefault(person.unitId(), none);
            int n = 0;
            for (int i = 0; i < ids.length; i++) {
                if (skip[i]) continue;
                LocalDate last = heard[i];
                if (last != null && !last.isBefore(cutOff)) continue;   // the date rule of isGap
                gapIds[n] = ids[i];
                gapIndexes[n] = i;
                gapDates[n++] = last;
            }
            if (n > 0) out.add(new ContactGaps(person.contactId(), person.unitId(), Arrays.copyOf(gapIds, n),
                    Arrays.copyOf(gapIndexes, n), Arrays.copyOf(gapDates, n)));
        }
        return out;
    }

    /** The last exposure of each (contact, product) pair from single exposures, keeping those on or before asOf. */
    public static Map<Long, Map<Long, LocalDate>> lastExposures(Collection<Exposure> exposures, LocalDate asOf) {
        Map<Long, Map<Long, LocalDate>> out = new HashMap<>();
        for (Exposure e : exposures) {
            if (e.date().isAfter(asOf)) continue;
            out.computeIfAbsent(e.contactId(), k -> new HashMap<>())
                    .merge(e.productId(), e.date(), (a, b) -> a.isAfter(b) ? a : b);
        }
        return out;
    }

    /** One contact heard about one product on one day. */
    public record Exposure(long contactId, long productId, LocalDate date) {}

    private static Share add(Share a, Share b) {
        return new Share(a.exposed() + b.exposed(), a.pairs() + b.pairs());
    }
}
