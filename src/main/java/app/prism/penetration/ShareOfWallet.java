package app.prism.penetration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * PRODUCT.md section 4, "Share of wallet": a cell's share = its TTM revenue / its potential when the potential is above
 * zero (null otherwise; it may exceed 1), and a potential below the revenue is flagged. A subtree's, unit's, product's
 * or account's potential is the sum of its cells' potentials (null when none is set), its competitors the distinct
 * ones of its cells, and its share Σ TTM revenue of the cells that have a potential / Σ their potential (null without
 * any potential, or when they sum to zero). Fit-marked cells carry no potential: callers leave them out.
 */
public final class ShareOfWallet {

    /** The flag beside a cell whose potential is below its TTM revenue. */
    public static final String POTENTIAL_BELOW_REVENUE = "POTENTIAL_BELOW_REVENUE";

    private ShareOfWallet() {}

    /** A cell's share: revenue / potential with four decimals, null when the potential is unset or not above zero. */
    public static BigDecimal of(BigDecimal revenue, BigDecimal potential) {
        if (potential == null || potential.signum() <= 0) return null;
        return revenue.divide(potential, 4, RoundingMode.HALF_UP);
    }

    /** {@link #POTENTIAL_BELOW_REVENUE} when a potential is set and below the revenue, else null. */
    public static String flag(BigDecimal revenue, BigDecimal potential) {
        return potential != null && potential.compareTo(revenue) < 0 ? POTENTIAL_BELOW_REVENUE : null;
    }

    /**
     * Adds up cells for a roll-up, a column, a row or the account, in whole cents: the potentials of the cells that
     * have one and those cells' TTM revenue. Cells without a potential add nothing.
     */
    public static final class Sum {

        private long potentialCents;
        private long revenueCents;
        private boolean any;

        /** A cell with a potential (in cents) and its TTM revenue (in cents); a negative potential means none. */
        public void add(long potentialCents, long revenueCents) {
            if (potentialCents < 0) return;
            any = true;
            this.potentialCents = Math.addExact(this.potentialCents, potentialCents);
            this.revenueCents = Math.addExact(this.revenueCents, revenueCents);
        }

        public void add(Sum other) {
            if (!other.any) return;
            any = true;
            potentialCents = Math.addExact(potentialCents, other.potentialCents);
            revenueCents = Math.addExact(revenueCents, other.revenueCents);
        }

        public void clear() {
            potentialCents = 0;
            revenueCents = 0;
            any = false;
        }

        public boolean any() {
            return any;
        }

        /** The sum of the potentials, null when no cell has one. */
        public BigDecimal potential() {
            return any ? BigDecimal.valueOf(potentialCents, 2) : null;
        }

        /** The TTM revenue of the cells that have a potential (zero when none has). */
        public BigDecimal revenueWithPotential() {
            return BigDecimal.valueOf(revenueCents, 2);
        }

        /** Σ revenue of the cells with a potential / Σ their potential; null without a potential or when it is zero. */
        public BigDecimal share() {
            if (!any || potentialCents == 0) return null;
            return BigDecimal.valueOf(revenueCents).divide(BigDecimal.valueOf(potentialCents), 4, RoundingMode.HALF_UP);
        }

        /** The flag of a cell (or subtree cell) with these sums. */
        public String flag() {
            return any && potentialCents < revenueCents ? POTENTIAL_BELOW_REVENUE : null;
        }
    }

    /** The distinct competitors of some cells, sorted; blank names are none. */
    public static List<String> competitors(Collection<String> named) {
        TreeSet<String> distinct = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String c : named) if (c != null && !c.isBlank()) distinct.add(c.strip());
        return List.copyOf(distinct);
    }
}
