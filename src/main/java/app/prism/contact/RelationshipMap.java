package app.prism.contact;

import app.prism.account.UnitKind;
import java.util.List;

/**
 * The customer's org chart for one account (or one unit and its subtree): units in tree order with the active people
 * in each, the reporting lines between them, and the units where nobody who decides or signs is known.
 */
public record RelationshipMap(long accountId, String accountName, Long unitId, List<MapUnit> units,
        List<ReportingLine> reportingLines, List<Long> seatsWithoutDecisionMaker) {

    /** A unit of the map; {@code level} 1 is the top of the map, {@code decisionMakerKnown} false marks a gap. */
    public record MapUnit(long id, Long parentId, String name, UnitKind kind, String city, String country, int level,
            boolean decisionMakerKnown, List<Person> people) {}

    public record Person(long id, long unitId, String name, String title, BuyingRole buyingRole, Attitude attitude,
            int relationshipStrength, Long reportsToId, List<Owner> owners) {}

    /** One of our colleagues who knows the person. */
    public record Owner(long userId, String name) {}

    /** {@code contactId} reports to {@code reportsToId}; both are on the map. */
    public record ReportingLine(long contactId, long reportsToId) {}

    public int peopleCount() {
        return units.stream().mapToInt(u -> u.people().size()).sum();
    }
}
