package app.prism.tasks;

import app.prism.account.AccountService;
import app.prism.identity.AccountAccess;
import app.prism.web.Invalid;
import app.prism.web.NotFound;
import app.prism.web.PageQuery;
import app.prism.web.Paged;
import app.prism.web.Patch;
import app.prism.web.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's orders, issues and requests that the account manager handles as their main point of contact, dated
 * by {@link RequestRule}. Access follows the request's account.
 */
@Service
public class RequestService {

    private final RequestRepository requests;
    private final References references;
    private final AccountService accounts;
    private final AccountAccess access;

    RequestService(RequestRepository requests, References references, AccountService accounts, AccountAccess access) {
        this.requests = requests;
        this.references = references;
        this.accounts = accounts;
        this.access = access;
    }

    /**
     * Requests the signed-in user may see: open ones first (most urgent, then by due date). {@code overdue}: not DONE
     * and due before {@code asOf} (default today).
     */
    public Paged<RequestView> listRequests(Long accountId, RequestStatus status, boolean openOnly, boolean overdue,
            LocalDate asOf, PageQuery page) {
        if (accountId != null) accounts.requireVisible(accountId);
        var visible = accountId == null ? accounts.visibleAccountIds().orElse(null) : null;
        var filter = new RequestRepository.Filter(accountId, status, openOnly,
                overdue ? (asOf == null ? today() : asOf) : null, visible);
        return new Paged<>(requests.page(filter, page), page.page(), page.size(), requests.total(filter));
    }

    /** The account's requests that are not DONE, most urgent first. */
    public List<RequestView> openRequestsOfAccount(long accountId, int limit) {
        return listRequests(accountId, null, true, false, null, PageQuery.of(0, limit, null)).items();
    }

    /**
     * The requests not DONE on the accounts whose team the user is on ("their accounts"), overdue ones (due before
     * {@code asOf}) first; for the weekly digest, so it needs no signed-in user. {@link RequestView#overdueOn} tells
     * which are late.
     */
    public List<RequestView> openRequestsOfUser(long userId, LocalDate asOf) {
        var mine = accounts.teamAccountIds(userId);
        var all = requests.page(new RequestRepository.Filter(null, null, true, null, mine),
                PageQuery.of(0, PageQuery.MAX_SIZE, null));
        List<RequestView> sorted = new ArrayList<>(all.stream().filter(r -> r.overdueOn(asOf)).toList());
        all.stream().filter(r -> !r.overdueOn(asOf)).forEach(sorted::add);
        return sorted;
    }

    /** Only the overdue ones of {@link #openRequestsOfUser}: not DONE and due before {@code asOf}. */
    public List<RequestView> overdueRequestsOfUser(long userId, LocalDate asOf) {
        var mine = accounts.teamAccountIds(userId);
        return requests.page(new RequestRepository.Filter(null, null, true, asOf, mine),
                PageQuery.of(0, PageQuery.MAX_SIZE, null));
    }

    public RequestView getRequest(long id) {
        var r = requests.findById(id).orElseThrow(() -> new NotFound("Request", id));
        access.requireVisibleOr404(r.accountId(), "Request", id);
        return r;
    }

