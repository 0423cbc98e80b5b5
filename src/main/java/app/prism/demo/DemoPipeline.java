package app.prism.demo;

import app.prism.account.UnitKind;
import app.prism.demo.DemoCustomers.Unit;
import app.prism.demo.DemoPortfolio.DemoProduct;
import app.prism.sales.FitMarkService;
import app.prism.sales.LossReason;
import app.prism.sales.NewFitMark;
import app.prism.sales.NewOpportunity;
import app.prism.sales.OpportunityService;
import app.prism.sales.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo's pipeline and fit marks, so the matrix shows every status: open opportunities on whitespace, losses in the
 * last year (some only because the customer did not know we offer the product), and offices marked not applicable for
 * shop-floor hardware.
 */
final class DemoPipeline {

    private static final List<String> COMPETITORS = List.of("Siemens", "Rockwell", "ABB", "Schneider Electric", "Beckhoff");
    private static final List<String> STAGES = List.of("QUALIFY", "DEVELOP", "PROPOSE", "NEGOTIATE");
    private static final List<String> SHOP_FLOOR = List.of("AUT-PLC", "AUT-DRV", "AUT-HMI", "SAF-LCT", "SAF-CTL");

    private final Random random;
    /** Owners, stages and close dates draw from their own sequence: the opportunities stay those of earlier demos. */
    private final Random pipeline;
    private final LocalDate today;
    private final OpportunityService opportunities;
    private final FitMarkService fitMarks;

    DemoPipeline(Random random, LocalDate today, OpportunityService opportunities, FitMarkService fitMarks) {
        this.random = random;
        this.pipeline = new Random(7919);
        this.today = today;
        this.opportunities = opportunities;
        this.fitMarks = fitMarks;
    }

    /** Returns how many opportunities and fit marks it created. */
    int create(Map<Unit, Long> unitIds, Map<Unit, List<DemoProduct>> purchases, List<DemoProduct> portfolio,
            Map<String, Long> productIds, List<Long> team) {
        int created = 0;
        List<Unit> units = new ArrayList<>(unitIds.keySet());
        List<DemoProduct> sellable = portfolio.stream().filter(DemoProduct::active).toList();
        // Offices never use shop-floor hardware.
        for (Unit unit : units) {
            if (unit.kind() != UnitKind.DEPARTMENT || !isOffice(unit.name())) continue;
            for (String code : SHOP_FLOOR) {
                if (bought(purchases, unit, code)) continue;
                fitMarks.markNotApplicable(new NewFitMark(unitIds.get(unit), productIds.get(code),
                        "An office without machines: no shop-floor hardware"));
                created++;
            }
        }
        int open = 8 + random.nextInt(6);
        int lost = 3 + random.nextInt(3);
        for (int i = 0; i < open + lost; i++) {
            Unit unit = units.get(random.nextInt(units.size()));
            DemoProduct product = sellable.get(random.nextInt(sellable.size()));
            if (bought(purchases, unit, product.code()) || (isOffice(unit.name()) && SHOP_FLOOR.contains(product.code()))) {
                continue;
            }
            BigDecimal value = product.typicalAnnualValue() != null ? product.typicalAnnualValue()
                    : BigDecimal.valueOf(product.annualBaseline()).setScale(2);
            String title = product.name() + " for " + unit.name();
            if (i < open) {
                random.nextInt(120);
                // spread over the coming nine months, one in eight already overdue; later stages are rarer
                LocalDate expected = pipeline.nextInt(8) == 0 ? today.minusDays(3 + pipeline.nextInt(40))
                        : today.plusDays(5 + pipeline.nextInt(270));
                String stage = STAGES.get(Math.min(pipeline.nextInt(5), pipeline.nextInt(5)) % STAGES.size());
                Integer probability = pipeline.nextInt(6) == 0 ? 5 * (2 + pipeline.nextInt(17)) : null;
                opportunities.createOpportunity(new NewOpportunity(unitIds.get(unit), productIds.get(product.code()),
                        title, value, Stage.OPEN, expected, null, null, null, stage, probability,
                        team.get(pipeline.nextInt(team.size()))));
            } else {
                // Half the losses went elsewhere only because the customer did not know we offer the product.
                LossReason reason = i % 2 == 0 ? LossReason.UNAWARE_WE_OFFER_IT
                        : List.of(LossReason.PRICE, LossReason.TIMING, LossReason.RELATIONSHIP).get(random.nextInt(3));
                opportunities.createOpportunity(new NewOpportunity(unitIds.get(unit), productIds.get(product.code()),
                        title, value, Stage.LOST, today.minusDays(15 + random.nextInt(300)),
                        COMPETITORS.get(random.nextInt(COMPETITORS.size())), reason));
            }
            created++;
        }
        return created;
    }

    private static boolean isOffice(String name) {
        String n = name.toLowerCase();
        return n.contains("procurement") || n.contains(" it ") || n.contains("it &") || n.contains("einkauf")
                || n.contains("zakupy") || n.contains("finance") || n.contains("program");
    }

    private static boolean bought(Map<Unit, List<DemoProduct>> purchases, Unit unit, String code) {
        return purchases.getOrDefault(unit, List.of()).stream().anyMatch(p -> p.code().equals(code));
    }
}
