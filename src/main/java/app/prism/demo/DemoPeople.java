package app.prism.demo;

import app.prism.account.TeamRole;
import app.prism.account.UnitKind;
import app.prism.contact.Attitude;
import app.prism.contact.BuyingRole;
import app.prism.demo.DemoColleagues.Seat;
import app.prism.demo.DemoCustomers.Customer;
import app.prism.demo.DemoCustomers.Unit;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The people we know at each customer: more of them where we sell a lot, a lone contact in some units (single-threaded),
 * none in most whitespace units; titles and buying roles by unit kind; reporting lines up the unit tree; our colleagues
 * as relationship owners. Plain Java: the same seed gives the same people.
 */
final class DemoPeople {

    /** A contact to create; {@code reportsTo} is the index of an earlier planned contact, owners are user emails. */
    record PlannedContact(Unit unit, String name, String title, String email, String phone, BuyingRole buyingRole,
            Attitude attitude, int strength, Integer reportsTo, List<String> ownerEmails, boolean active) {}

    private record Position(String title, BuyingRole role) {}

    private record Names(List<String> male, List<String> female, List<String> last, List<String> lastFemale) {}

    private static final Map<UnitKind, List<Position>> POSITIONS = Map.of(
            UnitKind.GROUP, List.of(pos("Chief Executive Officer", BuyingRole.DECISION_MAKER),
                    pos("Chief Financial Officer", BuyingRole.ECONOMIC_BUYER),
                    pos("Chief Operating Officer", BuyingRole.DECISION_MAKER),
                    pos("VP Digital Transformation", BuyingRole.CHAMPION),
                    pos("Head of Group Procurement", BuyingRole.GATEKEEPER)),
            UnitKind.COMPANY, List.of(pos("Managing Director", BuyingRole.DECISION_MAKER),
                    pos("Head of Procurement", BuyingRole.ECONOMIC_BUYER),
                    pos("Head of Engineering", BuyingRole.INFLUENCER), pos("Finance Director", BuyingRole.ECONOMIC_BUYER)),
            UnitKind.SUBSIDIARY, List.of(pos("General Manager", BuyingRole.DECISION_MAKER),
                    pos("Purchasing Manager", BuyingRole.ECONOMIC_BUYER),
                    pos("Technical Director", BuyingRole.INFLUENCER), pos("Office Manager", BuyingRole.GATEKEEPER)),
            UnitKind.DIVISION, List.of(pos("Division Director", BuyingRole.DECISION_MAKER),
                    pos("Head of Operations", BuyingRole.INFLUENCER), pos("Division Controller", BuyingRole.ECONOMIC_BUYER),
                    pos("Continuous Improvement Lead", BuyingRole.CHAMPION)),
            UnitKind.SITE, List.of(pos("Site Manager", BuyingRole.DECISION_MAKER),
                    pos("Maintenance Manager", BuyingRole.INFLUENCER), pos("Automation Engineer", BuyingRole.CHAMPION),
                    pos("Site Buyer", BuyingRole.GATEKEEPER), pos("Production Engineer", BuyingRole.USER),
                    pos("EHS Manager", BuyingRole.INFLUENCER)),
            UnitKind.DEPARTMENT, List.of(pos("Head of Department", BuyingRole.DECISION_MAKER),
                    pos("Senior Engineer", BuyingRole.USER), pos("IT Manager", BuyingRole.INFLUENCER),
                    pos("Project Lead", BuyingRole.CHAMPION)),
            UnitKind.OTHER, List.of(pos("Manager", BuyingRole.DECISION_MAKER), pos("Specialist", BuyingRole.USER)));

