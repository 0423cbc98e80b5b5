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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The fictional customers of the demo, each an organisation tree as an account manager would draw it: three large
 * groups drawn by hand, and 37 more of different sizes, industries and countries whose trees are grown from a seed (a
 * few deep groups, many mid-size companies, some small ones). Names, cities and ids are invented; countries are real
 * ISO codes so maps and filters have something to show.
 */
final class DemoCustomers {

    /**
     * One customer: the account's fields, the email domain of its people, the products it never buys, the share of
     * (unit, product) pairs that stop buying before the last twelve months, and its momentum (how much its spend rises
     * or falls across the four years: +0.3 is a third more at the end than at the start).
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

    /** How big a generated customer is: a deep group, a mid-size company, a small one. */
    enum Size { LARGE, MEDIUM, SMALL }

    /** A generated customer before its tree is grown. */
    record Spec(String name, String industry, String country, Scope scope, Size size, double momentum, double churn,
            List<String> abroad) {}

    static List<Customer> all() {
        List<Customer> all = new ArrayList<>(List.of(rheinwerk(), nordhavn(), meridian()));
        Random random = new Random(20261202L);
        int n = 0;
        for (Spec spec : GENERATED) all.add(grow(spec, ++n, random));
        return List.copyOf(all);
    }

    static final List<Spec> GENERATED = List.of(
            spec("Castellane Chimie S.A.", "Chemicals", "FR", Scope.GLOBAL, Size.LARGE, 0.2, 0.08, "DE", "ES", "US"),
            spec("Valdoro Alimentari S.p.A.", "Food & beverage", "IT", Scope.REGIONAL, Size.LARGE, 0.1, 0.06, "FR", "ES"),
            spec("Kitakami Precision Industries", "Electronics manufacturing", "JP", Scope.GLOBAL, Size.LARGE, 0.4, 0.05,
                    "KR", "CN", "US"),
            spec("Severn Vale Water plc", "Water utilities", "GB", Scope.NATIONAL, Size.MEDIUM, 0.0, 0.04),
            spec("Hallberg Papper AB", "Paper & pulp", "SE", Scope.REGIONAL, Size.MEDIUM, -0.2, 0.1, "FI"),
            spec("Torvik Metall AS", "Metals & mining", "NO", Scope.NATIONAL, Size.MEDIUM, 0.1, 0.08),
            spec("Oakridge Packaging Corp.", "Packaging", "US", Scope.NATIONAL, Size.MEDIUM, 0.3, 0.06, "CA"),
            spec("Granitos del Norte S.L.", "Building materials", "ES", Scope.NATIONAL, Size.MEDIUM, -0.3, 0.15),
            spec("Alpenrose Pharma AG", "Pharmaceuticals", "CH", Scope.REGIONAL, Size.MEDIUM, 0.3, 0.04, "DE"),
            spec("Wisła Stal S.A.", "Metals & mining", "PL", Scope.NATIONAL, Size.MEDIUM, 0.0, 0.1),
            spec("Moravia Auto Components s.r.o.", "Automotive supplier", "CZ", Scope.REGIONAL, Size.MEDIUM, 0.2, 0.07,
                    "PL"),
            spec("Donautal Fahrzeugteile GmbH", "Automotive supplier", "DE", Scope.GLOBAL, Size.MEDIUM, -0.4, 0.2,
                    "MX", "CN"),
            spec("Eifel Zement AG", "Building materials", "DE", Scope.NATIONAL, Size.MEDIUM, 0.0, 0.06),
            spec("Lakeshore Foods Inc.", "Food & beverage", "US", Scope.NATIONAL, Size.MEDIUM, 0.2, 0.07),
            spec("Prairie Grain Processing Ltd.", "Food & beverage", "CA", Scope.NATIONAL, Size.MEDIUM, 0.1, 0.05),
            spec("Sierra Madre Empaques S.A. de C.V.", "Packaging", "MX", Scope.NATIONAL, Size.MEDIUM, 0.5, 0.05),
            spec("Paulista Autopeças Ltda.", "Automotive supplier", "BR", Scope.NATIONAL, Size.MEDIUM, 0.3, 0.09),
            spec("Hanbit Electronics Co., Ltd.", "Electronics manufacturing", "KR", Scope.REGIONAL, Size.MEDIUM, 0.4,
                    0.05, "CN"),
            spec("Deccan Pharma Ltd.", "Pharmaceuticals", "IN", Scope.NATIONAL, Size.MEDIUM, 0.6, 0.04),
            spec("Southern Cross Water Pty Ltd", "Water utilities", "AU", Scope.NATIONAL, Size.MEDIUM, 0.1, 0.03),
            spec("Scheldt Chemie N.V.", "Chemicals", "BE", Scope.REGIONAL, Size.MEDIUM, 0.0, 0.06, "NL"),
            spec("Zuiderzee Logistics B.V.", "Transport & logistics", "NL", Scope.REGIONAL, Size.MEDIUM, -0.1, 0.12,
                    "BE", "DE"),
            spec("Kvarken Shipping & Logistics Oy", "Transport & logistics", "FI", Scope.REGIONAL, Size.MEDIUM, 0.1,
                    0.08, "SE"),
            spec("Bodensee Maschinenbau GmbH", "Industrial machinery", "DE", Scope.GLOBAL, Size.MEDIUM, 0.2, 0.05,
                    "CH", "US"),
            spec("Tiroler Holzwerke GmbH", "Paper & pulp", "AT", Scope.NATIONAL, Size.MEDIUM, -0.1, 0.07),
            spec("Jutland Wind Components A/S", "Industrial machinery", "DK", Scope.GLOBAL, Size.MEDIUM, 0.5, 0.04,
                    "PL", "US"),
            spec("Pennine Engineering Ltd", "Industrial machinery", "GB", Scope.NATIONAL, Size.MEDIUM, -0.2, 0.1),
            spec("Mistral Aéro Composants SAS", "Aerospace supplier", "FR", Scope.REGIONAL, Size.MEDIUM, 0.3, 0.04,
                    "ES"),
            spec("Ostsee Fischverarbeitung GmbH", "Food & beverage", "DE", Scope.LOCAL, Size.SMALL, 0.0, 0.08),
            spec("Loire Emballages SAS", "Packaging", "FR", Scope.LOCAL, Size.SMALL, 0.1, 0.1),
            spec("Atlantic Cold Storage Ltd", "Transport & logistics", "IE", Scope.NATIONAL, Size.SMALL, 0.2, 0.06),
            spec("Po Valley Plastics S.r.l.", "Chemicals", "IT", Scope.LOCAL, Size.SMALL, -0.3, 0.15),
            spec("Midlands Brewing Co.", "Food & beverage", "GB", Scope.LOCAL, Size.SMALL, 0.1, 0.05),
            spec("Great Lakes Castings LLC", "Metals & mining", "US", Scope.LOCAL, Size.SMALL, -0.2, 0.12),
            spec("Vltava Mlýny a.s.", "Food & beverage", "CZ", Scope.LOCAL, Size.SMALL, 0.0, 0.06),
            spec("Bergen Aqua Farms AS", "Food & beverage", "NO", Scope.LOCAL, Size.SMALL, 0.4, 0.04),
            spec("Rioja Envases S.L.", "Packaging", "ES", Scope.LOCAL, Size.SMALL, 0.0, 0.08));

