package app.prism.account;

/**
 * What other capabilities hold against a business unit (contacts, sales …). A unit with any of it is not deleted:
 * each capability implements this so the unit tree can refuse with a clear reason without reading their tables.
 */
public interface UnitUsage {

    /** How many records of this capability point at the unit. */
    long countFor(long unitId);

    /** What those records are called, plural ("contacts"). */
    String label();
}
