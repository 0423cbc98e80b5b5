package app.prism.contact;

import app.prism.account.MergeRequest;
import app.prism.account.Moved;
import app.prism.identity.AccountAccess;
import app.prism.identity.CurrentUser;
import app.prism.identity.Viewer;
import app.prism.web.DataRevision;
import app.prism.web.Invalid;
import app.prism.web.NotFound;
import app.prism.web.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges two contacts of one account into one (PRODUCT.md section 8, "Merge, also outside imports"): the survivor keeps
 * its values except the fields it takes, everything that pointed at the other points at the survivor — each capability
 * moves its own records through {@link ContactMergeParticipant} — the other is deleted, and both sides' audit trail
 * says so (ids and counts only, as every entry of that trail). Choices in docs/decisions/0009-merge.md.
 */
@Service
public class ContactMerge {

    /** The fields a contact merge may take from the other contact. */
    public static final List<String> CONTACT_FIELDS = List.of("name", "title", "email", "phone", "unitId",
            "buyingRole", "attitude", "relationshipStrength", "reportsToId", "note", "externalId");

    static final String MERGED = "CONTACT_MERGED";
    static final String MERGED_INTO = "CONTACT_MERGED_INTO";

    private final ContactRepository contacts;
    private final ContactMergeRepository merges;
    private final ContactAuditRepository audit;
    private final ContactService contactService;
    private final AccountAccess access;
    private final CurrentUser currentUser;
    private final List<ContactMergeParticipant> participants;
    private final DataRevision revision;

    ContactMerge(ContactRepository contacts, ContactMergeRepository merges, ContactAuditRepository audit,
            ContactService contactService, AccountAccess access, CurrentUser currentUser,
            List<ContactMergeParticipant> participants, DataRevision revision) {
        this.contacts = contacts;
        this.merges = merges;
        this.audit = audit;
        this.contactService = contactService;
        this.access = access;
        this.currentUser = currentUser;
        this.participants = participants;
        this.revision = revision;
    }

    /** Merges contact {@code request.otherId} into {@code survivorId}; both must be of one account the user sees. */
    @Transactional
    public ContactView mergeContacts(long survivorId, MergeRequest request) {
        long otherId = request.requireOther(survivorId, "contact");
        Set<String> take = request.taken(CONTACT_FIELDS);
        ContactView survivor = contactService.getContact(survivorId);
        ContactView other = contactService.getContact(otherId);
        if (survivor.accountId() != other.accountId()) {
            throw Invalid.field("otherId", "must be a contact of the same account");
        }
        if (request.version() != null && request.version() != survivor.version()) throw stale();

        List<Moved> moved = new ArrayList<>();
        moved.add(Moved.of(merges.mergeOwners(survivorId, otherId), "relationship owner", "relationship owners"));
        moved.add(Moved.of(merges.moveReportingLines(survivorId, otherId), "reporting line", "reporting lines"));
        moved.add(Moved.of(merges.moveSuggestions(survivorId, otherId), "move suggestion", "move suggestions"));
        for (ContactMergeParticipant participant : participants) moved.addAll(participant.mergeContacts(survivorId, otherId));
        contacts.delete(otherId);

        var row = contacts.findById(survivorId).orElseThrow(() -> new NotFound("Contact", survivorId));
        Long reportsTo = take.contains("reportsToId") ? other.reportsToId() : row.reportsToId();
        // reporting to the other (now gone) or to oneself means no line; so does a line that would close a loop
        if (reportsTo != null && (reportsTo == survivorId || reportsTo == otherId
                || closesLoop(survivorId, reportsTo, row.accountId()))) {
            reportsTo = null;
        }
        var updated = new ContactRepository.ContactRow(survivorId, row.accountId(),
                take.contains("unitId") ? other.unitId() : row.unitId(),
                take.contains("name") ? other.name() : row.name(),
                take.contains("title") ? Texts.trimToNull(other.title()) : row.title(),
                take.contains("email") ? other.email() : row.email(),
                take.contains("phone") ? other.phone() : row.phone(),
                take.contains("buyingRole") ? other.buyingRole() : row.buyingRole(),
                take.contains("attitude") ? other.attitude() : row.attitude(),
                take.contains("relationshipStrength") ? other.relationshipStrength() : row.relationshipStrength(),
                reportsTo, row.active(), row.deactivatedAt(), row.version(), row.createdAt(), row.updatedAt(),
                row.movedToOrganisation(), row.movedToAccountId(), row.movedToUnitId(), row.movedToTitle(),
                take.contains("note") ? other.note() : row.note(),
                row.externalId() != null ? row.externalId() : take.contains("externalId") ? other.externalId() : null);
        if (!contacts.update(updated, row.version())) throw stale();
        revision.bumpAccount(row.accountId());
        String what = "fields taken: " + MergeRequest.describe(take) + "; moved: " + Moved.describe(moved);
        audit.record(MERGED, survivorId, row.accountId(),
                "Merged contact (id " + otherId + ") into this record: " + what);
        audit.record(MERGED_INTO, otherId, row.accountId(), "Merged into contact (id " + survivorId + "): " + what);
        return contactService.getContact(survivorId);
    }

    /**
     * The contact's history, newest first: its merges for anyone who sees the contact, and the handovers, exports and
     * erasures of the audit trail for managers and administrators too. A contact merged away keeps its entries,
     * readable while its account is visible.
     */
    public List<AuditEvent> history(long contactId) {
        Viewer viewer = currentUser.viewer();
        var row = contacts.findById(contactId);
        if (row.isPresent()) {
            access.requireVisibleOr404(row.get().accountId(), "Contact", contactId);
        } else if (audit.accountsOf(contactId).stream().noneMatch(a -> access.canSee(viewer, a))) {
            throw new NotFound("Contact", contactId);
        }
        List<AuditEvent> events = audit.of(ContactAuditRepository.Subject.CONTACT, contactId);
        if (viewer.isManagerOrAdmin()) return events;
        return events.stream().filter(e -> MERGED.equals(e.action()) || MERGED_INTO.equals(e.action())).toList();
    }

    /** Whether the survivor reporting to {@code bossId} would lead back to the survivor. */
    private boolean closesLoop(long survivorId, long bossId, long accountId) {
        Map<Long, Long> bossOf = new HashMap<>();
        merges.reportingLines(accountId).forEach(l -> bossOf.put(l.id(), l.reportsToId()));
        Set<Long> seen = new HashSet<>();
        for (Long at = bossId; at != null && seen.add(at); at = bossOf.get(at)) {
            if (at == survivorId) return true;
        }
        return false;
    }

    private static OptimisticLockingFailureException stale() {
        return new OptimisticLockingFailureException("stale contact");
    }
}
