package app.prism.nextbest;

import app.prism.account.AccountService;
import app.prism.account.UnitService;
import app.prism.account.UnitView;
import app.prism.catalog.ProductService;
import app.prism.catalog.ProductView;
import app.prism.contact.ContactService;
import app.prism.contact.ContactView;
import app.prism.exposure.ExposureService;
import app.prism.exposure.GapRule;
import app.prism.penetration.CellStatus;
import app.prism.penetration.Matrix;
import app.prism.penetration.PenetrationService;
import app.prism.penetration.WhitespaceValue;
import app.prism.plans.PlanService;
import app.prism.plans.PlanView;
import app.prism.relationship.CandidateRule;
import app.prism.relationship.ReferralCandidates;
import app.prism.relationship.RiskService;
import app.prism.sales.SalesFacts;
import app.prism.tasks.TaskService;
import app.prism.tasks.TaskView;
import app.prism.web.Money;
import app.prism.web.PageQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** The next best actions of an account ({@link NextBestActionRule}), each with its reason and expected value. */
@Service
public class NextBestActions {

    private final AccountService accounts;
    private final UnitService units;
    private final ProductService products;
    private final ContactService contacts;
    private final PenetrationService penetration;
    private final SalesFacts sales;
    private final ReferralCandidates referrals;
    private final ExposureService exposure;
    private final RiskService risks;
    private final TaskService tasks;
    private final PlanService plans;
    private final String currency;
    private final app.prism.insight.InsightService insight;

    NextBestActions(AccountService accounts, UnitService units, ProductService products, ContactService contacts,
            PenetrationService penetration, SalesFacts sales, ReferralCandidates referrals, ExposureService exposure,
            RiskService risks, TaskService tasks, PlanService plans, @Value("${prism.currency:EUR}") String currency,
            app.prism.insight.InsightService insight) {
        this.insight = insight;
        this.accounts = accounts;
        this.units = units;
        this.products = products;
        this.contacts = contacts;
        this.penetration = penetration;
        this.sales = sales;
        this.referrals = referrals;
        this.exposure = exposure;
        this.risks = risks;
        this.tasks = tasks;
        this.plans = plans;
        this.currency = currency;
    }

    /** Every next best action of the account, best first. */
    public List<NextBestAction> nextBestActions(long accountId, LocalDate asOf) {
        return NextBestActionRule.top(candidates(accountId, asOf), Integer.MAX_VALUE);
    }

    /** The first actions of the ranking and how many there are in all. */
    public record Ranked(List<NextBestAction> actions, int total) {}

    /** The best {@code limit} of {@link #nextBestActions}, with the count of all: only those reasons are written. */
    public Ranked nextBestActions(long accountId, LocalDate asOf, int limit) {
        List<NextBestActionRule.Lazy> all = candidates(accountId, asOf);
        return new Ranked(NextBestActionRule.top(all, limit), all.size());
    }

    /** The best {@code perType} of each type in the ranking's order ({@link NextBestActionRule#bestOfEachType}). */
    public Ranked bestOfEachType(long accountId, LocalDate asOf, int perType) {
        List<NextBestActionRule.Lazy> all = candidates(accountId, asOf);
        return new Ranked(NextBestActionRule.bestOfEachType(all, perType), all.size());
    }

