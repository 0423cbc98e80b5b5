package app.prism.demo;

import app.prism.account.UnitKind;
import app.prism.demo.DemoCustomers.Customer;
import app.prism.demo.DemoAdoption.Adoption;
import app.prism.demo.DemoCustomers.Unit;
import app.prism.demo.DemoPortfolio.Billing;
import app.prism.demo.DemoPortfolio.DemoProduct;
import app.prism.sales.NewSale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Four years of sales up to today from the adoptions of {@link DemoAdoption}: monthly, quarterly or project billing
 * from the month a unit started buying a product to the month it stopped; growing lines climb, shrinking ones fade,
 * the customer's momentum lifts or lowers everything over time. Plain Java: the same seed gives the same history.
 */
final class DemoSalesHistory {

    static final int MONTHS = DemoAdoption.MONTHS;

    private final Random random;
    private final LocalDate today;
    private final DemoAdoption adoption;

    DemoSalesHistory(Random random, LocalDate today, List<DemoProduct> portfolio) {
        this.random = random;
        this.today = today;
        this.adoption = new DemoAdoption(random, portfolio);
    }

    /** What each unit of the customer bought from us and when (an empty list is whitespace), in tree order. */
    Map<Unit, List<Adoption>> planAdoptions(Customer customer) {
        return adoption.plan(customer);
    }

    /** The sales lines of one (unit, product) pair; the anchor pair bills monthly on today's day for four full years. */
    List<NewSale> linesFor(long unitId, long productId, UnitKind kind, Adoption bought, Customer customer,
            boolean anchor) {
        DemoProduct product = bought.product();
        YearMonth first = YearMonth.from(today).minusMonths(MONTHS);
        LocalDate earliest = today.minusYears(MONTHS / 12);
        double annual = product.annualBaseline() * sizeOf(kind) * (0.6 + random.nextDouble());
        double margin = product.marginLow() + random.nextDouble() * (product.marginHigh() - product.marginLow());
        int billingDay = anchor ? today.getDayOfMonth() : 1 + random.nextInt(28);
        int quarterOffset = random.nextInt(3);
        // a project product is ordered again every four to nine months while the unit keeps buying it
        int nextProject = bought.start() + random.nextInt(3);
        List<NewSale> lines = new ArrayList<>();
        for (int m = bought.start(); m <= bought.end(); m++) {
            boolean bills = switch (product.billing()) {
                case MONTHLY -> true;
                case QUARTERLY -> (m + quarterOffset) % 3 == 0 || m == bought.start();
                case PROJECT -> m == nextProject;
            };
            if (product.billing() == Billing.PROJECT && bills) nextProject = m + 4 + random.nextInt(6);
            if (!bills) continue;
            YearMonth month = first.plusMonths(m);
            int day = product.billing() == Billing.MONTHLY ? billingDay : 1 + random.nextInt(28);
            LocalDate date = month.atDay(Math.min(day, month.lengthOfMonth()));
            if (date.isBefore(earliest) || date.isAfter(today)) continue;
            double perLine = switch (product.billing()) {
                case MONTHLY -> annual / 12;
                case QUARTERLY -> annual / 4;
                case PROJECT -> annual * 0.6;
            };
            double t = m / (double) MONTHS;
            double momentum = 1 + customer.momentum() * (t - 0.5);
            long cents = Math.round(perLine * trend(product, t) * momentum * (0.85 + 0.3 * random.nextDouble()) * 100);
            BigDecimal amount = BigDecimal.valueOf(cents, 2);
            BigDecimal cost = product.costTracked() && random.nextDouble() >= 0.04
                    ? BigDecimal.valueOf(Math.round(cents * (1 - margin * (0.92 + 0.16 * random.nextDouble()))), 2)
                    : null;
            lines.add(new NewSale(unitId, productId, date, amount, cost));
            if (random.nextDouble() < 0.002) lines.add(creditNote(unitId, productId, date, cents));
        }
        return lines;
    }

    /** A credit note after a complaint or a price correction: part of the invoice back, no cost of its own. */
    private NewSale creditNote(long unitId, long productId, LocalDate invoiced, long invoicedCents) {
        LocalDate date = invoiced.plusDays(7 + random.nextInt(34));
        if (date.isAfter(today)) date = today;
        long cents = -Math.round(invoicedCents * (0.1 + 0.3 * random.nextDouble()));
        return new NewSale(unitId, productId, date, BigDecimal.valueOf(cents, 2), null);
    }

    private static double trend(DemoProduct product, double t) {
        return switch (product.trend()) {
            case GROWING -> 0.55 + 0.9 * t;
            case STEADY -> 0.92 + 0.16 * t;
            case SHRINKING -> 1.35 - 0.8 * t;
            case DISCONTINUED -> 1.0 - 0.3 * t;
        };
    }

    /** How much bigger than a mid-size site a unit of this kind buys. */
    private static double sizeOf(UnitKind kind) {
        return switch (kind) {
            case GROUP -> 1.6;
            case COMPANY -> 1.3;
            case DIVISION -> 1.1;
            case SUBSIDIARY -> 1.0;
            case SITE -> 0.8;
            case DEPARTMENT, OTHER -> 0.5;
        };
    }
}
