package app.prism.demo;

import static app.prism.account.UnitKind.COMPANY;
import static app.prism.account.UnitKind.DEPARTMENT;
import static app.prism.account.UnitKind.DIVISION;
import static app.prism.account.UnitKind.GROUP;
import static app.prism.account.UnitKind.SITE;
import static app.prism.account.UnitKind.SUBSIDIARY;

import app.prism.account.Scope;
import app.prism.account.UnitKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The three fictional customer groups of the demo, each an organisation tree as an account manager would draw it.
 * Names, cities and ids are invented; countries are real ISO codes so maps and filters have something to show.
 */
final class DemoCustomers {

    /**
     * One customer: the account's fields, the email domain of its people, the products it never buys, the share of
     * (unit, product) pairs that stop buying before the last twelve months, and its momentum (how much its spend rises
     * or falls across the two years: +0.3 is a third more at the end than at the start).
     */
    record Customer(String name, String industry, String country, Scope scope, String externalId, String mailDomain,
            Set<String> neverBuys, double churnRate, double momentum, Unit root) {}

    /** A node of the tree; {@code externalId} is the customer's own code where their ERP has one. */
    record Unit(String name, UnitKind kind, String country, String city, String externalId, List<Unit> children) {

        /** This unit and everything below it, parents before children. */
        void forEachInTreeOrder(Consumer<Unit> visit) {
            visit.accept(this);
            children.forEach(c -> c.forEachInTreeOrder(visit));
        }

        List<Unit> inTreeOrder() {
            List<Unit> out = new ArrayList<>();
            forEachInTreeOrder(out::add);
            return out;
        }
    }

    private DemoCustomers() {}

    static List<Customer> all() {
        return List.of(rheinwerk(), nordhavn(), meridian());
    }

    private static Unit u(String name, UnitKind kind, String country, String city, Unit... children) {
        return new Unit(name, kind, country, city, null, List.of(children));
    }

    private static Unit u(String name, UnitKind kind, String country, String city, String externalId, Unit... children) {
        return new Unit(name, kind, country, city, externalId, List.of(children));
    }