    private List<NextBestActionRule.Lazy> candidates(long accountId, LocalDate asOf) {
        accounts.requireVisible(accountId);
        LocalDate day = penetration.asOfOrToday(asOf);
        Map<Long, UnitView> unitsById = units.unitsOf(accountId).stream()
                .collect(Collectors.toMap(UnitView::id, Function.identity()));
        Map<Long, ProductView> productsById = products.allProducts().stream()
                .collect(Collectors.toMap(ProductView::id, Function.identity()));
        Map<Long, BigDecimal> value = penetration.whitespaceValueByProduct(day);
        Matrix matrix = penetration.matrix(accountId, day, null);
        Set<Long> doingBusiness = matrix.cells().stream().filter(c -> c.status() == CellStatus.BUYING)
                .map(Matrix.Cell::unitId).collect(Collectors.toSet());

        List<NextBestActionRule.Lazy> out = new ArrayList<>();
        crossSells(accountId, day, unitsById, productsById, value, matrix, out);
        askReferrals(accountId, day, unitsById, value, matrix, doingBusiness, out);
        reExposures(accountId, day, unitsById, productsById, value, potentialsOfWhitespace(matrix), out);
        for (RiskService.UnitRisk r : risks.risks(accountId, day)) {
            out.add(candidate(NextBestAction.Type.FIX_RISK, r.unitId(), null, null, null, r.unitName() + ": "
                    + r.flag().label().toLowerCase() + ". " + r.reason(),
                    NextBestActionRule.weighted(r.revenueAtStake(), NextBestActionRule.RISK_SHARE), null));
        }
        for (TaskView t : tasks.listTasks(accountId, null, false, true, true, day, PageQuery.of(0, 100, null)).items()) {
            out.add(candidate(NextBestAction.Type.OVERDUE_ACTION, t.unitId(), t.productId(), t.contactId(), t.id(),
                    late(t.dueOn(), day) + ": " + t.title(), BigDecimal.ZERO.setScale(2), t.dueOn()));
        }
        for (PlanView.Action a : plans.actionsOfWorkingPlan(accountId)) {
            // an action made into a task is listed as that task; the plan's own due dates count as of the day asked
            if (a.taskId() != null || a.status() != PlanView.ActionStatus.OPEN || a.dueOn() == null
                    || !a.dueOn().isBefore(day)) continue;
            String reason = "Plan action " + late(a.dueOn(), day).toLowerCase(Locale.ROOT) + ": " + a.title();
            out.add(new NextBestActionRule.Lazy(NextBestAction.Type.OVERDUE_ACTION, null, null, null, null,
                    () -> reason, BigDecimal.ZERO.setScale(2), a.id(), a.dueOn()));
        }
        return out;
    }

    /**
     * Whitespace cells: valued by the ranking learned from the installation's history when a model exists (probability
     * of a purchase within twelve months × whitespace value, with the reason in numbers), else by how many comparable
     * units (same kind and country, any account) buy the product.
     */
    private void crossSells(long accountId, LocalDate day, Map<Long, UnitView> unitsById,
            Map<Long, ProductView> productsById, Map<Long, BigDecimal> value, Matrix matrix,
            List<NextBestActionRule.Lazy> out) {
        Map<Long, String> names = new HashMap<>(), kinds = new HashMap<>(), countries = new HashMap<>();
        unitsById.values().forEach(u -> {
            names.put(u.id(), u.name());
            kinds.put(u.id(), u.kind().plural());
            if (u.country() != null) countries.put(u.id(), u.country());
        });
        var learned = insight.crossSells(accountId, day, names, kinds, countries);
        Map<String, List<Long>> peersByProfile = new HashMap<>();
        for (UnitService.UnitProfile p : units.allUnitProfiles()) {
            peersByProfile.computeIfAbsent(profile(p.kind(), p.country()), k -> new ArrayList<>()).add(p.id());
        }
        Map<Long, Set<Long>> buying = penetration.buyingProductsOfAllUnits(day);
        Map<String, Map<Long, Long>> buyersByProfile = new HashMap<>();
        for (var e : peersByProfile.entrySet()) {
            Map<Long, Long> counts = new HashMap<>();
            for (Long unit : e.getValue()) {
                for (Long product : buying.getOrDefault(unit, Set.of())) counts.merge(product, 1L, Long::sum);
            }
            buyersByProfile.put(e.getKey(), counts);
        }
        Map<Long, String> profileOf = new HashMap<>();
        for (Matrix.Cell c : matrix.cells()) {
            if (c.status() != CellStatus.WHITESPACE) continue;
            UnitView u = unitsById.get(c.unitId());
            ProductView p = productsById.get(c.productId());
            // a cell with a potential is worth its potential (PRODUCT.md section 4, whitespace value)
            BigDecimal v = WhitespaceValue.ofCell(c.potential(), value.getOrDefault(c.productId(), BigDecimal.ZERO));
            if (u == null || p == null) continue;   // every whitespace cell is a cross-sell, worth zero if nothing is known
            var cell = learned.map(l -> l.get(u.id() + ":" + p.id())).orElse(null);
            if (cell != null) {
                // expected value = probability × whitespace value, the cell's potential first (issue 15)
                BigDecimal expected = c.potential() == null ? cell.expectedValue()
                        : c.potential().multiply(BigDecimal.valueOf(cell.probability()))
                                .setScale(2, java.math.RoundingMode.HALF_UP);
                BigDecimal potential = c.potential();
                java.util.function.Supplier<String> reason = () -> potential == null ? cell.reason()
                        : cell.reason() + " Its potential: " + Money.estimate(potential, currency) + " a year.";
                out.add(new NextBestActionRule.Lazy(NextBestAction.Type.CROSS_SELL, u.id(), p.id(), null, null, reason,
                        expected, null, null));
                continue;
            }
            String key = profileOf.computeIfAbsent(u.id(), id -> profile(u.kind(), u.country()));
            long peers = peersByProfile.getOrDefault(key, List.of()).size() - 1;
            long buyers = buyersByProfile.getOrDefault(key, Map.of()).getOrDefault(p.id(), 0L);
            boolean potential = c.potential() != null;
            // written only if the action is shown (or ties with one that is)
            java.util.function.Supplier<String> reason = () -> {
                String kind = u.kind().plural() + (u.country() == null ? "" : " in " + u.country());
                String worth = potential ? "worth " + Money.estimate(v, currency) + " a year (its potential)."
                        : v.signum() > 0 ? "worth " + Money.estimate(v, currency) + " a year."
                        : "no value known yet (no typical annual value, and no unit buys it).";
                return peers <= 0 ? p.name() + " for " + u.name() + ": no comparable " + kind + " to compare with; " + worth
                        : p.name() + " for " + u.name() + ": " + buyers + " of " + peers + " comparable " + kind + " buy it; " + worth;
            };
            out.add(new NextBestActionRule.Lazy(NextBestAction.Type.CROSS_SELL, u.id(), p.id(), null, null, reason,
                    NextBestActionRule.crossSellValue(v, buyers, Math.max(0, peers)), null, null));
        }
    }

