package app.prism.demo;

import static app.prism.account.UnitKind.COMPANY;
import static app.prism.account.UnitKind.DEPARTMENT;
import static app.prism.account.UnitKind.DIVISION;
import static app.prism.account.UnitKind.GROUP;
import static app.prism.account.UnitKind.SITE;
import static app.prism.account.UnitKind.SUBSIDIARY;

import app.prism.account.UnitKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Our demo portfolio: 17 products in five families, and for each how it is billed, where in a customer's tree it
 * sells, its margin and whether its line grows or shrinks over the four years of history.
 */
final class DemoPortfolio {

    enum Billing { MONTHLY, QUARTERLY, PROJECT }

    enum Trend { GROWING, STEADY, SHRINKING, DISCONTINUED }

    /**
     * A product as the demo sells it. {@code typicalAnnualValue} is what the catalogue shows (null for some, so the
     * median rule has work to do); {@code annualBaseline} is what a mid-size unit spends per year on it.
     */
    record DemoProduct(String code, String name, String family, boolean active, BigDecimal typicalAnnualValue,
            int annualBaseline, Billing billing, Trend trend, double marginLow, double marginHigh,
            boolean costTracked, Set<UnitKind> soldTo) {}

    static final String AUTOMATION = "Industrial automation";
    static final String SOFTWARE = "Software";
    static final String SERVICES = "Services";
    static final String SAFETY = "Safety";
    static final String ENERGY = "Energy & sustainability";

    /** The product every group headquarters buys monthly for the whole history: it anchors the two-year span. */
    static final String ANCHOR = "SW-ANL";

    private DemoPortfolio() {}

    static List<DemoProduct> products() {
        return List.of(
                p("AUT-PLC", "PLC controllers", AUTOMATION, "48000.00", 48000, Billing.QUARTERLY, Trend.STEADY, .25, .35, SITE, DIVISION),
                p("AUT-HMI", "HMI operator panels", AUTOMATION, "22000.00", 22000, Billing.QUARTERLY, Trend.SHRINKING, .25, .35, SITE),
                p("AUT-DRV", "Drives & motion control", AUTOMATION, "65000.00", 65000, Billing.QUARTERLY, Trend.STEADY, .22, .32, SITE, DIVISION),
                p("AUT-IOT", "Edge IoT gateways", AUTOMATION, null, 14000, Billing.QUARTERLY, Trend.GROWING, .30, .40, SITE, DEPARTMENT),
                new DemoProduct("AUT-LGC", "Legacy I/O modules (discontinued)", AUTOMATION, false, new BigDecimal("6000.00"),
                        6000, Billing.QUARTERLY, Trend.DISCONTINUED, .20, .30, true, Set.of(SITE)),
                p("SW-MES", "Manufacturing execution system", SOFTWARE, "120000.00", 120000, Billing.MONTHLY, Trend.STEADY, .50, .60, COMPANY, SUBSIDIARY, DIVISION, SITE),
                p(ANCHOR, "Production analytics", SOFTWARE, "36000.00", 36000, Billing.MONTHLY, Trend.STEADY, .52, .60, GROUP, COMPANY, SUBSIDIARY, DEPARTMENT),
                p("SW-PDM", "Predictive maintenance", SOFTWARE, null, 40000, Billing.MONTHLY, Trend.GROWING, .50, .60, DIVISION, SITE, DEPARTMENT),
                p("SRV-INS", "Installation & commissioning", SERVICES, "30000.00", 30000, Billing.PROJECT, Trend.SHRINKING, .20, .30, SITE),
                new DemoProduct("SRV-TRN", "Training", SERVICES, true, new BigDecimal("8500.00"), 8500, Billing.PROJECT,
                        Trend.STEADY, .30, .45, false, Set.of(GROUP, COMPANY, SUBSIDIARY, DIVISION, SITE, DEPARTMENT)),
                p("SRV-MNT", "Maintenance contract", SERVICES, "42000.00", 42000, Billing.MONTHLY, Trend.STEADY, .28, .40, COMPANY, SUBSIDIARY, DIVISION, SITE),
                p("SRV-RMT", "Remote monitoring", SERVICES, null, 9600, Billing.MONTHLY, Trend.GROWING, .40, .55, SITE, DEPARTMENT),
                p("SAF-LCT", "Safety light curtains", SAFETY, "15000.00", 15000, Billing.QUARTERLY, Trend.STEADY, .32, .45, SITE),
                p("SAF-CTL", "Safety controllers", SAFETY, "28000.00", 28000, Billing.QUARTERLY, Trend.STEADY, .30, .42, SITE, DIVISION),
                p("SAF-AUD", "Machine safety audit", SAFETY, "12000.00", 12000, Billing.PROJECT, Trend.STEADY, .35, .50, COMPANY, SUBSIDIARY, SITE, DEPARTMENT),
                p("ENG-MON", "Energy monitoring", ENERGY, "18000.00", 18000, Billing.MONTHLY, Trend.GROWING, .40, .55, COMPANY, SUBSIDIARY, SITE),
                p("ENG-CO2", "Carbon reporting", ENERGY, null, 24000, Billing.MONTHLY, Trend.GROWING, .45, .58, GROUP, COMPANY));
    }

    private static DemoProduct p(String code, String name, String family, String typical, int baseline, Billing billing,
            Trend trend, double marginLow, double marginHigh, UnitKind... soldTo) {
        return new DemoProduct(code, name, family, true, typical == null ? null : new BigDecimal(typical), baseline,
                billing, trend, marginLow, marginHigh, true, Set.of(soldTo));
    }
}