    /** A German engineering group: drives and conveyors, plants across Europe, the US and China. 47 units, 5 levels. */
    static Customer rheinwerk() {
        Unit root = u("Rheinwerk Industrie Gruppe", GROUP, "DE", "Düsseldorf", "RW-0001",
                u("Rheinwerk Antriebstechnik GmbH", COMPANY, "DE", "Duisburg", "RW-1000",
                        u("Getriebe & Motoren", DIVISION, "DE", "Duisburg",
                                u("Werk Duisburg-Nord", SITE, "DE", "Duisburg", "RW-1110",
                                        u("Instandhaltung Duisburg-Nord", DEPARTMENT, "DE", "Duisburg"),
                                        u("Qualitätssicherung Duisburg-Nord", DEPARTMENT, "DE", "Duisburg")),
                                u("Werk Bocholt", SITE, "DE", "Bocholt", "RW-1120")),
                        u("Servoantriebe", DIVISION, "DE", "Erlangen",
                                u("Werk Erlangen", SITE, "DE", "Erlangen", "RW-1210"),
                                u("Entwicklung Servo", DEPARTMENT, "DE", "Erlangen")),
                        u("Zentraleinkauf Antriebstechnik", DEPARTMENT, "DE", "Duisburg")),
                u("Rheinwerk Fördertechnik GmbH", COMPANY, "DE", "Dortmund", "RW-2000",
                        u("Intralogistik", DIVISION, "DE", "Dortmund",
                                u("Werk Dortmund", SITE, "DE", "Dortmund", "RW-2110"),
                                u("Werk Hamm", SITE, "DE", "Hamm", "RW-2120"),
                                u("Projektierung Intralogistik", DEPARTMENT, "DE", "Dortmund")),
                        u("Krananlagen", DIVISION, "DE", "Wetter (Ruhr)",
                                u("Werk Wetter", SITE, "DE", "Wetter (Ruhr)", "RW-2210"),
                                u("Werk Kalisz", SITE, "PL", "Kalisz", "RW-2220"))),
                u("Rheinwerk Austria GmbH", SUBSIDIARY, "AT", "Linz", "RW-3000",
                        u("Werk Linz", SITE, "AT", "Linz"),
                        u("Werk Steyr", SITE, "AT", "Steyr"),
                        u("Technischer Service Österreich", DEPARTMENT, "AT", "Wien")),
                u("Rheinwerk Schweiz AG", SUBSIDIARY, "CH", "Winterthur", "RW-3100",
                        u("Werk Winterthur", SITE, "CH", "Winterthur"),
                        u("Vertrieb & Service Schweiz", DEPARTMENT, "CH", "Zürich")),
                u("Rheinwerk Polska Sp. z o.o.", SUBSIDIARY, "PL", "Wrocław", "RW-3200",
                        u("Produkcja Polska", DIVISION, "PL", "Wrocław",
                                u("Zakład Wrocław", SITE, "PL", "Wrocław"),
                                u("Zakład Opole", SITE, "PL", "Opole"),
                                u("Utrzymanie ruchu", DEPARTMENT, "PL", "Wrocław")),
                        u("Zakupy Polska", DEPARTMENT, "PL", "Wrocław")),
                u("Rheinwerk s.r.o.", SUBSIDIARY, "CZ", "Plzeň", "RW-3300",
                        u("Závod Plzeň", SITE, "CZ", "Plzeň"),
                        u("Závod Brno", SITE, "CZ", "Brno")),
                u("Rheinwerk Inc.", SUBSIDIARY, "US", "Charlotte", "RW-4000",
                        u("Rheinwerk Drives North America", DIVISION, "US", "Charlotte",
                                u("Charlotte Plant", SITE, "US", "Charlotte"),
                                u("Spartanburg Plant", SITE, "US", "Spartanburg"),
                                u("Field Service Americas", DEPARTMENT, "US", "Charlotte")),
                        u("Querétaro Plant", SITE, "MX", "Querétaro")),
                u("Rheinwerk (Suzhou) Co., Ltd.", SUBSIDIARY, "CN", "Suzhou", "RW-5000",
                        u("Suzhou Plant 1", SITE, "CN", "Suzhou"),
                        u("Suzhou Plant 2", SITE, "CN", "Suzhou"),
                        u("Engineering Center Shanghai", DEPARTMENT, "CN", "Shanghai")),
                u("Group IT & Digital", DEPARTMENT, "DE", "Düsseldorf",
                        u("Digital Factory Program", DEPARTMENT, "DE", "Düsseldorf")),
                u("Group Procurement", DEPARTMENT, "DE", "Düsseldorf"),
                u("Group Health, Safety & Environment", DEPARTMENT, "DE", "Düsseldorf"));
        return new Customer("Rheinwerk Industrie Gruppe", "Industrial machinery", "DE", Scope.GLOBAL, "CRM-100245",
                "rheinwerk.example", Set.of(), 0.08, 0.3, root);
    }

    /** A Nordic food and beverage group: dairies, breweries, seafood and bakeries. 25 units, 4 levels. */
    static Customer nordhavn() {
        Unit root = u("Nordhavn Food Group A/S", GROUP, "DK", "Aarhus", "NH-001",
                u("Nordhavn Dairy A/S", COMPANY, "DK", "Aarhus", "NH-100",
                        u("Cheese", DIVISION, "DK", "Herning",
                                u("Herning Dairy", SITE, "DK", "Herning"),
                                u("Brabrand Cheese Plant", SITE, "DK", "Aarhus")),
                        u("Milk & Cream", DIVISION, "DK", "Odense",
                                u("Odense Dairy", SITE, "DK", "Odense"),
                                u("Esbjerg Dairy", SITE, "DK", "Esbjerg")),
                        u("Dairy Engineering", DEPARTMENT, "DK", "Aarhus")),
                u("Nordhavn Bryggerier AB", COMPANY, "SE", "Göteborg", "NH-200",
                        u("Göteborg Brewery", SITE, "SE", "Göteborg"),
                        u("Malmö Bottling Plant", SITE, "SE", "Malmö"),
                        u("Kvalitet & Process", DEPARTMENT, "SE", "Göteborg")),
                u("Nordhavn Norge AS", SUBSIDIARY, "NO", "Oslo", "NH-300",
                        u("Stavanger Seafood Plant", SITE, "NO", "Stavanger"),
                        u("Ålesund Seafood Plant", SITE, "NO", "Ålesund")),
                u("Nordhavn Suomi Oy", SUBSIDIARY, "FI", "Tampere", "NH-400",
                        u("Tampere Bakery", SITE, "FI", "Tampere"),
                        u("Oulu Bakery", SITE, "FI", "Oulu")),
                u("Nordhavn Deutschland GmbH", SUBSIDIARY, "DE", "Hamburg", "NH-500",
                        u("Kiel Bottling Plant", SITE, "DE", "Kiel")),
                u("Group Supply Chain", DEPARTMENT, "DK", "Aarhus",
                        u("Central Warehouse Aarhus", SITE, "DK", "Aarhus")),
                u("Group Engineering & Sustainability", DEPARTMENT, "DK", "København"));
        return new Customer("Nordhavn Food Group", "Food & beverage", "DK", Scope.REGIONAL, "CRM-100311",
                "nordhavn.example", Set.of("SW-MES", "AUT-DRV"), 0.06, 0.0, root);
    }