    @Transactional
    public RequestView createRequest(NewRequest input) {
        // Other capabilities call this without the API's bean validation: the same answers for the required fields.
        List<Invalid.FieldProblem> missing = new ArrayList<>();
        if (input.type() == null) missing.add(new Invalid.FieldProblem("type", "must not be null"));
        if (input.unitId() == null) missing.add(new Invalid.FieldProblem("unitId", "must not be null"));
        if (input.title() == null || input.title().isBlank()) {
            missing.add(new Invalid.FieldProblem("title", "must not be blank"));
        }
        if (!missing.isEmpty()) throw new Invalid(missing);
        var refs = references.resolve(input.accountId(), input.unitId(), input.contactId(), input.productId(), false);
        RequestStatus status = input.status() == null ? RequestStatus.OPEN : input.status();
        LocalDate openedOn = input.openedOn() == null ? today() : input.openedOn();
        LocalDate closedOn = RequestRule.closedOn(RequestStatus.OPEN, status, null, input.closedOn(), today());
        if (input.closedOn() != null && status != RequestStatus.DONE) closedOn = input.closedOn(); // refused below
        List<Invalid.FieldProblem> problems = RequestRule.check(status, openedOn, input.dueOn(), closedOn, today());
        if (!problems.isEmpty()) throw new Invalid(problems);
        var r = new RequestView(0, refs.accountId(), refs.unitId(), refs.contactId(), refs.productId(), input.type(),
                input.title().strip(), Texts.trimToNull(input.description()),
                input.priority() == null ? Priority.NORMAL : input.priority(), status, openedOn, input.dueOn(),
                closedOn, 0, null, null);
        return getRequest(requests.insert(r));
    }

    /** Changes what the patch names; DONE closes the request (today unless closedOn is given), reopening clears it. */
    @Transactional
    public RequestView updateRequest(long id, Patch<RequestPatch> patch, Long expectedVersion) {
        RequestView row = getRequest(id);
        if (expectedVersion != null && expectedVersion != row.version()) throw stale();
        RequestPatch p = patch.value();
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        patch.requireNotBlank("title", p.title(), problems);
        for (String field : List.of("type", "unitId", "priority", "status", "openedOn")) {
            if (patch.has(field) && valueOf(p, field) == null) {
                problems.add(new Invalid.FieldProblem(field, "must not be null"));
            }
        }
        if (!problems.isEmpty()) throw new Invalid(problems);
        long unitId = patch.has("unitId") ? p.unitId() : row.unitId();
        Long contactId = patch.has("contactId") ? p.contactId() : row.contactId();
        Long productId = patch.has("productId") ? p.productId() : row.productId();
        if (patch.has("unitId") || patch.has("contactId") || patch.has("productId")) {
            references.resolve(row.accountId(), patch.has("unitId") ? unitId : null,
                    patch.has("contactId") ? contactId : null, patch.has("productId") ? productId : null, false);
        }
        RequestStatus status = patch.has("status") ? p.status() : row.status();
        LocalDate openedOn = patch.has("openedOn") ? p.openedOn() : row.openedOn();
        LocalDate dueOn = patch.has("dueOn") ? p.dueOn() : row.dueOn();
        LocalDate closedOn = RequestRule.closedOn(row.status(), status, row.closedOn(),
                patch.has("closedOn") ? p.closedOn() : null, today());
        if (patch.has("closedOn") && p.closedOn() != null && status != RequestStatus.DONE) {
            closedOn = p.closedOn(); // refused below
        }
        problems.addAll(RequestRule.check(status, openedOn, dueOn, closedOn, today()));
        if (!problems.isEmpty()) throw new Invalid(problems);
        var updated = new RequestView(id, row.accountId(), unitId, contactId, productId,
                patch.has("type") ? p.type() : row.type(), patch.has("title") ? p.title().strip() : row.title(),
                patch.has("description") ? Texts.trimToNull(p.description()) : row.description(),
                patch.has("priority") ? p.priority() : row.priority(), status, openedOn, dueOn, closedOn,
                row.version(), row.createdAt(), row.updatedAt());
        if (!requests.update(updated, row.version())) throw stale();
        return getRequest(id);
    }

    private static Object valueOf(RequestPatch p, String field) {
        return switch (field) {
            case "type" -> p.type();
            case "unitId" -> p.unitId();
            case "priority" -> p.priority();
            case "status" -> p.status();
            case "openedOn" -> p.openedOn();
            default -> throw new IllegalArgumentException(field);
        };
    }

    static LocalDate today() {
        return LocalDate.now();
    }

    private static OptimisticLockingFailureException stale() {
        return new OptimisticLockingFailureException("stale request");
    }
}