    private static final Names GERMAN = names("Thomas Michael Stefan Andreas Markus Tobias Jürgen Florian Matthias Jan",
            "Anna Katrin Julia Sabine Claudia Lena Petra Miriam Stefanie Nina",
            "Müller Schmidt Schneider Fischer Weber Meyer Hoffmann Schulz Koch Richter Klein Wolf Neumann Schwarz "
                    + "Zimmermann Krüger Hartmann Lange Brandt Vogel", null);
    private static final Names POLISH = names("Piotr Tomasz Paweł Krzysztof Marcin Michał",
            "Katarzyna Agnieszka Magdalena Joanna Anna Monika",
            "Nowak Wójcik Mazur Krawczyk Zając Król Wróbel Kaczmarek Pawlak Michalak", null);
    private static final Names CZECH = names("Jan Martin Tomáš Jiří Petr Lukáš", "Petra Lucie Veronika Eva Jana Tereza",
            "Novák Dvořák Černý Veselý Horák Kučera Svoboda Marek",
            "Nováková Dvořáková Černá Veselá Horáková Kučerová Svobodová Marková");
    private static final Names ENGLISH = names("James Michael Robert David Kevin Brian Daniel Chris Marcus Ryan",
            "Jennifer Sarah Emily Jessica Laura Rachel Megan Karen Olivia Nicole",
            "Smith Johnson Williams Brown Miller Davis Garcia Wilson Anderson Taylor Thomas Moore Jackson Martin Lee "
                    + "Walker Hall Young Allen King", null);
    private static final Names SPANISH = names("Carlos Javier Luis Alejandro Miguel Jorge",
            "María Gabriela Ana Sofía Lucía Fernanda",
            "García Hernández Martínez López González Rodríguez Pérez Sánchez Ramírez Torres", null);
    private static final Names CHINESE = names("Wei Jun Hao Lei Ming Tao", "Na Xiaoling Mei Yan Jing Fang",
            "Zhang Wang Li Liu Chen Yang Zhao Huang", null);
    private static final Names DANISH = names("Mads Anders Søren Rasmus Henrik Jesper", "Mette Camilla Louise Sofie Anne Line",
            "Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Mortensen", null);
    private static final Names SWEDISH = names("Erik Johan Lars Magnus Oskar Per", "Anna Karin Emma Sara Maria Linnea",
            "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Lindqvist Berg", null);
    private static final Names NORWEGIAN = names("Ole Lars Knut Håkon Eirik Magnus", "Ingrid Kari Silje Ida Marte Hanne",
            "Hansen Johansen Olsen Larsen Andersen Berg Haugen Bakken", null);
    private static final Names FINNISH = names("Mikko Juha Jukka Antti Ville Timo", "Laura Anna Sanna Minna Heidi Johanna",
            "Virtanen Korhonen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen", null);
    private static final Names DUTCH = names("Jeroen Bram Sander Pieter Thijs Koen", "Sanne Lotte Anouk Femke Eva Marloes",
            "Jansen Bakker Visser Smit Meijer Mulder Peeters Janssens Dekker Hendriks", null);
    private static final Names MALAY = names("Kelvin Arjun Farid Daniel Hafiz Marcus", "Priya Grace Siti Aisyah Rachel Mei",
            "Tan Lim Ng Kumar Rahman Ismail Wong Chua", null);

    private static final Names FRENCH = names("Julien Nicolas Thomas Antoine Mathieu Olivier",
            "Camille Claire Élodie Sophie Isabelle Manon", "Martin Bernard Dubois Laurent Lefèvre Moreau Girard Roux "
                    + "Fournier Mercier", null);
    private static final Names ITALIAN = names("Marco Luca Giuseppe Andrea Francesco Matteo",
            "Giulia Francesca Chiara Elena Sara Valentina", "Rossi Russo Ferrari Esposito Bianchi Romano Colombo "
                    + "Ricci Marino Greco", null);
    private static final Names PORTUGUESE = names("João Pedro Lucas Rafael Thiago Bruno",
            "Ana Beatriz Juliana Camila Fernanda Larissa", "Silva Santos Oliveira Souza Costa Pereira Almeida "
                    + "Ferreira Carvalho Ribeiro", null);
    private static final Names JAPANESE = names("Hiroshi Takashi Kenji Daisuke Satoshi Yuki",
            "Yuko Akiko Naomi Keiko Haruka Aya", "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura", null);
    private static final Names KOREAN = names("Min-jun Ji-hoon Seo-jun Hyun-woo Dong-hyun Sung-min",
            "Ji-yeon Soo-jin Min-ji Eun-ji Hye-jin Yuna", "Kim Lee Park Choi Jung Kang Cho Yoon", null);
    private static final Names INDIAN = names("Rahul Amit Vikram Arjun Sanjay Rohan",
            "Priya Ananya Neha Kavya Divya Meera", "Sharma Patel Iyer Reddy Nair Gupta Deshpande Kulkarni", null);

    private static final Map<String, String> DIAL_CODES = Map.ofEntries(Map.entry("DE", "49"), Map.entry("AT", "43"),
            Map.entry("CH", "41"), Map.entry("PL", "48"), Map.entry("CZ", "420"), Map.entry("US", "1"),
            Map.entry("CA", "1"), Map.entry("MX", "52"), Map.entry("CN", "86"), Map.entry("DK", "45"),
            Map.entry("SE", "46"), Map.entry("NO", "47"), Map.entry("FI", "358"), Map.entry("NL", "31"),
            Map.entry("BE", "32"), Map.entry("GB", "44"), Map.entry("SG", "65"), Map.entry("MY", "60"),
            Map.entry("FR", "33"), Map.entry("IT", "39"), Map.entry("ES", "34"), Map.entry("IE", "353"),
            Map.entry("BR", "55"), Map.entry("JP", "81"), Map.entry("KR", "82"), Map.entry("IN", "91"),
            Map.entry("AU", "61"));

    private final Random random;

    DemoPeople(Random random) {
        this.random = random;
    }

    /** Contacts of one customer, parents' units before children's, so every reporting line points backwards. */
    List<PlannedContact> planContacts(Customer customer, Map<Unit, Integer> productsBought, List<Seat> team) {
        List<PlannedContact> planned = new ArrayList<>();
        Set<String> usedNames = new HashSet<>();
        walk(customer, customer.root(), null, productsBought, team, planned, usedNames);
        return planned;
    }

