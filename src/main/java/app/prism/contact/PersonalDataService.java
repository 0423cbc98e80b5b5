package app.prism.contact;

import app.prism.identity.CurrentUser;
import app.prism.identity.UserService;
import app.prism.identity.UserView;
import app.prism.web.Forbidden;
import app.prism.web.NotFound;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contact privacy: everything held about one person, and erasure that anonymises them while the sales history (kept by
 * unit, never by person) and the touchpoints stay whole. Managers and administrators only; both are audited.
 */
@Service
public class PersonalDataService {

    public record Colleague(long id, String name, String email) {}

    public record Person(long id, String name, String title) {}

    /** The export: the record, who knows them, the reporting lines in and out, and what each capability holds. */
    public record PersonalData(OffsetDateTime exportedAt, ContactView contact, List<Colleague> owners,
            Person reportsTo, List<Person> reports, Map<String, Object> heldElsewhere) {}

    public record Erasure(long contactId, String name, List<String> erasedFrom) {}

    private final ContactRepository contacts;
    private final ContactService contactService;
    private final ContactAuditRepository audit;
    private final List<ContactDataHolder> holders;
    private final UserService users;
    private final CurrentUser currentUser;
    private final app.prism.web.DataRevision revision;

    PersonalDataService(ContactRepository contacts, ContactService contactService, ContactAuditRepository audit,
            List<ContactDataHolder> holders, UserService users, CurrentUser currentUser,
            app.prism.web.DataRevision revision) {
        this.contacts = contacts;
        this.contactService = contactService;
        this.audit = audit;
        this.holders = holders;
        this.users = users;
        this.currentUser = currentUser;
        this.revision = revision;
    }

    @Transactional
    public PersonalData export(long contactId) {
        requireManagerOrAdmin();
        ContactView contact = contactService.getContact(contactId);
        Map<Long, UserView> owners = contact.ownerUserIds().isEmpty() ? Map.of()
                : users.findUsers(contact.ownerUserIds());
        Person boss = contact.reportsToId() == null ? null : contacts.findById(contact.reportsToId())
                .map(b -> new Person(b.id(), b.name(), b.title())).orElse(null);
        List<Person> reports = contacts.reportingTo(contactId).stream()
                .map(r -> new Person(r.id(), r.name(), r.title())).toList();
        Map<String, Object> elsewhere = new LinkedHashMap<>();
        for (ContactDataHolder h : holders) elsewhere.put(h.label(), h.dataAbout(contactId));
        audit.record("PERSONAL_DATA_EXPORT", ContactAuditRepository.Subject.CONTACT, contactId,
                "exported: contact record, " + owners.size() + " owner(s), " + reports.size() + " report(s), "
                        + String.join(", ", elsewhere.keySet()));
        return new PersonalData(app.prism.web.Audit.now(), contact, owners.values().stream()
                .map(u -> new Colleague(u.id(), u.name(), u.email())).toList(), boss, reports, elsewhere);
    }

    /**
     * Anonymises the person (see docs/decisions/0006-contact-erasure.md): every holder forgets what identifies them,
     * then the record becomes "Erased contact #id", inactive, outside every reporting line and owned by nobody.
     */
    @Transactional
    public Erasure erase(long contactId) {
        requireManagerOrAdmin();
        long accountId = contactService.getContact(contactId).accountId(); // 404 when absent or not visible
        for (ContactDataHolder h : holders) h.erase(contactId);
        contacts.erase(contactId);
        audit.record("CONTACT_ERASED", ContactAuditRepository.Subject.CONTACT, contactId,
                "anonymised; erased from: contact, " + String.join(", ", holders.stream().map(ContactDataHolder::label)
                        .toList()));
        revision.bumpAccount(accountId);
        var row = contacts.findById(contactId).orElseThrow(() -> new NotFound("Contact", contactId));
        return new Erasure(contactId, row.name(), holders.stream().map(ContactDataHolder::label).toList());
    }

    /** The audit trail of a contact or a colleague, newest first. */
    public List<AuditEvent> auditOf(String subject, long subjectId) {
        requireManagerOrAdmin();
        ContactAuditRepository.Subject s;
        try {
            s = ContactAuditRepository.Subject.valueOf(subject);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw app.prism.web.Invalid.field("subject", "must be CONTACT or USER");
        }
        return audit.of(s, subjectId);
    }

    private void requireManagerOrAdmin() {
        if (!currentUser.viewer().isManagerOrAdmin()) {
            throw new Forbidden("Only managers and administrators see or erase a person's data.");
        }
    }
}
