package app.prism.relationship;

import app.prism.contact.Attitude;
import app.prism.contact.BuyingRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Relationship risks per unit, PRODUCT.md section 4, each with its reason:
 * SINGLE_THREADED — a unit we do business with has at most one active contact;
 * KEY_PERSON — all active contacts of a unit we do business with have the same single relationship owner;
 * NO_DECISION_MAKER — a unit we do business with has no active DECISION_MAKER or ECONOMIC_BUYER;
 * DETRACTOR_IN_POWER — an active DECISION_MAKER or ECONOMIC_BUYER of the unit (any unit) is a DETRACTOR;
 * GONE_QUIET — the unit has active contacts, and no touchpoint with any of its contacts is dated asOf − 180 … asOf.
 */
public final class RiskRule {

    public static final int QUIET_DAYS = 180;

    private RiskRule() {}

    /** A contact of the unit as the rule needs it; {@code lastTouchedOn} is their last touchpoint up to asOf. */
    public record Person(long contactId, String name, boolean active, BuyingRole role, Attitude attitude,
            Set<Long> ownerUserIds, LocalDate lastTouchedOn) {}

    /** One unit: whether we do business with it, and its people (active and not). */
    public record Unit(long unitId, boolean doingBusiness, List<Person> people) {}

    public record Risk(long unitId, RiskFlag flag, String reason) {}

    /** {@code ownerNames} names the colleagues in reasons; may miss some ids. */
    public static List<Risk> risksOf(Unit unit, LocalDate asOf, java.util.Map<Long, String> ownerNames) {
        return risksOf(unit, asOf, ownerNames, LocalDate::toString);
    }

    /** The same, with the dates in the reasons written by {@code dateText} (the reader's locale on a page). */
    public static List<Risk> risksOf(Unit unit, LocalDate asOf, java.util.Map<Long, String> ownerNames,
            java.util.function.Function<LocalDate, String> dateText) {
        List<Risk> risks = new ArrayList<>();
        List<Person> active = unit.people().stream().filter(Person::active).toList();
        if (unit.doingBusiness()) {
            if (active.size() <= 1) {
                risks.add(new Risk(unit.unitId(), RiskFlag.SINGLE_THREADED, active.isEmpty()
                        ? "We do business here but know no active contact."
                        : "We do business here and know only " + active.get(0).name() + "."));
            }
            Set<Set<Long>> ownerSets = active.stream().map(Person::ownerUserIds).collect(Collectors.toSet());
            if (!active.isEmpty() && ownerSets.size() == 1 && ownerSets.iterator().next().size() == 1) {
                long owner = ownerSets.iterator().next().iterator().next();
                risks.add(new Risk(unit.unitId(), RiskFlag.KEY_PERSON, "Every active contact here is known only by "
                        + ownerNames.getOrDefault(owner, "one colleague") + ": the relationship leaves with them."));
            }
            if (active.stream().noneMatch(p -> isInPower(p.role()))) {
                risks.add(new Risk(unit.unitId(), RiskFlag.NO_DECISION_MAKER,
                        "We do business here but know no active decision maker or economic buyer."));
            }
        }
        List<String> detractors = active.stream().filter(p -> isInPower(p.role()) && p.attitude() == Attitude.DETRACTOR)
                .map(p -> p.name() + " (" + p.role().name().replace('_', ' ').toLowerCase() + ")").toList();
        if (!detractors.isEmpty()) {
            risks.add(new Risk(unit.unitId(), RiskFlag.DETRACTOR_IN_POWER,
                    String.join(", ", detractors) + (detractors.size() == 1 ? " is a detractor." : " are detractors.")));
        }
        if (!active.isEmpty()) {
            LocalDate since = asOf.minusDays(QUIET_DAYS);
            LocalDate last = lastTouch(unit.people(), asOf);
            if (last == null || last.isBefore(since)) {
                risks.add(new Risk(unit.unitId(), RiskFlag.GONE_QUIET, last == null
                        ? "No touchpoint with anyone here yet."
                        : "No touchpoint with anyone here since " + dateText.apply(last) + " (over " + QUIET_DAYS + " days)."));
            }
        }
        return risks;
    }

    static boolean isInPower(BuyingRole role) {
        return role == BuyingRole.DECISION_MAKER || role == BuyingRole.ECONOMIC_BUYER;
    }

    private static LocalDate lastTouch(Collection<Person> people, LocalDate asOf) {
        return people.stream().map(Person::lastTouchedOn).filter(d -> d != null && !d.isAfter(asOf))
                .max(LocalDate::compareTo).orElse(null);
    }
}