    private void askReferrals(long accountId, LocalDate day, Map<Long, UnitView> unitsById, Map<Long, BigDecimal> value, Matrix matrix,
            Set<Long> doingBusiness, List<NextBestActionRule.Lazy> out) {
        Map<Long, BigDecimal> whitespaceOfUnit = new LinkedHashMap<>();
        for (Matrix.Cell c : matrix.cells()) {
            if (c.status() == CellStatus.WHITESPACE) {
                whitespaceOfUnit.merge(c.unitId(), WhitespaceValue.ofCell(c.potential(),
                        value.getOrDefault(c.productId(), BigDecimal.ZERO)), BigDecimal::add);
            }
        }
        if (doingBusiness.containsAll(unitsById.keySet())) return;   // every unit buys: nobody to be introduced to
        Map<Long, List<CandidateRule.Candidate>> byUnit = referrals.candidatesForAccount(accountId, day);
        for (UnitView u : unitsById.values()) {
            if (doingBusiness.contains(u.id())) continue;
            List<CandidateRule.Candidate> best = byUnit.getOrDefault(u.id(), List.of());
            if (best.isEmpty()) continue;
            CandidateRule.Candidate c = best.get(0);
            BigDecimal whitespace = whitespaceOfUnit.getOrDefault(u.id(), BigDecimal.ZERO);
            out.add(candidate(NextBestAction.Type.ASK_REFERRAL, u.id(), null, c.contactId(), null,
                    "Ask " + c.name() + " to introduce you to " + u.name() + " (" + Money.estimate(whitespace, currency)
                            + " of whitespace there). " + c.reason(),
                    NextBestActionRule.weighted(whitespace, NextBestActionRule.REFERRAL_SUCCESS), null));
        }
    }