    private static Spec spec(String name, String industry, String country, Scope scope, Size size, double momentum,
            double churn, String... abroad) {
        return new Spec(name, industry, country, scope, size, momentum, churn, List.of(abroad));
    }

    /** Where a generated customer's sites are: a few real industrial towns per country (the companies are invented). */
    private static final Map<String, List<String>> CITIES = cities(
            "DE: München, Stuttgart, Köln, Hannover, Nürnberg, Leipzig, Bremen, Regensburg, Kassel",
            "FR: Lyon, Toulouse, Lille, Nantes, Grenoble, Rouen, Strasbourg, Bordeaux",
            "IT: Milano, Torino, Bologna, Verona, Brescia, Parma, Modena",
            "ES: Bilbao, Zaragoza, Valencia, Sevilla, Vitoria-Gasteiz, Pamplona",
            "GB: Sheffield, Leeds, Bristol, Derby, Coventry, Manchester, Hull",
            "IE: Cork, Dublin, Limerick, Galway",
            "NL: Eindhoven, Tilburg, Zwolle, Utrecht, Groningen",
            "BE: Gent, Liège, Charleroi, Hasselt",
            "SE: Västerås, Sundsvall, Norrköping, Gävle, Örebro",
            "NO: Trondheim, Bergen, Kristiansand, Mo i Rana",
            "FI: Vaasa, Turku, Kuopio, Lahti",
            "DK: Esbjerg, Vejle, Aalborg, Randers",
            "PL: Katowice, Gdańsk, Poznań, Łódź",
            "CZ: Ostrava, Olomouc, Mladá Boleslav, Pardubice",
            "AT: Graz, Innsbruck, Salzburg, Wels",
            "CH: Basel, Luzern, Schaffhausen, Aarau",
            "US: Cleveland, Toledo, Milwaukee, Pittsburgh, Louisville, Grand Rapids, Fort Wayne",
            "CA: Winnipeg, Saskatoon, Regina, Hamilton",
            "MX: Saltillo, Puebla, León, San Luis Potosí",
            "BR: Campinas, Joinville, Curitiba, São Bernardo do Campo",
            "JP: Nagoya, Hamamatsu, Kitakyushu, Sendai, Toyama",
            "KR: Ulsan, Gumi, Changwon, Suwon",
            "IN: Pune, Hyderabad, Ahmedabad, Vadodara",
            "AU: Geelong, Newcastle, Wollongong, Townsville",
            "CN: Tianjin, Ningbo, Wuxi, Chongqing");

