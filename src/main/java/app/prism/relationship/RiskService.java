package app.prism.relationship;

import app.prism.account.AccountService;
import app.prism.account.AccountView;
import app.prism.account.UnitService;
import app.prism.account.UnitView;
import app.prism.catalog.ProductService;
import app.prism.contact.ContactService;
import app.prism.contact.ContactView;
import app.prism.exposure.TouchpointService;
import app.prism.identity.UserService;
import app.prism.identity.UserView;
import app.prism.web.PageQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** The relationship risks of an account's units ({@link RiskRule}), and across every account the user may see. */
@Service
public class RiskService {

    /** A risk as the API and pages show it. {@code revenueAtStake}: the unit's TTM revenue of buying cells. */
    public record UnitRisk(long accountId, long unitId, String unitName, RiskFlag flag, String reason,
            BigDecimal revenueAtStake) {}

    /** What the rule needs of an account, read once. */
    record Facts(Map<Long, Boolean> doingBusiness, Map<Long, BigDecimal> revenue) {}

    private final AccountService accounts;
    private final UnitService units;
    private final ContactService contacts;
    private final ProductService products;
    private final app.prism.penetration.PenetrationService penetration;
    private final TouchpointService touchpoints;
    private final UserService users;
    private final Clock clock;
    private final app.prism.web.DateDisplay dates;

    RiskService(AccountService accounts, UnitService units, ContactService contacts, ProductService products,
            app.prism.penetration.PenetrationService penetration, TouchpointService touchpoints, UserService users,
            Optional<Clock> clock, app.prism.web.DateDisplay dates) {
        this.dates = dates;
        this.accounts = accounts;
        this.units = units;
        this.contacts = contacts;
        this.products = products;
        this.penetration = penetration;
        this.touchpoints = touchpoints;
        this.users = users;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public LocalDate asOfOrToday(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(clock);
    }

    /** The account's risks, unit by unit in tree order, each unit's flags in the rule's order. */
    public List<UnitRisk> risks(long accountId, LocalDate asOf) {
        accounts.requireVisible(accountId);
        LocalDate day = asOfOrToday(asOf);
        List<UnitView> unitList = units.unitsOf(accountId);
        Facts facts = facts(accountId, day);
        List<ContactView> people = contacts.contactsOfAccount(accountId);
        Map<Long, LocalDate> lastTouch = touchpoints.lastTouchedOn(accountId,
                people.stream().map(ContactView::id).toList(), day);
        Map<Long, List<RiskRule.Person>> byUnit = new HashMap<>();
        Set<Long> ownerIds = new HashSet<>();
        for (ContactView c : people) {
            ownerIds.addAll(c.ownerUserIds());
            byUnit.computeIfAbsent(c.unitId(), k -> new ArrayList<>()).add(new RiskRule.Person(c.id(), c.name(),
                    c.active(), c.buyingRole(), c.attitude(), Set.copyOf(c.ownerUserIds()), lastTouch.get(c.id())));
        }
        Map<Long, String> ownerNames = users.findUsers(ownerIds).values().stream()
                .collect(Collectors.toMap(UserView::id, UserView::name));
        List<UnitRisk> out = new ArrayList<>();
        for (UnitView u : unitList) {
            var unit = new RiskRule.Unit(u.id(), facts.doingBusiness().getOrDefault(u.id(), false),
                    byUnit.getOrDefault(u.id(), List.of()));
            for (RiskRule.Risk r : RiskRule.risksOf(unit, day, ownerNames, dates::date)) {
                out.add(new UnitRisk(accountId, u.id(), u.name(), r.flag(), r.reason(),
                        facts.revenue().getOrDefault(u.id(), BigDecimal.ZERO.setScale(2))));
            }
        }
        return out;
    }

    /** Every risk on the accounts the user may see (only theirs with {@code mineOnly}), the most revenue at stake first. */
    public List<UnitRisk> portfolioRisks(LocalDate asOf, boolean mineOnly) {
        List<UnitRisk> all = new ArrayList<>();
        for (AccountView a : accounts.listAccounts(PageQuery.of(0, PageQuery.MAX_SIZE, null), null, mineOnly).items()) {
            all.addAll(risks(a.id(), asOf));
        }
        all.sort(Comparator.comparing(UnitRisk::revenueAtStake).reversed().thenComparingLong(UnitRisk::accountId)
                .thenComparingLong(UnitRisk::unitId));
        return all;
    }

    /**
     * Which units we do business with (a buying cell: an active product without a fit mark whose TTM sales sum above
     * zero) and each unit's TTM revenue of its buying cells.
     */
    Facts facts(long accountId, LocalDate day) {
        // The BUYING cells of the account's matrix of single units (active products, TTM sum above zero, no fit mark):
        // the matrix cache keeps it under the account's revision, so the sales are not aggregated once more.
        Map<Long, Boolean> doing = new HashMap<>();
        Map<Long, BigDecimal> revenue = new HashMap<>();
        for (app.prism.penetration.Matrix.Cell c : penetration.matrix(accountId, day, null).cells()) {
            if (c.status() != app.prism.penetration.CellStatus.BUYING) continue;
            doing.put(c.unitId(), true);
            revenue.merge(c.unitId(), c.revenue(), BigDecimal::add);
        }
        return new Facts(doing, revenue);
    }
}
