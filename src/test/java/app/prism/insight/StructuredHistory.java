package app.prism.insight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * A history with real structure, for the tests of the learned ranking: an add-on bought by the units that buy the core
 * product, a cheap product everyone buys, a big-ticket item that sells rarely and then to units that buy the add-on,
 * a product that sells outside the main country only; most units are of one kind in one country, as in imported CRM
 * data. Seeded: the same seed gives the same history.
 */
final class StructuredHistory {

    static final long CORE = 1, ADDON = 2, CHEAP = 3, BIG = 4, MID = 5;

    private StructuredHistory() {}

    static History.Builder of(long seed, int accounts, LocalDate from, LocalDate to) {
        Random random = new Random(seed);
        History.Builder b = History.builder()
                .product(CORE, "Core", new BigDecimal("2000"), true).product(ADDON, "Add-on", new BigDecimal("3000"), true)
                .product(CHEAP, "Cheap", new BigDecimal("300"), true).product(BIG, "Big", new BigDecimal("40000"), true)
                .product(MID, "Mid", new BigDecimal("5000"), true);
        String[] kinds = {"SITE", "COMPANY", "DIVISION"};
        String[] countries = {"DE", "FR", "NL"};
        long unitId = 1;
        for (long a = 1; a <= accounts; a++) {
            int units = 3 + random.nextInt(5);
            for (int i = 0; i < units; i++, unitId++) {
                // as in imported CRM data, most units are the same kind in the same country
                String kind = random.nextDouble() < 0.8 ? "SITE" : kinds[1 + random.nextInt(2)];
                String country = random.nextDouble() < 0.75 ? "DE" : countries[1 + random.nextInt(2)];
                b.unit(unitId, a, kind, country);
                Set<Long> owned = new HashSet<>();
                // the common products are mostly bought already: popular, but few new buyers
                if (random.nextDouble() < 0.5) owned.add(CORE);
                if (random.nextDouble() < 0.6) owned.add(CHEAP);
                for (LocalDate month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                    // adoption each month; once bought a product is bought again every quarter
                    adopt(random, owned, CORE, 0.003);
                    adopt(random, owned, ADDON, owned.contains(CORE) ? 0.06 : 0.002);
                    adopt(random, owned, CHEAP, 0.001);
                    adopt(random, owned, BIG, owned.contains(ADDON) ? 0.015 : 0.0002);
                    adopt(random, owned, MID, !country.equals("DE") ? 0.015 : 0.001);
                    if (month.getMonthValue() % 3 == 0) {
                        for (long p : owned) {
                            BigDecimal amount = switch ((int) p) {
                                case 1 -> new BigDecimal("500");
                                case 2 -> new BigDecimal("750");
                                case 3 -> new BigDecimal("75");
                                case 4 -> new BigDecimal("10000");
                                default -> new BigDecimal("1250");
                            };
                            b.sale(unitId, p, month.plusDays(random.nextInt(25)), amount);
                        }
                    }
                }
            }
        }
        return b;
    }

    private static void adopt(Random random, Set<Long> owned, long product, double chance) {
        if (!owned.contains(product) && random.nextDouble() < chance) owned.add(product);
    }
}
