package app.prism.demo;

import app.prism.account.TeamRole;
import app.prism.identity.Role;
import java.util.List;
import java.util.Map;

/**
 * Our side of the demo: five colleagues sharing one documented password, and who staffs which customer's team, so that
 * each MEMBER sees only some accounts (Jonas: Rheinwerk and Nordhavn; Ingrid: Nordhavn; Maya: Rheinwerk and Meridian).
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

    /** Each customer's team, the global account manager (the account's owner) first. */
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
