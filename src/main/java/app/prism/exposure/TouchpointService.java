package app.prism.exposure;

import app.prism.account.AccountService;
import app.prism.catalog.ProductService;
import app.prism.catalog.ProductView;
import app.prism.contact.ContactService;
import app.prism.contact.ContactView;
import app.prism.identity.AccountAccess;
import app.prism.identity.CurrentUser;
import app.prism.identity.UserService;
import app.prism.identity.UserView;
import app.prism.identity.Viewer;
import app.prism.web.Forbidden;
import app.prism.web.Invalid;
import app.prism.web.NotFound;
import app.prism.web.PageQuery;
import app.prism.web.Paged;
import app.prism.web.Patch;
import app.prism.web.Texts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Touchpoints: which contacts heard about which products, when and how. All contacts of one touchpoint belong to one
 * account; the author and managers may change or delete it.
 */
@Service
public class TouchpointService {

    /** List filters; nulls do not filter. */
    public record Query(Long accountId, Long unitId, Long contactId, Long productId, LocalDate from, LocalDate to) {}

    private final TouchpointRepository touchpoints;
    private final ContactService contacts;
    private final ProductService products;
    private final AccountService accounts;
    private final AccountAccess access;
    private final CurrentUser currentUser;
    private final UserService users;
    private final app.prism.account.UnitService units;
    private final Clock clock;