    private void reExposures(long accountId, LocalDate day, Map<Long, UnitView> unitsById,
            Map<Long, ProductView> productsById, Map<Long, BigDecimal> productValue,
            Map<Long, Map<Long, BigDecimal>> potentials, List<NextBestActionRule.Lazy> out) {
        List<ContactView> everyone = contacts.contactsOfAccount(accountId);
        Map<Long, ContactView> people = everyone.stream().collect(Collectors.toMap(ContactView::id, Function.identity()));
        // a gap's value: the whitespace value of the product in the contact's unit (its potential when set), the same
        // for every contact of the unit: worked out once per unit and product
        int width = productsById.size();
        Map<Long, BigDecimal[]> valuesOfUnit = new HashMap<>();
        for (GapRule.ContactGaps gaps : exposure.gapsByContact(accountId, day, everyone)) {
            ContactView c = people.get(gaps.contactId());
            if (c == null) continue;
            Map<Long, BigDecimal> potentialHere = potentials.getOrDefault(c.unitId(), Map.of());
            BigDecimal[] known = valuesOfUnit.computeIfAbsent(c.unitId(), k -> new BigDecimal[width]);
            BigDecimal total = BigDecimal.ZERO;
            int first = -1, second = -1;   // the two most valuable gaps: value, then never heard / longest ago, then id
            BigDecimal[] values = new BigDecimal[gaps.size()];
            for (int i = 0; i < gaps.size(); i++) {
                long product = gaps.productIds()[i];
                int at = gaps.productIndexes()[i];
                BigDecimal v = at < width ? known[at] : null;
                if (v == null) {
                    v = WhitespaceValue.ofCell(potentialHere.get(product), productValue.getOrDefault(product, BigDecimal.ZERO));
                    if (at < width) known[at] = v;
                }
                values[i] = v;
                total = total.add(v);
                if (first < 0 || before(i, first, values, gaps)) {
                    second = first;
                    first = i;
                } else if (second < 0 || before(i, second, values, gaps)) {
                    second = i;
                }
            }
            String what = nameOf(gaps.productIds()[first], productsById);
            if (gaps.size() == 2) what += " and " + nameOf(gaps.productIds()[second], productsById);
            else if (gaps.size() > 2) what += ", " + nameOf(gaps.productIds()[second], productsById) + " and "
                    + (gaps.size() - 2) + " more";
            UnitView u = unitsById.get(c.unitId());
            out.add(candidate(NextBestAction.Type.RE_EXPOSE, c.unitId(), null, c.id(), null,
                    c.name() + (u == null ? "" : " (" + u.name() + ")") + " has not heard about " + what
                            + " within the cadence.",
                    NextBestActionRule.weighted(total, NextBestActionRule.AWARENESS_LIFT), null));
        }
    }

    /** Whether gap {@code a} is named before gap {@code b}: higher value, then never heard of or longer ago, then id. */
    private static boolean before(int a, int b, BigDecimal[] values, GapRule.ContactGaps gaps) {
        int byValue = values[a].compareTo(values[b]);
        if (byValue != 0) return byValue > 0;
        LocalDate da = gaps.lastExposedOn()[a], db = gaps.lastExposedOn()[b];
        if (da == null || db == null) {
            if (da != db) return da == null;
        } else if (!da.equals(db)) return da.isBefore(db);
        return gaps.productIds()[a] < gaps.productIds()[b];
    }

    private static String nameOf(long productId, Map<Long, ProductView> productsById) {
        ProductView p = productsById.get(productId);
        return p == null ? "?" : p.name();
    }

    /** The potential of every whitespace cell that has one, by unit and product. */
    private static Map<Long, Map<Long, BigDecimal>> potentialsOfWhitespace(Matrix matrix) {
        Map<Long, Map<Long, BigDecimal>> out = new HashMap<>();
        for (Matrix.Cell c : matrix.cells()) {
            if (c.status() == CellStatus.WHITESPACE && c.potential() != null) {
                out.computeIfAbsent(c.unitId(), k -> new HashMap<>()).put(c.productId(), c.potential());
            }
        }
        return out;
    }

    private static NextBestActionRule.Lazy candidate(NextBestAction.Type type, Long unitId, Long productId,
            Long contactId, Long taskId, String reason, BigDecimal expectedValue, LocalDate due) {
        return new NextBestActionRule.Lazy(type, unitId, productId, contactId, taskId, () -> reason, expectedValue, null,
                due);
    }

    /** "Overdue 3 days", counted to the day asked: no date to read in any locale. */
    static String late(LocalDate due, LocalDate day) {
        long days = ChronoUnit.DAYS.between(due, day);
        return "Overdue " + days + (days == 1 ? " day" : " days");
    }

    private static String profile(Object kind, String country) {
        return kind + "|" + (country == null ? "" : country);
    }

}
