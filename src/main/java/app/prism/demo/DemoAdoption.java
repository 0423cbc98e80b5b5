package app.prism.demo;

import app.prism.account.UnitKind;
import app.prism.demo.DemoCustomers.Customer;
import app.prism.demo.DemoCustomers.Unit;
import app.prism.demo.DemoPortfolio.DemoProduct;
import app.prism.demo.DemoPortfolio.Trend;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * When each unit of a demo customer started buying each product, and when it stopped: four years simulated month by
 * month, with the structure a real history has, so the learned cross-sell ranking has something to learn (PRODUCT.md
 * section 5). Products sell together (operator panels after controllers, remote monitoring after a maintenance
 * contract, safety controllers after light curtains, carbon reporting after energy monitoring); the big-ticket
 * manufacturing execution system sells rarely, and then to units that already run predictive maintenance with
 * analytics or gateways; cheap training is owned by most units from the start, so it is popular but has few new
 * buyers; industries differ (food plants buy safety and energy, logistics hubs light curtains and monitoring, machine
 * builders drives). Plain Java: the same seed gives the same history.
 */
final class DemoAdoption {

    /** Months of history before today's month; month {@code MONTHS} is today's. */
    static final int MONTHS = 48;

    /** Scales every untriggered chance: how much of the buying the structure does not explain. */
    static double BASE_SCALE = 2.5;

    /** A (unit, product) pair bought from month {@code start} to month {@code end}, both included. */
    record Adoption(DemoProduct product, int start, int end) {}

    /** Products that, bought by the unit, make this one more likely to follow, and by how much. */
    private record Trigger(Set<String> anyOf, double factor) {}

    /** Monthly chance of a first purchase, the share owning it at the start, and what makes it likelier. */
    private record Rule(double base, double initial, List<Trigger> triggers) {}

