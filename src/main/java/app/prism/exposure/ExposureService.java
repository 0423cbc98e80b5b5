package app.prism.exposure;

import app.prism.account.AccountService;
import app.prism.catalog.ProductService;
import app.prism.catalog.ProductView;
import app.prism.contact.ContactService;
import app.prism.contact.ContactView;
import app.prism.identity.CurrentUser;
import app.prism.web.Forbidden;
import app.prism.web.Invalid;
import app.prism.web.PageQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Exposure gaps and awareness of an account as of a date ({@link GapRule}), and the cadence they are measured by. */
@Service
public class ExposureService {

    /** The installation's default cadence when nobody set one. */
    public static final int DEFAULT_CADENCE_DAYS = 90;

    /** The filters of the gap list; nulls do not filter. */
    public record GapFilter(Long unitId, Long contactId, Long productId) {

        static final GapFilter NONE = new GapFilter(null, null, null);

        boolean test(GapRule.Pair p) {
            return (unitId == null || p.unitId() == unitId) && (contactId == null || p.contactId() == contactId)
                    && (productId == null || p.productId() == productId);
        }
    }

    /** The cadence of an account: its own override, or the installation's. */
    public record Cadence(int cadenceDays, boolean overridden, int installationDays) {}

    private final TouchpointService touchpoints;
    private final ContactService contacts;
    private final ProductService products;
    private final AccountService accounts;
    private final app.prism.penetration.PenetrationService penetration;
    private final CadenceRepository cadences;
    private final CurrentUser currentUser;
    private final Clock clock;

