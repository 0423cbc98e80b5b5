package app.prism.contact;

import app.prism.account.AccountService;
import app.prism.account.AccountView;
import app.prism.account.NewAccount;
import app.prism.account.NewUnit;
import app.prism.account.UnitKind;
import app.prism.account.UnitService;
import app.prism.account.UnitView;
import app.prism.identity.AccountAccess;
import app.prism.web.Conflict;
import app.prism.web.Invalid;
import app.prism.web.NotFound;
import app.prism.web.PageQuery;
import app.prism.web.Paged;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When people move: the suggestions that follow a sponsor to their new organisation, accepted in one step ("add them
 * there") or dismissed, and the sponsor-left alert of the account page.
 */
@Service
public class ContactMoveService {

    /** How far back the sponsor-left alert looks. */
    public static final int SPONSOR_LEFT_DAYS = 180;

    /** A champion, decision maker or economic buyer who left recently, where they went, and the open suggestion. */
    public record SponsorLeft(ContactView contact, ContactMove openMove) {}

    private final ContactMoveRepository moves;
    private final ContactRepository contacts;
    private final ContactService contactService;
    private final AccountService accounts;
    private final UnitService units;
    private final AccountAccess access;

    ContactMoveService(ContactMoveRepository moves, ContactRepository contacts, ContactService contactService,
            AccountService accounts, UnitService units, AccountAccess access) {
        this.moves = moves;
        this.contacts = contacts;
        this.contactService = contactService;
        this.accounts = accounts;
        this.units = units;
        this.access = access;
    }

    /** Suggestions of the accounts the user may see, newest first; {@code accountId} narrows to one account. */
    public Paged<ContactMove> list(ContactMove.Status status, Long accountId, PageQuery page) {
        if (accountId != null) accounts.requireVisible(accountId);
        var visible = accounts.visibleAccountIds().orElse(null);
        var rows = moves.list(status, accountId, visible, page.size(), page.offset());
        return new Paged<>(views(rows), page.page(), page.size(), moves.total(status, accountId, visible));
    }

    public ContactMove get(long id) {
        var row = visibleRow(id);
        return views(List.of(row)).get(0);
    }

    /** The sponsors of the account who left in the last 180 days, most recent first. */
    public List<SponsorLeft> sponsorsWhoLeft(long accountId) {
        accounts.requireVisible(accountId);
        OffsetDateTime since = app.prism.web.Audit.now().minusDays(SPONSOR_LEFT_DAYS);
        Map<Long, ContactMove> open = views(moves.list(ContactMove.Status.OPEN, accountId, null, 500, 0)).stream()
                .collect(Collectors.toMap(ContactMove::contactId, m -> m, (a, b) -> a));
        return contactService.contactsOfAccount(accountId).stream()
                .filter(c -> !c.active() && c.isSponsor() && c.deactivatedAt() != null
                        && c.deactivatedAt().isAfter(since))
                .sorted((a, b) -> b.deactivatedAt().compareTo(a.deactivatedAt()))
                .map(c -> new SponsorLeft(c, open.get(c.id()))).toList();
    }

    /**
     * "Add them there": the person becomes a contact of their new organisation — a unit of the account we know
     * ({@code unitId}, else the unit they moved to, else the account's first unit), or a new account with one unit named
     * after the organisation. Name, email and phone are copied, the buying role starts UNKNOWN (a new job, a new part),
     * attitude, strength and owners carry over, and a note says where they came from.
     */
    @Transactional
    public ContactMove accept(long id, Long unitId) {
        var move = visibleRow(id);
        requireOpen(move);
        var person = contacts.findById(move.contactId()).orElseThrow(() -> new NotFound("Contact", move.contactId()));
        String from = accounts.getAccount(move.accountId()).name();
        Long createdAccount = null;
        long targetUnit;
        if (move.kind() == ContactMove.Kind.NEW_CONTACT) {
            targetUnit = unitIn(move.targetAccountId(), unitId != null ? unitId : move.targetUnitId());
        } else {
            if (unitId != null) throw Invalid.field("unitId", "the new account has no units yet; leave unitId out");
            AccountView created = accounts.createAccount(new NewAccount(move.organisation(), null, null, null, null,
                    null));
            createdAccount = created.id();
            targetUnit = units.createUnit(created.id(), new NewUnit(move.organisation(), UnitKind.COMPANY, null, null,
                    null, null)).id();
        }
        List<Long> owners = contacts.ownersOf(List.of(person.id())).getOrDefault(person.id(), List.of());
        ContactView created = contactService.createContact(targetUnit, new NewContact(person.name(),
                move.title() != null ? move.title() : person.title(), person.email(), person.phone(),
                BuyingRole.UNKNOWN, person.attitude(), person.relationshipStrength(), null, owners, true),
                "Moved from " + from + (person.title() != null ? " (" + person.title() + ")" : "") + ".");
        if (!moves.close(id, move.version(), ContactMove.Status.ACCEPTED, created.id(), createdAccount)) {
            throw new Conflict("Someone else acted on this suggestion meanwhile.");
        }
        return get(id);
    }

    @Transactional
    public ContactMove dismiss(long id) {
        var move = visibleRow(id);
        requireOpen(move);
        if (!moves.close(id, move.version(), ContactMove.Status.DISMISSED, null, null)) {
            throw new Conflict("Someone else acted on this suggestion meanwhile.");
        }
        return get(id);
    }

    /** The units of the account a suggestion points at, for the "add them there" choice (empty if not visible). */
    public List<UnitView> unitsToChooseFrom(ContactMove move) {
        if (move.targetAccountId() == null) return List.of();
        try {
            return units.unitsOf(move.targetAccountId());
        } catch (NotFound e) {
            return List.of();
        }
    }

    private long unitIn(long accountId, Long unitId) {
        if (unitId == null) {
            List<UnitView> candidates = units.unitsOf(accountId);
            if (candidates.isEmpty()) {
                throw Invalid.field("unitId", "the account has no business units yet: add one first");
            }
            return candidates.get(0).id();
        }
        UnitView unit;
        try {
            unit = units.getUnit(unitId);
        } catch (NotFound e) {
            throw Invalid.field("unitId", "must be a unit of the account they moved to");
        }
        if (unit.accountId() != accountId) throw Invalid.field("unitId", "must be a unit of the account they moved to");
        return unit.id();
    }

    private ContactMoveRepository.MoveRow visibleRow(long id) {
        var row = moves.findById(id).orElseThrow(() -> new NotFound("Suggestion", id));
        access.requireVisibleOr404(row.accountId(), "Suggestion", id);
        return row;
    }

    private static void requireOpen(ContactMoveRepository.MoveRow move) {
        if (move.status() != ContactMove.Status.OPEN) {
            throw new Conflict("This suggestion is already " + move.status().name().toLowerCase() + ".");
        }
    }

    private List<ContactMove> views(List<ContactMoveRepository.MoveRow> rows) {
        if (rows.isEmpty()) return List.of();
        Map<Long, ContactRepository.ContactRow> people = contacts.findByIds(rows.stream()
                .map(ContactMoveRepository.MoveRow::contactId).distinct().toList()).stream()
                .collect(Collectors.toMap(ContactRepository.ContactRow::id, c -> c));
        return rows.stream().map(r -> {
            var c = people.get(r.contactId());
            return new ContactMove(r.id(), r.contactId(), c == null ? null : c.name(),
                    c == null ? null : c.buyingRole(), r.accountId(), r.kind(), r.organisation(), r.targetAccountId(),
                    r.targetUnitId(), r.title(), r.status(), r.createdContactId(), r.createdAccountId(), r.version(),
                    r.createdAt(), r.updatedAt());
        }).toList();
    }
}
