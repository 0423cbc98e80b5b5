package app.prism.demo;

import app.prism.account.UnitKind;
import app.prism.demo.DemoCustomers.Unit;
import app.prism.demo.DemoPortfolio.DemoProduct;
import app.prism.sales.CellPotentialService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Share of wallet for the demo: about a third of the cells of the sites, companies and divisions get a potential (what
 * the unit spends a year on what the product does — a few times what it buys from us where it buys, about the product's
 * baseline where it does not), and most of those a competitor, so that the matrix's share view and the Overview's
 * Wallet card have something to show. Departments are left out (their offices are fit-marked for shop-floor products).
 */
final class DemoWallet {

    /** Invented vendors: the demo names no real company. */
    private static final List<String> COMPETITORS =
            List.of("Kestrel Systems", "Vantor Automation", "Orbis Software", "Halden Services", "Brightline Controls");

    private final Random random;
    private final CellPotentialService cells;

    DemoWallet(Random random, CellPotentialService cells) {
        this.random = random;
        this.cells = cells;
    }

    /** Returns how many cells got a potential. */
    int create(Map<Unit, Long> unitIds, Map<Unit, List<DemoProduct>> purchases, List<DemoProduct> portfolio,
            Map<String, Long> productIds) {
        int created = 0;
        for (Map.Entry<Unit, Long> e : unitIds.entrySet()) {
            Unit unit = e.getKey();
            if (unit.kind() == UnitKind.DEPARTMENT) continue;
            List<DemoProduct> bought = purchases.getOrDefault(unit, List.of());
            for (DemoProduct p : portfolio) {
                if (!p.active() || random.nextDouble() >= 0.33) continue;
                boolean buys = bought.contains(p);
                double factor = buys ? 0.4 + random.nextDouble() * 1.6 : 0.3 + random.nextDouble() * 1.2;
                BigDecimal potential = BigDecimal.valueOf(Math.round(p.annualBaseline() * factor / 500.0) * 500L)
                        .setScale(2);
                String competitor = random.nextDouble() < 0.7 ? COMPETITORS.get(random.nextInt(COMPETITORS.size())) : null;
                // only departments are fit-marked in the demo, so no cell here refuses a potential
                cells.setCell(e.getValue(), productIds.get(p.code()), potential, competitor, null);
                created++;
            }
        }
        return created;
    }
}
