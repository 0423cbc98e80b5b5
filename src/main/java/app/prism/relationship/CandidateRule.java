package app.prism.relationship;

import app.prism.contact.Attitude;
import app.prism.contact.BuyingRole;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Referral candidates for a unit we do not do business with, PRODUCT.md section 4: the active SUPPORTERs and CHAMPIONs
 * of units we do business with, ranked by closeness in the tree — a sibling (same parent), then the same parent chain
 * (an ancestor or a descendant), then the same country, then the rest — and then by relationship strength.
 */
public final class CandidateRule {

    private CandidateRule() {}

    public enum Closeness {
        SIBLING("a sibling unit"), SAME_CHAIN("in the same line of the tree"), SAME_COUNTRY("in the same country"),
        OTHER("elsewhere in the account");

        private final String words;

        Closeness(String words) {
            this.words = words;
        }
    }

    /** A unit of the tree: its parent (null for a root) and country. */
    public record Unit(long id, Long parentId, String country, String name) {}

    public record Person(long contactId, String name, long unitId, boolean active, BuyingRole role, Attitude attitude,
            int strength) {}

    public record Candidate(long contactId, String name, long unitId, Closeness closeness, int strength, String reason) {}

    /** Best first; empty when the target is a unit we already do business with. */
    public static List<Candidate> rank(long targetUnitId, Map<Long, Unit> tree, Set<Long> doingBusiness,
            Collection<Person> people) {
        if (doingBusiness.contains(targetUnitId) || !tree.containsKey(targetUnitId)) return List.of();
        Unit target = tree.get(targetUnitId);
        Set<Long> chain = ancestors(targetUnitId, tree);
        List<Candidate> out = new ArrayList<>();
        for (Person p : people) {
            if (!p.active() || !doingBusiness.contains(p.unitId())) continue;
            if (p.attitude() != Attitude.SUPPORTER && p.role() != BuyingRole.CHAMPION) continue;
            Unit unit = tree.get(p.unitId());
            if (unit == null) continue;
            Closeness closeness;
            if (target.parentId() != null && target.parentId().equals(unit.parentId())) closeness = Closeness.SIBLING;
            else if (chain.contains(unit.id()) || ancestors(unit.id(), tree).contains(targetUnitId)) {
                closeness = Closeness.SAME_CHAIN;
            } else if (target.country() != null && target.country().equals(unit.country())) {
                closeness = Closeness.SAME_COUNTRY;
            } else closeness = Closeness.OTHER;
            String who = p.role() == BuyingRole.CHAMPION && p.attitude() == Attitude.SUPPORTER ? "A champion and supporter"
                    : p.role() == BuyingRole.CHAMPION ? "A champion" : "A supporter";
            out.add(new Candidate(p.contactId(), p.name(), unit.id(), closeness, p.strength(),
                    who + " in " + unit.name() + ", " + closeness.words + ", where we do business (relationship strength "
                            + p.strength() + " of 3)."));
        }
        out.sort(Comparator.comparing(Candidate::closeness).thenComparing(Comparator.comparingInt(Candidate::strength)
                .reversed()).thenComparing(Candidate::name).thenComparingLong(Candidate::contactId));
        return out;
    }

    /** The unit's ancestors (not the unit itself). */
    static Set<Long> ancestors(long unitId, Map<Long, Unit> tree) {
        Set<Long> out = new HashSet<>();
        Unit at = tree.get(unitId);
        while (at != null && at.parentId() != null && out.add(at.parentId())) at = tree.get(at.parentId());
        out.remove(unitId);
        return out;
    }

}
