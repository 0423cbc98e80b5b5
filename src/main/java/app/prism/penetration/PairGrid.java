package app.prism.penetration;

import app.prism.sales.SalesFacts;
import java.util.Arrays;
import java.util.Collection;

/**
 * The facts of every (unit, active product) pair of an account in two flat arrays, indexed by the unit's and the
 * product's position: TTM revenue in whole cents (exact; money has two decimals) and the fit mark and opportunity
 * flags, and where set the potential and competitor (share of wallet). Filled straight from the database rows, so a large account's ~100,000 pairs cost no object each; 9 bytes per
 * cell (3.4 MB for 2,000 units × 190 products). Facts of units or products outside the grid are ignored.
 */
final class PairGrid implements SalesFacts.PairSink {

    private static final byte FIT_MARK = 1, OPEN_OPPORTUNITY = 2, LOST_IN_TTM = 4;

    private final long[] unitIds;
    private final long[] productIds;
    private final long[] cents;
    private final byte[] flags;
    /** Potentials in cents, -1 where none is set; allocated with the first potential (most accounts have none). */
    private long[] potentials;
    /** Competitors named per cell; allocated with the first one. */
    private String[] competitors;

    PairGrid(Collection<Long> units, Collection<Long> products) {
        this.unitIds = units.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
        this.productIds = products.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
        this.cents = new long[unitIds.length * productIds.length];
        this.flags = new byte[cents.length];
    }

    /** The position of a unit in the grid, or -1 when it is not in it. */
    int unitIndex(long unitId) {
        int i = Arrays.binarySearch(unitIds, unitId);
        return i < 0 ? -1 : i;
    }

    /** The position of a product in the grid, or -1 when it is not in it. */
    int productIndex(long productId) {
        int i = Arrays.binarySearch(productIds, productId);
        return i < 0 ? -1 : i;
    }

    /** The cell of a unit and a product, both given by their positions. */
    int cell(int unitIndex, int productIndex) {
        return unitIndex * productIds.length + productIndex;
    }

    long revenueCents(int cell) {
        return cents[cell];
    }

    /** Whether any cell carries a potential or a competitor. */
    boolean hasWallet() {
        return potentials != null || competitors != null;
    }

    /** The cell's potential in cents, -1 when none is set. */
    long potentialCents(int cell) {
        return potentials == null ? -1 : potentials[cell];
    }

    String competitor(int cell) {
        return competitors == null ? null : competitors[cell];
    }

    CellStatus status(int cell) {
        byte f = flags[cell];
        return CellStatusRule.statusOf((f & FIT_MARK) != 0, Long.signum(cents[cell]), (f & OPEN_OPPORTUNITY) != 0,
                (f & LOST_IN_TTM) != 0);
    }

    private int cellOf(long unitId, long productId) {
        int u = unitIndex(unitId), p = productIndex(productId);
        return u < 0 || p < 0 ? -1 : cell(u, p);
    }

    @Override
    public void ttmRevenue(long unitId, long productId, long revenueCents) {
        int c = cellOf(unitId, productId);
        if (c >= 0) cents[c] = Math.addExact(cents[c], revenueCents);
    }

    @Override
    public void fitMark(long unitId, long productId) {
        mark(unitId, productId, FIT_MARK);
    }

    @Override
    public void openOpportunity(long unitId, long productId) {
        mark(unitId, productId, OPEN_OPPORTUNITY);
    }

    @Override
    public void lostInWindow(long unitId, long productId) {
        mark(unitId, productId, LOST_IN_TTM);
    }

    @Override
    public void cellPotential(long unitId, long productId, long potentialCents, String competitor) {
        int c = cellOf(unitId, productId);
        if (c < 0) return;
        if (potentialCents >= 0) {
            if (potentials == null) {
                potentials = new long[cents.length];
                Arrays.fill(potentials, -1);
            }
            potentials[c] = potentialCents;
        }
        if (competitor != null && !competitor.isBlank()) {
            if (competitors == null) competitors = new String[cents.length];
            competitors[c] = competitor;
        }
    }

    private void mark(long unitId, long productId, byte flag) {
        int c = cellOf(unitId, productId);
        if (c >= 0) flags[c] |= flag;
    }
}
