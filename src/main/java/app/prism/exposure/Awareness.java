package app.prism.exposure;

import java.time.LocalDate;
import java.util.List;

/**
 * The share of (active contact, applicable product not bought by the contact's unit) pairs exposed within the cadence:
 * for the account, per unit and per product, and the account's figure at the end of each of the last twelve months.
 * A share is null where there are no such pairs.
 */
public record Awareness(LocalDate asOf, int cadenceDays, Double awareness, long exposedPairs, long pairs,
        List<UnitShare> units, List<ProductShare> products, List<Point> trend) {

    public record UnitShare(long unitId, Double awareness, long exposedPairs, long pairs) {}

    public record ProductShare(long productId, Double awareness, long exposedPairs, long pairs) {}

    public record Point(LocalDate date, Double awareness, long exposedPairs, long pairs) {}
}