    private void walk(Customer customer, Unit unit, Integer bossAbove, Map<Unit, Integer> productsBought,
            List<Seat> team, List<PlannedContact> planned, Set<String> usedNames) {
        int bought = productsBought.getOrDefault(unit, 0);
        int count;
        if (unit == customer.root()) count = 3 + random.nextInt(2);
        else if (bought >= 3) count = 2 + random.nextInt(3);
        else if (bought > 0) count = random.nextDouble() < 0.55 ? 1 : 2;
        else count = random.nextDouble() < 0.3 ? 1 : 0;
        List<Position> positions = POSITIONS.get(unit.kind());
        // a lone contact is often not the boss: that is how units end up without a decision maker
        int firstPosition = count == 1 && random.nextDouble() < 0.4 ? 1 + random.nextInt(positions.size() - 1) : 0;
        String primaryOwner = primaryOwner(unit, team);
        Integer senior = null;
        for (int i = 0; i < count; i++) {
            Position position = positions.get((firstPosition + i) % positions.size());
            BuyingRole role = random.nextDouble() < 0.06 ? BuyingRole.UNKNOWN : position.role();
            Attitude attitude = role == BuyingRole.CHAMPION ? Attitude.SUPPORTER : attitude();
            String[] name = uniqueName(unit.country(), usedNames);
            List<String> owners = new ArrayList<>();
            if (random.nextDouble() >= 0.08) owners.add(primaryOwner);
            if (random.nextDouble() < 0.3) {
                String other = team.get(random.nextInt(team.size())).email();
                if (!owners.contains(other)) owners.add(other);
            }
            boolean active = i == 0 || random.nextDouble() >= 0.07;
            planned.add(new PlannedContact(unit, name[0] + " " + name[1], position.title(),
                    email(name, customer.mailDomain()), phone(unit.country()), role, attitude, strength(attitude),
                    i == 0 ? bossAbove : senior, owners, active));
            if (i == 0) senior = planned.size() - 1;
        }
        Integer bossBelow = senior != null ? senior : bossAbove;
        for (Unit child : unit.children()) {
            walk(customer, child, bossBelow, productsBought, team, planned, usedNames);
        }
    }

    /** The regional manager looks after the Americas, the global account manager after everything else. */
    private static String primaryOwner(Unit unit, List<Seat> team) {
        boolean americas = Set.of("US", "CA", "MX").contains(unit.country());
        return team.stream().filter(s -> americas && s.role() == TeamRole.REGIONAL_MANAGER).findFirst()
                .orElse(team.get(0)).email();
    }

    private Attitude attitude() {
        double r = random.nextDouble();
        return r < 0.45 ? Attitude.SUPPORTER : r < 0.83 ? Attitude.NEUTRAL : r < 0.91 ? Attitude.DETRACTOR : Attitude.UNKNOWN;
    }

    private int strength(Attitude attitude) {
        return switch (attitude) {
            case SUPPORTER -> 2 + random.nextInt(2);
            case NEUTRAL -> 1 + random.nextInt(2);
            case DETRACTOR -> random.nextInt(2);
            case UNKNOWN -> 0;
        };
    }

    private String[] uniqueName(String country, Set<String> used) {
        Names names = namesFor(country);
        for (int attempt = 0; ; attempt++) {
            boolean female = random.nextBoolean();
            List<String> firsts = female ? names.female() : names.male();
            int last = random.nextInt(names.last().size());
            String first = firsts.get(random.nextInt(firsts.size()));
            String family = female && names.lastFemale() != null ? names.lastFemale().get(last) : names.last().get(last);
            if (used.add(first + " " + family) || attempt > 50) return new String[] {first, family};
        }
    }

    private static String email(String[] name, String domain) {
        return (fold(name[0]) + "." + fold(name[1]) + "@" + domain);
    }

    private static String fold(String s) {
        String plain = s.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ł", "l").replace("ß", "ss");
        return Normalizer.normalize(plain, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]", "");
    }

    private String phone(String country) {
        return "+" + DIAL_CODES.getOrDefault(country, "49") + " " + (100 + random.nextInt(900)) + " "
                + (1000000 + random.nextInt(9000000));
    }

    private static Names namesFor(String country) {
        return switch (country) {
            case "DE", "AT", "CH" -> GERMAN;
            case "PL" -> POLISH;
            case "CZ" -> CZECH;
            case "MX", "ES" -> SPANISH;
            case "FR" -> FRENCH;
            case "IT" -> ITALIAN;
            case "BR" -> PORTUGUESE;
            case "JP" -> JAPANESE;
            case "KR" -> KOREAN;
            case "IN" -> INDIAN;
            case "CN" -> CHINESE;
            case "DK" -> DANISH;
            case "SE" -> SWEDISH;
            case "NO" -> NORWEGIAN;
            case "FI" -> FINNISH;
            case "NL", "BE" -> DUTCH;
            case "SG", "MY" -> MALAY;
            default -> ENGLISH;
        };
    }

    private static Position pos(String title, BuyingRole role) {
        return new Position(title, role);
    }

    private static Names names(String male, String female, String last, String lastFemale) {
        return new Names(List.of(male.split(" ")), List.of(female.split(" ")), List.of(last.split(" ")),
                lastFemale == null ? null : List.of(lastFemale.split(" ")));
    }
}
