package app.prism.demo;

import app.prism.account.UnitKind;
import app.prism.demo.DemoCustomers.Customer;
import app.prism.demo.DemoCustomers.Unit;
import app.prism.demo.DemoPortfolio.Billing;
import app.prism.demo.DemoPortfolio.DemoProduct;
import app.prism.sales.NewSale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Two years of sales up to today, shaped so the story shows in the matrix: a few units buy many products, many buy one
 * or two, many buy nothing; growing lines start late and climb, shrinking ones fade, some pairs churn before the last
 * twelve months. Plain Java: the same seed gives the same history.
 */
final class DemoSalesHistory {

    static final int MONTHS = 24;

    private final Random random;
    private final LocalDate today;
    private final List<DemoProduct> portfolio;

    DemoSalesHistory(Random random, LocalDate today, List<DemoProduct> portfolio) {
        this.random = random;
        this.today = today;
        this.portfolio = portfolio;
    }

    /** What each unit of the customer buys from us (an empty list is whitespace), in tree order. */
    Map<Unit, List<DemoProduct>> planPurchases(Customer customer) {
        Map<Unit, List<DemoProduct>> plan = new LinkedHashMap<>();
        for (Unit unit : customer.root().inTreeOrder()) {
            List<DemoProduct> candidates = new ArrayList<>(portfolio.stream()
                    .filter(p -> p.soldTo().contains(unit.kind()) && !customer.neverBuys().contains(p.code())).toList());
            List<DemoProduct> bought = new ArrayList<>();
            int wanted;
            if (unit == customer.root()) {
                candidates.stream().filter(p -> p.code().equals(DemoPortfolio.ANCHOR)).findFirst().ifPresent(p -> {
                    bought.add(p);
                    candidates.remove(p);
                });
                wanted = 1 + random.nextInt(2);
            } else {
                double r = random.nextDouble();
                double none = unit.kind() == UnitKind.SITE ? 0.30 : 0.45;
                wanted = r < none ? 0 : r < 0.80 ? 1 + (random.nextDouble() < 0.4 ? 1 : 0) : 3 + random.nextInt(5);
            }
            for (int i = 0; i < wanted && !candidates.isEmpty(); i++) bought.add(candidates.remove(weightedPick(candidates)));
            plan.put(unit, bought);
        }
        return plan;
    }

    private int weightedPick(List<DemoProduct> candidates) {
        int total = candidates.stream().mapToInt(DemoProduct::popularity).sum();
        int at = random.nextInt(total);
        for (int i = 0; i < candidates.size(); i++) {
            at -= candidates.get(i).popularity();
            if (at < 0) return i;
        }
        return candidates.size() - 1;
    }

    /** The sales lines of one (unit, product) pair; the anchor pair bills monthly on today's day for two full years. */
    List<NewSale> linesFor(long unitId, long productId, UnitKind kind, DemoProduct product, Customer customer,
            boolean anchor) {
        YearMonth first = YearMonth.from(today).minusMonths(MONTHS);
        LocalDate earliest = today.minusYears(2);
        int start;
        int end = MONTHS;
        if (anchor) {
            start = 0;
        } else {
            switch (product.trend()) {
                case GROWING -> start = 3 + random.nextInt(16);
                case DISCONTINUED -> {
                    start = random.nextInt(4);
                    end = 8 + random.nextInt(5);
                }
                default -> {
                    double lateStarts = customer.momentum() < 0 ? 0.1 : 0.25;
                    start = random.nextDouble() < lateStarts ? 1 + random.nextInt(20) : 0;
                    if (start < 6 && random.nextDouble() < customer.churnRate()) end = 6 + random.nextInt(6);
                }
            }
        }
        double annual = product.annualBaseline() * sizeOf(kind) * (0.6 + random.nextDouble());
        double margin = product.marginLow() + random.nextDouble() * (product.marginHigh() - product.marginLow());
        int billingDay = anchor ? today.getDayOfMonth() : 1 + random.nextInt(28);
        int quarterOffset = random.nextInt(3);
        List<NewSale> lines = new ArrayList<>();
        for (int m = start; m <= end; m++) {
            boolean bills = switch (product.billing()) {
                case MONTHLY -> true;
                case QUARTERLY -> (m + quarterOffset) % 3 == 0;
                case PROJECT -> random.nextDouble() < 0.12;
            };
            if (!bills) continue;
            YearMonth month = first.plusMonths(m);
            int day = product.billing() == Billing.MONTHLY ? billingDay : 1 + random.nextInt(28);
            LocalDate date = month.atDay(Math.min(day, month.lengthOfMonth()));
            if (date.isBefore(earliest) || date.isAfter(today)) continue;
            double perLine = switch (product.billing()) {
                case MONTHLY -> annual / 12;
                case QUARTERLY -> annual / 4;
                case PROJECT -> annual * 0.7;
            };
            double t = m / (double) MONTHS;
            double momentum = 1 + customer.momentum() * (t - 0.5);
            long cents = Math.round(perLine * trend(product, t) * momentum * (0.85 + 0.3 * random.nextDouble()) * 100);
            BigDecimal amount = BigDecimal.valueOf(cents, 2);
            BigDecimal cost = product.costTracked() && random.nextDouble() >= 0.04
                    ? BigDecimal.valueOf(Math.round(cents * (1 - margin * (0.92 + 0.16 * random.nextDouble()))), 2)
                    : null;
            lines.add(new NewSale(unitId, productId, date, amount, cost));
            if (random.nextDouble() < 0.004) lines.add(creditNote(unitId, productId, date, cents));
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