    private static Map<String, List<String>> cities(String... countries) {
        Map<String, List<String>> out = new HashMap<>();
        for (String c : countries) out.put(c.substring(0, 2), List.of(c.substring(4).split(", ")));
        return Map.copyOf(out);
    }

    /** A country's name as the customer writes it in a company name, and its usual legal form. */
    private record CountryWords(String name, String legalForm) {}

    private static final Map<String, CountryWords> COUNTRIES = countryWords(
            "DE: Deutschland | GmbH", "FR: France | SAS", "ES: España | S.L.", "US: USA | Inc.",
            "KR: Korea | Co., Ltd.", "CN: China | Co., Ltd.", "FI: Finland | Oy", "CA: Canada | Ltd.",
            "PL: Polska | Sp. z o.o.", "MX: México | S.A. de C.V.", "NL: Nederland | B.V.", "BE: Belgium | N.V.",
            "SE: Sverige | AB", "CH: Schweiz | AG", "IT: Italia | S.r.l.", "JP: Japan | K.K.");

    private static Map<String, CountryWords> countryWords(String... countries) {
        Map<String, CountryWords> out = new HashMap<>();
        for (String c : countries) {
            String[] words = c.substring(4).split(" \\| ");
            out.put(c.substring(0, 2), new CountryWords(words[0], words[1]));
        }
        return Map.copyOf(out);
    }

    private static String countryName(String cc) {
        CountryWords words = COUNTRIES.get(cc);
        return words == null ? cc : words.name();
    }

    /** The customer's company in a country: "Castellane Deutschland GmbH". */
    private static String companyIn(String shortName, String cc) {
        CountryWords words = COUNTRIES.get(cc);
        return shortName + " " + countryName(cc) + " " + (words == null ? "Ltd" : words.legalForm());
    }

    /** What a site is called in an industry, and the divisions of a large group in it. */
    private static String siteNoun(String industry) {
        return switch (industry) {
            case "Transport & logistics" -> "Distribution Center";
            case "Water utilities" -> "Treatment Works";
            case "Paper & pulp" -> "Mill";
            case "Metals & mining", "Building materials" -> "Works";
            default -> "Plant";
        };
    }

    private static List<String> divisions(String industry) {
        return switch (industry) {
            case "Chemicals" -> List.of("Specialty Chemicals", "Polymers", "Coatings");
            case "Food & beverage" -> List.of("Pasta & Bakery", "Dairy", "Beverages");
            case "Electronics manufacturing" -> List.of("Sensors", "Power Electronics", "Displays");
            default -> List.of("Operations", "Components", "Systems");
        };
    }

    private static final List<String> DEPARTMENTS = List.of("Central Engineering", "Procurement", "Quality & EHS",
            "IT & Digital", "Maintenance Services");

