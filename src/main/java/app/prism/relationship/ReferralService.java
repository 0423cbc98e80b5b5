package app.prism.relationship;

import app.prism.account.AccountService;
import app.prism.account.UnitService;
import app.prism.account.UnitView;
import app.prism.contact.ContactService;
import app.prism.contact.ContactView;
import app.prism.identity.AccountAccess;
import app.prism.identity.CurrentUser;
import app.prism.sales.OpportunityService;
import app.prism.web.Conflict;
import app.prism.web.Invalid;
import app.prism.web.NotFound;
import app.prism.web.PageQuery;
import app.prism.web.Paged;
import app.prism.web.Patch;
import app.prism.web.Texts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Referrals: a contact asked to introduce us to a unit and/or a person of the same account, and the outcome. */
@Service
public class ReferralService {

    private final ReferralRepository referrals;
    private final ContactService contacts;
    private final UnitService units;
    private final AccountService accounts;
    private final AccountAccess access;
    private final CurrentUser currentUser;
    private final OpportunityService opportunities;
    private final Clock clock;

    ReferralService(ReferralRepository referrals, ContactService contacts, UnitService units, AccountService accounts,
            AccountAccess access, CurrentUser currentUser, OpportunityService opportunities, Optional<Clock> clock) {
        this.referrals = referrals;
        this.contacts = contacts;
        this.units = units;
        this.accounts = accounts;
        this.access = access;
        this.currentUser = currentUser;
        this.opportunities = opportunities;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Paged<ReferralView> listReferrals(Long accountId, Long referrerContactId, Long targetUnitId,
            AskStatus status, PageQuery page) {
        if (accountId != null) accounts.requireVisible(accountId);
        if (referrerContactId != null) contacts.getContact(referrerContactId);
        if (targetUnitId != null) units.getUnit(targetUnitId);
        var visible = accountId == null ? accounts.visibleAccountIds().orElse(null) : null;
        var filter = new ReferralRepository.Filter(accountId, referrerContactId, targetUnitId, status, visible);
        return new Paged<>(referrals.page(filter, page), page.page(), page.size(), referrals.total(filter));
    }

    public ReferralView getReferral(long id) {
        ReferralView r = referrals.findById(id).orElseThrow(() -> new NotFound("Referral", id));
        access.requireVisibleOr404(r.accountId(), "Referral", id);
        return r;
    }

    @Transactional
    public ReferralView askForReferral(NewReferral input) {
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        ContactView referrer = visibleContact(input.referrerContactId(), "referrerContactId", problems);
        if (referrer == null) throw new Invalid(problems);
        AskStatus status = input.status() == null ? AskStatus.ASKED : input.status();
        LocalDate asked = input.askedOn() == null ? today() : input.askedOn();
        LocalDate answered = input.answeredOn() == null && status != AskStatus.ASKED ? today() : input.answeredOn();
        var r = new ReferralView(0, referrer.accountId(), referrer.id(), input.targetUnitId(),
                Texts.trimToNull(input.targetName()), status, asked, answered, input.outcomeContactId(),
                input.outcomeOpportunityId(), Texts.trimToNull(input.note()), 0, null, null);
        check(r, problems);
        long id = referrals.insert(r);
        return getReferral(id);
    }

    @Transactional
    public ReferralView updateReferral(long id, Patch<ReferralPatch> patch, Long expectedVersion) {
        ReferralView row = getReferral(id);
        if (expectedVersion != null && expectedVersion != row.version()) throw stale();
        ReferralPatch p = patch.value();
        AskStatus status = patch.has("status") ? p.status() : row.status();
        if (status == null) throw Invalid.field("status", "must not be null");
        if (!row.status().canMoveTo(status)) {
            throw new Conflict("A " + row.status() + " referral cannot become " + status + ".");
        }
        LocalDate answered = patch.has("answeredOn") ? p.answeredOn()
                : row.status() == AskStatus.ASKED && status != AskStatus.ASKED ? today() : row.answeredOn();
        var updated = new ReferralView(id, row.accountId(), row.referrerContactId(),
                patch.has("targetUnitId") ? p.targetUnitId() : row.targetUnitId(),
                patch.has("targetName") ? Texts.trimToNull(p.targetName()) : row.targetName(), status,
                patch.has("askedOn") && p.askedOn() != null ? p.askedOn() : row.askedOn(), answered,
                patch.has("outcomeContactId") ? p.outcomeContactId() : row.outcomeContactId(),
                patch.has("outcomeOpportunityId") ? p.outcomeOpportunityId() : row.outcomeOpportunityId(),
                patch.has("note") ? Texts.trimToNull(p.note()) : row.note(), row.version(), row.createdAt(),
                row.updatedAt());
        check(updated, new ArrayList<>());
        if (!referrals.update(updated, row.version())) throw stale();
        return getReferral(id);
    }

    /** The target, outcome and dates make sense together; throws Invalid with every problem found. */
    private void check(ReferralView r, List<Invalid.FieldProblem> problems) {
        if (r.targetUnitId() == null && r.targetName() == null) {
            problems.add(new Invalid.FieldProblem("targetUnitId", "give a target unit, a target person's name, or both"));
        }
        if (r.targetUnitId() != null) {
            Optional<UnitView> unit = findUnit(r.targetUnitId());
            if (unit.isEmpty() || unit.get().accountId() != r.accountId()) {
                problems.add(new Invalid.FieldProblem("targetUnitId", "must be a unit of the referrer's account"));
            }
        }
        if (r.askedOn().isAfter(today())) problems.add(new Invalid.FieldProblem("askedOn", "must not be in the future"));
        if (r.answeredOn() != null && r.answeredOn().isBefore(r.askedOn())) {
            problems.add(new Invalid.FieldProblem("answeredOn", "must not be before askedOn"));
        }
        if (r.status() == AskStatus.ASKED && r.answeredOn() != null) {
            problems.add(new Invalid.FieldProblem("answeredOn", "an ASKED referral has no answer yet"));
        }
        boolean outcome = r.outcomeContactId() != null || r.outcomeOpportunityId() != null;
        if (outcome && r.status() != AskStatus.GIVEN) {
            problems.add(new Invalid.FieldProblem("status", "only a GIVEN referral has an outcome"));
        }
        if (r.outcomeContactId() != null) {
            Optional<ContactView> c = contacts.findContacts(List.of(r.outcomeContactId())).values().stream().findFirst();
            if (c.isEmpty() || c.get().accountId() != r.accountId()) {
                problems.add(new Invalid.FieldProblem("outcomeContactId", "must be a contact of the same account"));
            }
        }
        if (r.outcomeOpportunityId() != null) {
            try {
                if (opportunities.getOpportunity(r.outcomeOpportunityId()).accountId() != r.accountId()) {
                    problems.add(new Invalid.FieldProblem("outcomeOpportunityId", "must be an opportunity of the same account"));
                }
            } catch (NotFound e) {
                problems.add(new Invalid.FieldProblem("outcomeOpportunityId", "unknown opportunity"));
            }
        }
        if (!problems.isEmpty()) throw new Invalid(problems);
    }

    private Optional<UnitView> findUnit(long unitId) {
        try {
            return Optional.of(units.getUnit(unitId));
        } catch (NotFound e) {
            return Optional.empty();
        }
    }

    /** The contact, when it exists and the user may see it; otherwise null and a problem on the field. */
    ContactView visibleContact(Long id, String field, List<Invalid.FieldProblem> problems) {
        var found = id == null ? null : contacts.findContacts(List.of(id)).get(id);
        if (found == null || !access.canSee(currentUser.viewer(), found.accountId())) {
            problems.add(new Invalid.FieldProblem(field, "unknown contact"));
            return null;
        }
        return found;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static OptimisticLockingFailureException stale() {
        return new OptimisticLockingFailureException("stale referral");
    }
}