    private static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("AUT-PLC", rule(0.0035, 0.22)),
            Map.entry("AUT-HMI", rule(0.0006, 0.06, on(30, "AUT-PLC"))),
            Map.entry("AUT-DRV", rule(0.0010, 0.12, on(9, "AUT-PLC"))),
            Map.entry("AUT-IOT", rule(0.0008, 0.00, on(14, "AUT-PLC", "AUT-DRV"))),
            Map.entry("AUT-LGC", rule(0.0, 0.15)),
            Map.entry("SW-MES", rule(0.00012, 0.02, on(90, "SW-PDM"))),
            Map.entry(DemoPortfolio.ANCHOR, rule(0.0015, 0.18, on(6, "AUT-IOT"))),
            Map.entry("SW-PDM", rule(0.0005, 0.00, on(28, "AUT-IOT", "SRV-RMT"))),
            Map.entry("SRV-INS", rule(0.0008, 0.04, on(9, "AUT-DRV", "AUT-PLC"))),
            Map.entry("SRV-TRN", rule(0.0008, 0.55)),
            Map.entry("SRV-MNT", rule(0.0015, 0.18, on(6, "AUT-DRV"))),
            Map.entry("SRV-RMT", rule(0.0006, 0.00, on(32, "SRV-MNT"))),
            Map.entry("SAF-LCT", rule(0.0018, 0.12, on(5, "SAF-AUD"))),
            Map.entry("SAF-CTL", rule(0.0004, 0.04, on(32, "SAF-LCT"))),
            Map.entry("SAF-AUD", rule(0.0018, 0.08)),
            Map.entry("ENG-MON", rule(0.0018, 0.04)),
            Map.entry("ENG-CO2", rule(0.0003, 0.00, on(40, "ENG-MON"))));

    /** How much likelier than elsewhere a product sells in an industry (1 when not listed). */
    private static final Map<String, Map<String, Double>> AFFINITY = Map.ofEntries(
            Map.entry("Industrial machinery", Map.of("AUT-DRV", 2.0, "AUT-PLC", 1.5, "SAF-CTL", 1.3, "SRV-INS", 1.3)),
            Map.entry("Food & beverage", Map.of("SAF-LCT", 1.8, "SAF-AUD", 1.8, "SAF-CTL", 1.5, "ENG-MON", 2.2,
                    "ENG-CO2", 1.8, "AUT-DRV", 0.4, "SW-MES", 0.5)),
            Map.entry("Transport & logistics", Map.of("SAF-LCT", 2.2, "SRV-MNT", 1.4, "SRV-RMT", 1.5, "AUT-DRV", 0.5,
                    "AUT-HMI", 0.5, "SW-MES", 0.1, "SAF-AUD", 0.6)),
            Map.entry("Chemicals", Map.of("SAF-AUD", 2.4, "ENG-MON", 1.8, "ENG-CO2", 2.0, "AUT-DRV", 0.5)),
            Map.entry("Pharmaceuticals", Map.of("SW-MES", 2.0, "SAF-AUD", 1.6, DemoPortfolio.ANCHOR, 1.5,
                    "AUT-DRV", 0.4)),
            Map.entry("Automotive supplier", Map.of("AUT-PLC", 1.6, "AUT-DRV", 1.5, "AUT-HMI", 1.4, "SW-MES", 1.5,
                    "SAF-LCT", 1.4)),
            Map.entry("Packaging", Map.of("AUT-HMI", 1.5, "AUT-DRV", 1.3, "SRV-MNT", 1.3, "SAF-LCT", 1.2)),
            Map.entry("Metals & mining", Map.of("AUT-DRV", 2.0, "ENG-MON", 2.2, "SRV-MNT", 1.5, "SW-MES", 0.6)),
            Map.entry("Paper & pulp", Map.of("AUT-DRV", 1.6, "SW-PDM", 1.5, "ENG-MON", 1.6)),
            Map.entry("Water utilities", Map.of("SRV-RMT", 2.0, "AUT-IOT", 2.0, "ENG-MON", 1.5, "AUT-DRV", 0.3,
                    "SW-MES", 0.1, "SAF-LCT", 0.4)),
            Map.entry("Building materials", Map.of("AUT-DRV", 1.4, "ENG-CO2", 2.0, "ENG-MON", 1.4)),
            Map.entry("Electronics manufacturing", Map.of("SW-MES", 2.0, "AUT-PLC", 1.3, "SAF-LCT", 1.3,
                    "AUT-DRV", 0.6)),
            Map.entry("Aerospace supplier", Map.of("SW-MES", 1.6, "SAF-AUD", 1.4, "AUT-PLC", 1.2)));

    private final Random random;
    private final List<DemoProduct> portfolio;

    DemoAdoption(Random random, List<DemoProduct> portfolio) {
        this.random = random;
        this.portfolio = portfolio;
    }

    /** Every unit of the customer in tree order, with what it bought when (an empty list is whitespace throughout). */
    Map<Unit, List<Adoption>> plan(Customer customer) {
        Map<Unit, List<Adoption>> plan = new LinkedHashMap<>();
        Map<String, Double> affinity = AFFINITY.getOrDefault(customer.industry(), Map.of());
        for (Unit unit : customer.root().inTreeOrder()) {
            boolean root = unit == customer.root();
            List<DemoProduct> candidates = portfolio.stream()
                    .filter(p -> p.soldTo().contains(unit.kind()) && !customer.neverBuys().contains(p.code())).toList();
            // some units buy much more than others, whatever they buy
            double appetite = Math.min(3.0, Math.max(0.25, Math.exp(random.nextGaussian() * 0.7)))
                    * (unit.kind() == UnitKind.DEPARTMENT ? 0.5 : 1.0);
            int[] start = new int[candidates.size()];
            int[] end = new int[candidates.size()];
            java.util.Arrays.fill(start, -1);
            for (int i = 0; i < candidates.size(); i++) {
                DemoProduct p = candidates.get(i);
                boolean anchor = root && p.code().equals(DemoPortfolio.ANCHOR);
                double initial = RULES.get(p.code()).initial() * Math.min(1.6, appetite)
                        * affinity.getOrDefault(p.code(), 1.0);
                if (anchor || random.nextDouble() < initial) start[i] = 0;
            }
            for (int m = 1; m <= MONTHS; m++) {
                double t = m / (double) MONTHS;
                for (int i = 0; i < candidates.size(); i++) {
                    if (start[i] >= 0) continue;
                    DemoProduct p = candidates.get(i);
                    if (p.trend() == Trend.DISCONTINUED) continue;
                    Rule rule = RULES.get(p.code());
                    double hazard = rule.base() * Math.max(BASE_SCALE, strongestTrigger(rule, candidates, start, m))
                            * affinity.getOrDefault(p.code(), 1.0) * appetite
                            * (p.trend() == Trend.GROWING ? 0.4 + 1.2 * t : 1.0)
                            * (1 + customer.momentum() * (t - 0.5));
                    if (random.nextDouble() < hazard) start[i] = m;
                }
            }
            List<Adoption> bought = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                if (start[i] < 0) continue;
                DemoProduct p = candidates.get(i);
                end[i] = MONTHS;
                if (p.trend() == Trend.DISCONTINUED) {
                    end[i] = 6 + random.nextInt(9);
                } else if (!(root && p.code().equals(DemoPortfolio.ANCHOR))) {
                    // a pair may stop buying after half a year; customers that shrink churn more
                    double churn = customer.churnRate() / 40;
                    for (int m = start[i] + 6; m < MONTHS; m++) {
                        if (random.nextDouble() < churn) {
                            end[i] = m;
                            break;
                        }
                    }
                }
                bought.add(new Adoption(p, start[i], end[i]));
            }
            plan.put(unit, bought);
        }
        return plan;
    }

    /** The factor of the strongest trigger the unit held in the month before {@code month}; 1 when none. */
    private static double strongestTrigger(Rule rule, List<DemoProduct> candidates, int[] start, int month) {
        double best = 1;
        for (Trigger trigger : rule.triggers()) {
            for (int j = 0; j < candidates.size(); j++) {
                if (start[j] >= 0 && start[j] < month && trigger.anyOf().contains(candidates.get(j).code())) {
                    best = Math.max(best, trigger.factor());
                }
            }
        }
        return best;
    }

    private static Rule rule(double base, double initial, Trigger... triggers) {
        return new Rule(base, initial, List.of(triggers));
    }

    private static Trigger on(double factor, String... codes) {
        return new Trigger(Set.of(codes), factor);
    }
}
