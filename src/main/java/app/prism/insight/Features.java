package app.prism.insight;

/**
 * What the history says about one whitespace cell at a cut-off: the facts every ranking and every reason is made of.
 *
 * @param peers the share of comparable units buying the product, from the narrowest peer group with enough units
 * @param profileBuyers units of the same kind and country (any account) buying it: today's rule
 * @param profilePeers units of the same kind and country, the unit itself left out
 * @param accountsBuying accounts with a unit buying it (popularity)
 * @param coOccurrence the product the unit buys that is bought together with this one most often
 * @param unitRevenueCents the unit's TTM revenue over all products
 * @param unitProducts how many products the unit buys
 * @param openInUnit the unit has an opportunity open (for any product)
 * @param lostBefore an opportunity for this very cell was lost before
 * @param conversion what became of this product's whitespace cells a year before the cut-off
 * @param segmentConversion the same for the units of the same kind and country (the product's when they are too few)
 * @param togetherConversion the same for the units that bought {@code togetherProductId}, one of the products this unit
 *        buys, the one after which the product was bought most often (the product's when none had enough cells)
 */
public record Features(CellsAt.Candidate candidate, Peers peers, long profileBuyers, long profilePeers,
        long accountsBuying, long accountsTotal, CoOccurrence coOccurrence, long unitRevenueCents, int unitProducts,
        boolean openInUnit, boolean lostBefore, Conversion conversion, Conversion segmentConversion,
        Conversion togetherConversion, long togetherProductId) {

    /** The peer groups, narrow to broad. */
    public enum Level {
        KIND_AND_COUNTRY("comparable %s in %s"), KIND("%s"), ACCOUNT("other units of the account"), EVERYONE("units");

        final String text;

        Level(String text) {
            this.text = text;
        }
    }

    /** {@code buyers} of {@code units} in the group buy the product. */
    public record Peers(Level level, long buyers, long units) {

        /** (buyers + 1) / (units + 2): "9 of 10" beats "1 of 1". */
        public double share() {
            return (buyers + 1.0) / (units + 2.0);
        }
    }

    /**
     * {@code both} of the {@code of} other units that buy {@code productId} (which this unit buys) buy the candidate's
     * product too; {@code productId} is 0 when the unit buys nothing.
     */
    public record CoOccurrence(long productId, long both, long of) {

        public double share() {
            return of <= 0 ? 0 : (double) both / of;
        }
    }

    /** Of {@code candidates} whitespace cells of the product a year before the cut-off, {@code bought} were bought. */
    public record Conversion(long bought, long candidates) {

        public double share() {
            return (bought + 0.5) / (candidates + 10.0);
        }

        public int percent() {
            return candidates == 0 ? 0 : (int) Math.round(100.0 * bought / candidates);
        }
    }
}