    /** Grows a generated customer's tree from its size and countries (the shared random keeps the order stable). */
    private static Customer grow(Spec spec, int n, Random random) {
        String shortName = spec.name().split(" ")[0];
        String code = shortName.substring(0, Math.min(3, shortName.length())).toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z]", "X");
        Set<String> used = new HashSet<>();
        int[] seq = {0};
        Supplier<String> ext = () -> code + "-" + String.format("%03d", ++seq[0]);
        Unit root;
        // the customer's own codes, parents before children
        String rootId = ext.get();
        switch (spec.size()) {
            case LARGE -> {
                List<Unit> companies = new ArrayList<>();
                List<String> countries = new ArrayList<>(List.of(spec.country()));
                countries.addAll(spec.abroad());
                for (int c = 0; c < countries.size(); c++) {
                    String cc = countries.get(c);
                    String companyId = ext.get();
                    List<Unit> below = new ArrayList<>();
                    List<String> divs = divisions(spec.industry());
                    int divCount = c == 0 ? 2 : 1;
                    for (int d = 0; d < divCount; d++) {
                        List<Unit> sites = new ArrayList<>();
                        for (int s = 0; s < 2 + random.nextInt(2); s++) sites.add(site(spec, cc, random, used, ext));
                        String divName = divs.get((c + d) % divs.size()) + (c == 0 ? "" : " " + countryName(cc));
                        sites.add(department(DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())) + " " + divName, cc, cityOf(cc, random), used));
                        below.add(new Unit(divName, DIVISION, cc, cityOf(cc, random), null, List.copyOf(sites)));
                    }
                    below.add(department("Procurement " + countryName(cc), cc, cityOf(cc, random), used));
                    String companyName = companyIn(shortName, cc);
                    companies.add(new Unit(companyName, c == 0 ? COMPANY : SUBSIDIARY, cc, cityOf(cc, random),
                            companyId, List.copyOf(below)));
                }
                companies.add(department("Group Engineering & Sustainability", spec.country(), cityOf(spec.country(), random), used));
                companies.add(department("Group Procurement", spec.country(), cityOf(spec.country(), random), used));
                root = new Unit(spec.name(), GROUP, spec.country(), cityOf(spec.country(), random), rootId,
                        List.copyOf(companies));
            }
            case MEDIUM -> {
                List<Unit> below = new ArrayList<>();
                for (int s = 0; s < 4 + random.nextInt(4); s++) below.add(site(spec, spec.country(), random, used, ext));
                for (int d = 0; d < 1 + random.nextInt(2); d++) {
                    below.add(department(DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())), spec.country(),
                            cityOf(spec.country(), random), used));
                }
                for (String cc : spec.abroad()) {
                    String subsidiaryId = ext.get();
                    List<Unit> sites = new ArrayList<>();
                    for (int s = 0; s < 1 + random.nextInt(3); s++) sites.add(site(spec, cc, random, used, ext));
                    below.add(new Unit(companyIn(shortName, cc), SUBSIDIARY, cc, cityOf(cc, random), subsidiaryId,
                            List.copyOf(sites)));
                }
                root = new Unit(spec.name(), COMPANY, spec.country(), cityOf(spec.country(), random), rootId,
                        List.copyOf(below));
            }
            default -> {
                List<Unit> below = new ArrayList<>();
                for (int s = 0; s < 1 + random.nextInt(3); s++) below.add(site(spec, spec.country(), random, used, ext));
                if (random.nextBoolean()) below.add(department("Maintenance Services", spec.country(),
                        cityOf(spec.country(), random), used));
                root = new Unit(spec.name(), COMPANY, spec.country(), cityOf(spec.country(), random), null,
                        List.copyOf(below));
            }
        }
        String domain = shortName.toLowerCase(Locale.ROOT)
                .replace("ł", "l").replace("é", "e").replaceAll("[^a-z]", "") + ".example";
        Set<String> neverBuys = spec.industry().equals("Transport & logistics") ? Set.of("SW-MES")
                : Set.of();
        return new Customer(spec.name(), spec.industry(), spec.country(), spec.scope(),
                String.format("CRM-%06d", 100400 + n * 17), domain, neverBuys, spec.churn(), spec.momentum(), root);
    }

    private static Unit site(Spec spec, String cc, Random random, Set<String> used,
            Supplier<String> ext) {
        String city = cityOf(cc, random);
        String name = city + " " + siteNoun(spec.industry());
        for (int i = 2; !used.add(name); i++) name = city + " " + siteNoun(spec.industry()) + " " + i;
        return new Unit(name, SITE, cc, city, random.nextInt(3) == 0 ? null : ext.get(), List.of());
    }

    private static Unit department(String name, String cc, String city, Set<String> used) {
        String unique = name;
        for (int i = 2; !used.add(unique); i++) unique = name + " " + i;
        return new Unit(unique, DEPARTMENT, cc, city, null, List.of());
    }

    private static String cityOf(String cc, Random random) {
        List<String> cities = CITIES.get(cc);
        return cities.get(random.nextInt(cities.size()));
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
