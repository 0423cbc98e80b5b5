package app.prism.demo;

import app.prism.account.TeamRole;
import app.prism.identity.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Our side of the demo: five colleagues sharing one documented password, and who staffs which customer's team, so that
 * each MEMBER sees only some accounts: the three large groups are staffed by hand (Jonas: Rheinwerk and Nordhavn;
 * Ingrid: Nordhavn; Maya: Rheinwerk and Meridian); the other customers by region (Ingrid the Nordics, Maya the Americas
 * and Asia-Pacific, Jonas the rest of Europe), the managers as executive sponsors of the larger ones.
 */
final class DemoColleagues {

    /** The demo users' shared password; demo installations are for evaluation only. */
    static final String PASSWORD = "demo-password-2026";

    record Colleague(String name, String email, Role role) {}

    record Seat(String email, TeamRole role) {}

    static final Colleague SOPHIE = new Colleague("Sophie Wagner", "sophie.wagner@demo.prism.local", Role.MANAGER);
    static final Colleague DAVID = new Colleague("David Okafor", "david.okafor@demo.prism.local", Role.MANAGER);
    static final Colleague JONAS = new Colleague("Jonas Becker", "jonas.becker@demo.prism.local", Role.MEMBER);
    static final Colleague INGRID = new Colleague("Ingrid Halvorsen", "ingrid.halvorsen@demo.prism.local", Role.MEMBER);
    static final Colleague MAYA = new Colleague("Maya Thompson", "maya.thompson@demo.prism.local", Role.MEMBER);

    private DemoColleagues() {}

    static List<Colleague> all() {
        return List.of(SOPHIE, DAVID, JONAS, INGRID, MAYA);
    }

    private static final Set<String> NORDICS = Set.of("SE", "NO", "FI", "DK", "IS");
    private static final Set<String> AMERICAS_APAC = Set.of("US", "CA", "MX", "BR", "JP", "KR",
            "IN", "AU", "CN", "SG");

    /**
     * A customer's team, the account's owner first: the hand-drawn ones as {@link #TEAMS} says, the others by the
     * customer's country; {@code units} tells a large customer (a global account manager, a specialist, a sponsor)
     * from a mid-size one (an account manager and a sponsor) and a small one (an account manager alone).
     */
    static List<Seat> teamOf(String customer, String country, int units, int index) {
        List<Seat> drawn = TEAMS.get(customer);
        if (drawn != null) return drawn;
        Colleague owner = NORDICS.contains(country) ? INGRID : AMERICAS_APAC.contains(country) ? MAYA : JONAS;
        Colleague sponsor = index % 2 == 0 ? SOPHIE : DAVID;
        if (units >= 20) {
            Colleague specialist = owner == JONAS ? MAYA : JONAS;
            return List.of(new Seat(owner.email(), TeamRole.GLOBAL_ACCOUNT_MANAGER),
                    new Seat(specialist.email(), TeamRole.PRODUCT_SPECIALIST),
                    new Seat(sponsor.email(), TeamRole.EXECUTIVE_SPONSOR));
        }
        if (units >= 6) {
            return List.of(new Seat(owner.email(), TeamRole.ACCOUNT_MANAGER),
                    new Seat(sponsor.email(), TeamRole.EXECUTIVE_SPONSOR));
        }
        return List.of(new Seat(owner.email(), TeamRole.ACCOUNT_MANAGER));
    }

    /** The hand-drawn customers' teams, the global account manager (the account's owner) first. */
    static final Map<String, List<Seat>> TEAMS = Map.of(
            "Rheinwerk Industrie Gruppe", List.of(new Seat(JONAS.email(), TeamRole.GLOBAL_ACCOUNT_MANAGER),
                    new Seat(MAYA.email(), TeamRole.REGIONAL_MANAGER),
                    new Seat(SOPHIE.email(), TeamRole.EXECUTIVE_SPONSOR)),
            "Nordhavn Food Group", List.of(new Seat(INGRID.email(), TeamRole.GLOBAL_ACCOUNT_MANAGER),
                    new Seat(JONAS.email(), TeamRole.PRODUCT_SPECIALIST),
                    new Seat(DAVID.email(), TeamRole.EXECUTIVE_SPONSOR)),
            "Meridian Freight Logistics", List.of(new Seat(MAYA.email(), TeamRole.GLOBAL_ACCOUNT_MANAGER),
                    new Seat(DAVID.email(), TeamRole.EXECUTIVE_SPONSOR)));
}