    ExposureService(TouchpointService touchpoints, ContactService contacts, ProductService products,
            AccountService accounts, app.prism.penetration.PenetrationService penetration, CadenceRepository cadences, CurrentUser currentUser,
            Optional<Clock> clock) {
        this.touchpoints = touchpoints;
        this.contacts = contacts;
        this.products = products;
        this.accounts = accounts;
        this.penetration = penetration;
        this.cadences = cadences;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public LocalDate asOfOrToday(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(clock);
    }

    // ---- the cadence ----

    public int installationCadenceDays() {
        return cadences.global().cadenceDays();
    }

    CadenceRepository.Setting installationCadence() {
        return cadences.global();
    }

    @Transactional
    CadenceRepository.Setting setInstallationCadence(Integer cadenceDays, Long expectedVersion) {
        if (!currentUser.viewer().isAdmin()) throw new Forbidden("Only administrators change installation settings.");
        checkCadence(cadenceDays);
        var now = cadences.global();
        long version = expectedVersion == null ? now.version() : expectedVersion;
        if (!cadences.updateGlobal(cadenceDays, version)) throw new OptimisticLockingFailureException("stale setting");
        return cadences.global();
    }

    public Cadence cadence(long accountId) {
        accounts.requireVisible(accountId);
        int installation = cadences.global().cadenceDays();
        return cadences.ofAccount(accountId).map(s -> new Cadence(s.cadenceDays(), true, installation))
                .orElse(new Cadence(installation, false, installation));
    }

    /** Overrides the cadence of one account; null goes back to the installation's. Managers and administrators. */
    @Transactional
    public Cadence setAccountCadence(long accountId, Integer cadenceDays) {
        accounts.requireVisible(accountId);
        if (!currentUser.viewer().isManagerOrAdmin()) {
            throw new Forbidden("Only managers and administrators change an account's cadence.");
        }
        if (cadenceDays == null) cadences.clearForAccount(accountId);
        else {
            checkCadence(cadenceDays);
            cadences.setForAccount(accountId, cadenceDays);
        }
        return cadence(accountId);
    }

    private static void checkCadence(Integer days) {
        if (days == null || days < 1 || days > 3650) throw Invalid.field("cadenceDays", "must be between 1 and 3650");
    }

    // ---- gaps and awareness ----

    /** One page of the account's exposure gaps, never exposed first, then the longest ago. */
    public ExposureGaps gaps(long accountId, LocalDate asOf, GapFilter filter, PageQuery page) {
        LocalDate day = asOfOrToday(asOf);
        int cadence = cadence(accountId).cadenceDays();
        GapRule.Result result = evaluate(accountId, day, cadence);
        GapFilter f = filter == null ? GapFilter.NONE : filter;
        List<GapRule.Pair> gaps = result.gaps().stream().filter(f::test).toList();
        int from = (int) Math.min(gaps.size(), page.offset());
        int to = Math.min(gaps.size(), from + page.size());
        return new ExposureGaps(day, cadence, gaps.size(), page.page(), page.size(), gaps.subList(from, to).stream()
                .map(g -> new ExposureGaps.Gap(g.contactId(), g.unitId(), g.productId(), g.lastExposedOn())).toList());
    }

    /** Every gap of the account as of the date (for the page, which groups them by contact). */
    public List<GapRule.Pair> allGaps(long accountId, LocalDate asOf) {
        LocalDate day = asOfOrToday(asOf);
        return evaluate(accountId, day, cadence(accountId).cadenceDays()).gaps();
    }

    /**
     * The same gaps as {@link #allGaps}, grouped by contact and unsorted ({@link GapRule#gapsByContact}), read with the
     * account's people as the caller already holds them (every contact of the account, as
     * {@code ContactService.contactsOfAccount} lists them).
     */
    public List<GapRule.ContactGaps> gapsByContact(long accountId, LocalDate asOf, List<ContactView> people) {
        LocalDate day = asOfOrToday(asOf);
        List<GapRule.Person> persons = people.stream()
                .map(c -> new GapRule.Person(c.id(), c.unitId(), c.active())).toList();
        return GapRule.gapsByContact(persons, activeProducts(), excludedCells(accountId, day),
                GapRule.lastExposures(touchpoints.exposures(accountId, day), day), day,
                cadence(accountId).cadenceDays());
    }

    /** How many gaps the account has as of the day ({@link #allGaps}'s size, without listing them). */
    public int gapCount(long accountId, LocalDate asOf) {
        return gapsByContact(accountId, asOf, contacts.contactsOfAccount(accountId)).stream()
                .mapToInt(GapRule.ContactGaps::size).sum();
    }

    /** Awareness now, per unit and per product, and at the end of each of the eleven months before (plus asOf). */
    public Awareness awareness(long accountId, LocalDate asOf, boolean withTrend) {
        LocalDate day = asOfOrToday(asOf);
        int cadence = cadence(accountId).cadenceDays();
        List<ContactView> people = contacts.contactsOfAccount(accountId);
        List<Long> active = activeProducts();
        List<GapRule.Exposure> exposures = touchpoints.exposures(accountId, day);
        GapRule.Result now = evaluate(accountId, day, cadence, people, active, exposures, true);
        List<Awareness.Point> trend = new ArrayList<>();
        if (withTrend) {
            for (LocalDate d : trendDates(day)) {
                GapRule.Result then = d.equals(day) ? now
                        : evaluate(accountId, d, cadence, people, active, exposures, false);
                trend.add(new Awareness.Point(d, then.account().ratio(), then.account().exposed(),
                        then.account().pairs()));
            }
        }
        return new Awareness(day, cadence, now.account().ratio(), now.account().exposed(), now.account().pairs(),
                now.byUnit().entrySet().stream().map(e -> new Awareness.UnitShare(e.getKey(), e.getValue().ratio(),
                        e.getValue().exposed(), e.getValue().pairs())).toList(),
                now.byProduct().entrySet().stream().map(e -> new Awareness.ProductShare(e.getKey(),
                        e.getValue().ratio(), e.getValue().exposed(), e.getValue().pairs())).toList(),
                trend);
    }

    /** The ends of the eleven months before asOf's month, then asOf itself: twelve points, oldest first. */
    static List<LocalDate> trendDates(LocalDate asOf) {
        List<LocalDate> dates = new ArrayList<>();
        YearMonth month = YearMonth.from(asOf);
        for (int back = 11; back >= 1; back--) dates.add(month.minusMonths(back).atEndOfMonth());
        dates.add(asOf);
        return dates;
    }

    private GapRule.Result evaluate(long accountId, LocalDate day, int cadence) {
        return evaluate(accountId, day, cadence, contacts.contactsOfAccount(accountId), activeProducts(),
                touchpoints.exposures(accountId, day), true);
    }

    /**
     * The rule as of {@code day}. The gaps of any date are those of the contacts active now (PRODUCT.md: "every active
     * contact"); a past point of the trend ({@code current} false) counts a contact unless they were deactivated on or
     * before that day. When a contact was entered into Prism says nothing of when we met them, so entry dates do not
     * shorten the history.
     */
    private GapRule.Result evaluate(long accountId, LocalDate day, int cadence, List<ContactView> people,
            List<Long> activeProducts, List<GapRule.Exposure> exposures, boolean current) {
        Predicate<ContactView> activeThen = c -> c.active() || (!current && c.deactivatedAt() != null
                && c.deactivatedAt().toLocalDate().isAfter(day));
        List<GapRule.Person> persons = people.stream()
                .map(c -> new GapRule.Person(c.id(), c.unitId(), activeThen.test(c))).toList();
        return GapRule.evaluate(persons, activeProducts, excludedCells(accountId, day), 
                GapRule.lastExposures(exposures, day), day, cadence);
    }

    /**
     * Cells that are BUYING (TTM sum above zero: the window is day − 364 … day) or NOT_APPLICABLE (a fit mark): read
     * from the account's matrix of single units, which the matrix cache keeps under the account's revision, rather than
     * aggregating its sales once more.
     */
    private Set<GapRule.Cell> excludedCells(long accountId, LocalDate day) {
        Set<GapRule.Cell> out = new HashSet<>();
        for (app.prism.penetration.Matrix.Cell c : penetration.matrix(accountId, day, null).cells()) {
            if (c.status() == app.prism.penetration.CellStatus.BUYING
                    || c.status() == app.prism.penetration.CellStatus.NOT_APPLICABLE) {
                out.add(new GapRule.Cell(c.unitId(), c.productId()));
            }
        }
        return out;
    }

    private List<Long> activeProducts() {
        return products.allProducts().stream().filter(ProductView::active).map(ProductView::id).toList();
    }

    /** For the page: the given contacts' gaps are the pairs whose contact is in {@code contactIds}. */
    static List<GapRule.Pair> ofContacts(Collection<GapRule.Pair> gaps, Collection<Long> contactIds) {
        Set<Long> ids = new HashSet<>(contactIds);
        return gaps.stream().filter(g -> ids.contains(g.contactId())).toList();
    }

    Map<Long, ContactView> contactsById(long accountId) {
        Map<Long, ContactView> out = new java.util.HashMap<>();
        contacts.contactsOfAccount(accountId).forEach(c -> out.put(c.id(), c));
        return out;
    }
}