    TouchpointService(TouchpointRepository touchpoints, ContactService contacts, ProductService products,
            AccountService accounts, AccountAccess access, CurrentUser currentUser, UserService users,
            app.prism.account.UnitService units, Optional<Clock> clock) {
        this.touchpoints = touchpoints;
        this.contacts = contacts;
        this.products = products;
        this.accounts = accounts;
        this.access = access;
        this.currentUser = currentUser;
        this.users = users;
        this.units = units;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Paged<TouchpointView> listTouchpoints(Query q, PageQuery page) {
        if (q.accountId() != null) accounts.requireVisible(q.accountId());
        Collection<Long> contactIds = null;
        if (q.contactId() != null) contactIds = List.of(contacts.getContact(q.contactId()).id());
        if (q.unitId() != null) {
            var unit = units.getUnit(q.unitId());
            contactIds = contacts.contactsOfAccount(unit.accountId()).stream().filter(c -> c.unitId() == unit.id())
                    .map(ContactView::id).filter(id -> q.contactId() == null || id.equals(q.contactId())).toList();
        }
        var visible = q.accountId() == null ? accounts.visibleAccountIds().orElse(null) : null;
        var filter = new TouchpointRepository.Filter(q.accountId(), contactIds, q.productId(), q.from(), q.to(),
                visible);
        return new Paged<>(views(touchpoints.page(filter, page)), page.page(), page.size(), touchpoints.total(filter));
    }

    public TouchpointView getTouchpoint(long id) {
        var row = touchpoints.findById(id).orElseThrow(() -> new NotFound("Touchpoint", id));
        access.requireVisibleOr404(row.accountId(), "Touchpoint", id);
        return views(List.of(row)).get(0);
    }

    @Transactional
    public TouchpointView logTouchpoint(NewTouchpoint input) {
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        long accountId = checkContacts(input.contactIds(), problems);
        checkProducts(input.productIds(), problems);
        checkDate(input.date(), problems);
        if (!problems.isEmpty()) throw new Invalid(problems);
        long id = touchpoints.insert(accountId, input.date(), input.channel(), Texts.trimToNull(input.note()),
                currentUser.viewer().id());
        touchpoints.replaceLinks(id, distinct(input.contactIds()), distinct(input.productIds()));
        return getTouchpoint(id);
    }

    /**
     * A touchpoint from another CRM's history: like {@link #logTouchpoint}, but its products may be none (a CRM's
     * meeting names no product: it still counts as contact, not as exposure) and it carries the CRM's id.
     */
    @Transactional
    public TouchpointView importTouchpoint(List<Long> contactIds, List<Long> productIds, LocalDate date,
            Channel channel, String note, String externalId) {
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        long accountId = checkContacts(contactIds, problems);
        if (!productIds.isEmpty()) checkProducts(productIds, problems);
        checkDate(date, problems);
        if (!problems.isEmpty()) throw new Invalid(problems);
        if (externalId != null && touchpoints.findByExternalId(externalId).isPresent()) {
            throw new app.prism.web.Conflict("Another touchpoint already has external id '" + externalId + "'.");
        }
        long id = touchpoints.insert(accountId, date, channel, Texts.trimToNull(note), currentUser.viewer().id(),
                externalId);
        touchpoints.replaceLinks(id, distinct(contactIds), distinct(productIds));
        return getTouchpoint(id);
    }

    /** The touchpoint with this external id, when it exists and the user may see it. */
    public Optional<TouchpointView> findByExternalId(String externalId) {
        if (externalId == null) return Optional.empty();
        return touchpoints.findByExternalId(externalId).filter(r -> access.canSee(r.accountId()))
                .map(r -> views(List.of(r)).get(0));
    }

    @Transactional
    public TouchpointView updateTouchpoint(long id, Patch<TouchpointPatch> patch, Long expectedVersion) {
        TouchpointView row = getTouchpoint(id);
        requireMayChange(row);
        if (expectedVersion != null && expectedVersion != row.version()) throw stale();
        TouchpointPatch p = patch.value();
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        List<Long> contactIds = patch.has("contactIds") ? p.contactIds() : row.contactIds();
        List<Long> productIds = patch.has("productIds") ? p.productIds() : row.productIds();
        LocalDate date = patch.has("date") ? p.date() : row.date();
        Channel channel = patch.has("channel") ? p.channel() : row.channel();
        String note = patch.has("note") ? Texts.trimToNull(p.note()) : row.note();
        if (patch.has("contactIds")) {
            long accountId = checkContacts(contactIds, problems);
            if (problems.isEmpty() && accountId != row.accountId()) {
                problems.add(new Invalid.FieldProblem("contactIds", "must be contacts of the touchpoint's account"));
            }
        }
        if (patch.has("productIds")) checkProducts(productIds, problems);
        checkDate(date, problems);
        if (channel == null) problems.add(new Invalid.FieldProblem("channel", "must not be null"));
        if (note != null && note.length() > 4000) problems.add(new Invalid.FieldProblem("note", "size must be between 0 and 4000"));
        if (!problems.isEmpty()) throw new Invalid(problems);
        if (!touchpoints.update(id, date, channel, note, row.version())) throw stale();
        if (patch.has("contactIds") || patch.has("productIds")) {
            touchpoints.replaceLinks(id, distinct(contactIds), distinct(productIds));
        }
        return getTouchpoint(id);
    }

    @Transactional
    public void deleteTouchpoint(long id) {
        TouchpointView row = getTouchpoint(id);
        requireMayChange(row);
        touchpoints.delete(id);
    }

    /** Whether the signed-in user may change or delete the touchpoint: its author, a manager or an administrator. */
    public boolean mayChange(TouchpointView t) {
        Viewer viewer = currentUser.viewer();
        return viewer.isManagerOrAdmin() || viewer.id() == t.userId();
    }

    /** For each contact, the last day they heard about the product (on or before {@code asOf}); absent when never. */
    public Map<Long, LocalDate> lastExposedOn(long accountId, Collection<Long> contactIds, long productId,
            LocalDate asOf) {
        accounts.requireVisible(accountId);
        return touchpoints.lastExposedOn(contactIds, productId, asOf);
    }

    /** For each contact, the day of their last touchpoint on any product (on or before {@code asOf}). */
    public Map<Long, LocalDate> lastTouchedOn(long accountId, Collection<Long> contactIds, LocalDate asOf) {
        accounts.requireVisible(accountId);
        return touchpoints.lastTouchedOn(contactIds, asOf);
    }

    List<GapRule.Exposure> exposures(long accountId, LocalDate asOf) {
        accounts.requireVisible(accountId);
        return touchpoints.exposures(accountId, asOf);
    }

    private void requireMayChange(TouchpointView t) {
        if (!mayChange(t)) throw new Forbidden("Only the colleague who logged a touchpoint, or a manager, changes it.");
    }

    /** The contacts exist, are visible, and belong to one account, which is returned (0 when not). */
    private long checkContacts(List<Long> ids, List<Invalid.FieldProblem> problems) {
        if (ids == null || ids.isEmpty()) {
            problems.add(new Invalid.FieldProblem("contactIds", "must not be empty"));
            return 0;
        }
        if (ids.stream().anyMatch(java.util.Objects::isNull)) {
            problems.add(new Invalid.FieldProblem("contactIds", "must not contain null"));
            return 0;
        }
        Map<Long, ContactView> found = contacts.findContacts(new LinkedHashSet<>(ids));
        Viewer viewer = currentUser.viewer();
        List<Long> unknown = ids.stream().filter(id -> !found.containsKey(id)
                || !access.canSee(viewer, found.get(id).accountId())).distinct().toList();
        if (!unknown.isEmpty()) {
            problems.add(new Invalid.FieldProblem("contactIds", "unknown contact(s) " + unknown));
            return 0;
        }
        Set<Long> accountIds = new HashSet<>();
        found.values().forEach(c -> accountIds.add(c.accountId()));
        if (accountIds.size() > 1) {
            problems.add(new Invalid.FieldProblem("contactIds", "must all be contacts of one account"));
            return 0;
        }
        return accountIds.iterator().next();
    }

    private void checkProducts(List<Long> ids, List<Invalid.FieldProblem> problems) {
        if (ids == null || ids.isEmpty()) {
            problems.add(new Invalid.FieldProblem("productIds", "must not be empty"));
            return;
        }
        if (ids.stream().anyMatch(java.util.Objects::isNull)) {
            problems.add(new Invalid.FieldProblem("productIds", "must not contain null"));
            return;
        }
        Map<Long, ProductView> found = products.findProducts(new LinkedHashSet<>(ids));
        List<Long> unknown = ids.stream().filter(id -> !found.containsKey(id)).distinct().toList();
        if (!unknown.isEmpty()) problems.add(new Invalid.FieldProblem("productIds", "unknown product(s) " + unknown));
    }

    /**
     * Any date: a touchpoint dated ahead (a meeting already fixed) exposes nobody until its day, as every rule counts only
     * touchpoints dated on or before the day asked.
     */
    private void checkDate(LocalDate date, List<Invalid.FieldProblem> problems) {
        if (date == null) problems.add(new Invalid.FieldProblem("date", "must not be null"));
    }

    private List<TouchpointView> views(List<TouchpointRepository.Row> rows) {
        List<Long> ids = rows.stream().map(TouchpointRepository.Row::id).toList();
        Map<Long, List<Long>> contactIds = touchpoints.contactsOf(ids);
        Map<Long, List<Long>> productIds = touchpoints.productsOf(ids);
        Map<Long, UserView> authors = users.findUsers(rows.stream().map(TouchpointRepository.Row::userId)
                .collect(java.util.stream.Collectors.toSet()));
        return rows.stream().map(r -> new TouchpointView(r.id(), r.accountId(), r.date(), r.channel(), r.note(),
                r.userId(), authors.containsKey(r.userId()) ? authors.get(r.userId()).name() : null,
                contactIds.getOrDefault(r.id(), List.of()), productIds.getOrDefault(r.id(), List.of()), r.version(),
                r.createdAt(), r.updatedAt(), r.externalId())).toList();
    }

    private static List<Long> distinct(List<Long> ids) {
        return new ArrayList<>(new LinkedHashSet<>(ids));
    }

    private static OptimisticLockingFailureException stale() {
        return new OptimisticLockingFailureException("stale touchpoint");
    }
}