    /** A US-based global logistics group, spending less with us each quarter: hubs, DCs, cold stores. 40 units, 4 levels. */
    static Customer meridian() {
        Unit root = u("Meridian Freight Logistics Inc.", GROUP, "US", "Chicago",
                u("Meridian North America LLC", COMPANY, "US", "Chicago", "MFL-NA",
                        u("Parcel & E-commerce", DIVISION, "US", "Columbus",
                                u("Columbus Hub", SITE, "US", "Columbus", "MFL-CMH"),
                                u("Memphis Hub", SITE, "US", "Memphis", "MFL-MEM"),
                                u("Dallas Sort Center", SITE, "US", "Dallas", "MFL-DFW"),
                                u("Reno Fulfillment Center", SITE, "US", "Reno", "MFL-RNO")),
                        u("Contract Logistics", DIVISION, "US", "Atlanta",
                                u("Atlanta Distribution Center", SITE, "US", "Atlanta", "MFL-ATL"),
                                u("Savannah Port Warehouse", SITE, "US", "Savannah", "MFL-SAV"),
                                u("Joliet Distribution Center", SITE, "US", "Joliet", "MFL-JOT"),
                                u("Solutions Design", DEPARTMENT, "US", "Atlanta")),
                        u("Cold Chain", DIVISION, "US", "Kansas City",
                                u("Kansas City Cold Store", SITE, "US", "Kansas City", "MFL-MCI"),
                                u("Fresno Cold Store", SITE, "US", "Fresno", "MFL-FAT")),
                        u("Fleet & Facilities Engineering", DEPARTMENT, "US", "Chicago")),
                u("Meridian Canada Ltd.", SUBSIDIARY, "CA", "Toronto", "MFL-CA",
                        u("Mississauga Distribution Center", SITE, "CA", "Mississauga"),
                        u("Calgary Distribution Center", SITE, "CA", "Calgary")),
                u("Meridian Logística México S.A. de C.V.", SUBSIDIARY, "MX", "Monterrey", "MFL-MX",
                        u("Monterrey Cross-dock", SITE, "MX", "Monterrey"),
                        u("Guadalajara Distribution Center", SITE, "MX", "Guadalajara")),
                u("Meridian Europe B.V.", COMPANY, "NL", "Rotterdam", "MFL-EU",
                        u("Benelux Operations", DIVISION, "NL", "Rotterdam",
                                u("Rotterdam Maasvlakte Terminal", SITE, "NL", "Rotterdam"),
                                u("Venlo European DC", SITE, "NL", "Venlo"),
                                u("Antwerp Warehouse", SITE, "BE", "Antwerpen")),
                        u("Meridian Deutschland GmbH", SUBSIDIARY, "DE", "Hamburg",
                                u("Hamburg Hub", SITE, "DE", "Hamburg"),
                                u("Duisburg Rail Terminal", SITE, "DE", "Duisburg")),
                        u("Meridian UK Ltd", SUBSIDIARY, "GB", "Milton Keynes",
                                u("Milton Keynes DC", SITE, "GB", "Milton Keynes"),
                                u("Daventry DC", SITE, "GB", "Daventry")),
                        u("European Network Planning", DEPARTMENT, "NL", "Rotterdam")),
                u("Meridian Asia Pacific Pte. Ltd.", SUBSIDIARY, "SG", "Singapore", "MFL-APAC",
                        u("Changi Air Hub", SITE, "SG", "Singapore"),
                        u("Johor Bahru Distribution Center", SITE, "MY", "Johor Bahru")),
                u("Global Procurement", DEPARTMENT, "US", "Chicago"),
                u("Digital & Automation", DEPARTMENT, "US", "Chicago",
                        u("Robotics Lab", DEPARTMENT, "US", "Pittsburgh")));
        return new Customer("Meridian Freight Logistics", "Transport & logistics", "US", Scope.GLOBAL, null,
                "meridian-freight.example", Set.of("SW-MES"), 0.35, -0.7, root);
    }
}
