package app.prism.contact;

import app.prism.account.UnitService;
import app.prism.account.UnitView;
import app.prism.identity.AccountAccess;
import app.prism.identity.UserService;
import app.prism.web.Audit;
import app.prism.web.Conflict;
import app.prism.web.Invalid;
import app.prism.web.NotFound;
import app.prism.web.PageQuery;
import app.prism.web.Paged;
import app.prism.web.Patch;
import app.prism.web.Texts;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contacts of each business unit. Access follows the contact's account. */
@Service
public class ContactService {

    private final ContactRepository contacts;
    private final UnitService units;
    private final AccountAccess access;
    private final UserService users;
    private final app.prism.account.AccountService accounts;
    private final app.prism.web.DataRevision revision;
    private final List<ContactUsage> usages;
    private final ContactMoveRepository moves;

    private final app.prism.web.IdBlocks idBlocks;

    ContactService(ContactRepository contacts, UnitService units, AccountAccess access, UserService users,
            app.prism.account.AccountService accounts, app.prism.web.DataRevision revision,
            List<ContactUsage> usages, ContactMoveRepository moves, app.prism.web.IdBlocks idBlocks) {
        this.idBlocks = idBlocks;
        this.moves = moves;
        this.revision = revision;
        this.usages = usages;
        this.accounts = accounts;
        this.contacts = contacts;
        this.units = units;
        this.access = access;
        this.users = users;
    }

    public Paged<ContactView> contactsOfUnit(long unitId, PageQuery page) {
        units.getUnit(unitId);
        List<ContactRepository.ContactRow> rows = contacts.pageOfUnit(unitId, page);
        return new Paged<>(withOwners(rows), page.page(), page.size(), contacts.totalOfUnit(unitId, page));
    }

    /** Every contact of an account (active first is the caller's choice), owners included, in two queries. */
    public List<ContactView> contactsOfAccount(long accountId) {
        access.requireVisible(accountId);
        return withOwners(contacts.ofAccount(accountId));
    }

    /**
     * For each of these accounts (those the user may see), the units with an active decision maker or economic buyer
     * — what relationship coverage counts — in one query, without loading the people (the portfolio asks it of every
     * account at once; loading each account's contacts with their owners took two queries an account).
     */
    public Map<Long, Set<Long>> unitsWithDecisionMakers(java.util.Collection<Long> accountIds) {
        Map<Long, Set<Long>> out = new HashMap<>();
        List<Long> visible = accountIds.stream().filter(access::canSee).distinct().toList();
        if (visible.isEmpty()) return out;
        contacts.unitsWithRoles(visible, List.of(BuyingRole.DECISION_MAKER.name(), BuyingRole.ECONOMIC_BUYER.name()))
                .forEach((account, units) -> out.put(account, Set.copyOf(units)));
        return out;
    }

    /** Contacts for the global search, only from accounts the user may see. */
    public List<ContactView> searchContacts(PageQuery query) {
        var visible = accounts.visibleAccountIds();
        return withOwners(contacts.search(query, visible.orElse(null)));
    }

    /** Active contacts per unit of the account (units without any are absent). */
    public Map<Long, Long> activeContactsPerUnit(long accountId) {
        access.requireVisible(accountId);
        return contacts.activeCountPerUnit(accountId);
    }

    /** The contacts with these ids that exist, by id, whichever account they belong to: the caller checks access. */
    public Map<Long, ContactView> findContacts(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) return Map.of();
        Map<Long, ContactView> out = new java.util.LinkedHashMap<>();
        withOwners(contacts.findByIds(ids)).forEach(c -> out.put(c.id(), c));
        return out;
    }

    public ContactView getContact(long id) {
        var row = contacts.findById(id).orElseThrow(() -> new NotFound("Contact", id));
        access.requireVisibleOr404(row.accountId(), "Contact", id);
        return withOwners(List.of(row)).get(0);
    }

    @Transactional
    public ContactView createContact(long unitId, NewContact input) {
        return createContact(unitId, input, null);
    }

    /** Creates a contact with a note on where they came from (a suggestion accepted). */
    @Transactional
    ContactView createContact(long unitId, NewContact input, String note) {
        UnitView unit = units.getUnit(unitId);
        List<Long> owners = distinct(input.ownerUserIds());
        if (!owners.isEmpty()) users.requireActiveUsers("ownerUserIds", owners);
        if (input.reportsToId() != null) requireSameAccount(input.reportsToId(), unit.accountId());
        boolean active = input.active() == null || input.active();
        var row = new ContactRepository.ContactRow(0, unit.accountId(), unitId, input.name().strip(),
                Texts.trimToNull(input.title()), Texts.trimToNull(input.email()), Texts.trimToNull(input.phone()),
                input.buyingRole() == null ? BuyingRole.UNKNOWN : input.buyingRole(),
                input.attitude() == null ? Attitude.UNKNOWN : input.attitude(),
                input.relationshipStrength() == null ? 0 : input.relationshipStrength(), input.reportsToId(), active,
                null, 0, null, null, null, null, null, null, Texts.trimToNull(note), Texts.trimToNull(input.externalId()));
        if (contacts.externalIdTaken(row.externalId(), -1)) throw externalIdTaken(row.externalId());
        long id = contacts.insert(unit.accountId(), unitId, row);
        contacts.replaceOwners(id, owners);
        revision.bumpAccount(unit.accountId());
        return getContact(id);
    }

    /**
     * Dates a contact's history when it comes from elsewhere (the demo installation, another CRM's records): the day we
     * first knew them and, for one who has left, the day they left ({@code leftOn} is ignored for an active contact).
     * What was on record a year ago (the performance tiles) follows these dates.
     */
    @Transactional
    public ContactView backdateContact(long id, LocalDate knownSince, LocalDate leftOn) {
        ContactView c = getContact(id);
        if (knownSince.isAfter(LocalDate.now())) throw Invalid.field("knownSince", "must not be in the future");
        if (leftOn != null && leftOn.isBefore(knownSince)) throw Invalid.field("leftOn", "must not be before knownSince");
        contacts.backdate(id, knownSince.atStartOfDay().atOffset(java.time.ZoneOffset.UTC),
                leftOn == null ? null : leftOn.atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
        revision.bumpAccount(c.accountId());
        return getContact(id);
    }

    @Transactional
    public ContactView updateContact(long id, Patch<ContactPatch> patch, Long expectedVersion) {
        var row = contacts.findById(id).orElseThrow(() -> new NotFound("Contact", id));
        access.requireVisibleOr404(row.accountId(), "Contact", id);
        if (expectedVersion != null && expectedVersion != row.version()) throw stale();
        ContactPatch p = patch.value();
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        patch.requireNotBlank("name", p.name(), problems);
        for (String field : List.of("unitId", "buyingRole", "attitude", "relationshipStrength", "active")) {
            if (patch.has(field) && valueOf(p, field) == null) problems.add(new Invalid.FieldProblem(field, "must not be null"));
        }
        if (!problems.isEmpty()) throw new Invalid(problems);
        long unitId = row.unitId();
        if (patch.has("unitId") && p.unitId() != row.unitId()) {
            UnitView target;
            try {
                target = units.getUnit(p.unitId());
            } catch (NotFound e) {
                throw Invalid.field("unitId", "must be a unit of the same account");
            }
            if (target.accountId() != row.accountId()) throw Invalid.field("unitId", "must be a unit of the same account");
            unitId = target.id();
        }
        Long reportsTo = patch.has("reportsToId") ? p.reportsToId() : row.reportsToId();
        if (patch.has("reportsToId") && reportsTo != null) {
            requireSameAccount(reportsTo, row.accountId());
            requireNoReportingCycle(id, reportsTo, row.accountId());
        }
        boolean active = patch.has("active") ? p.active() : row.active();
        OffsetDateTime deactivatedAt = active ? null : (row.active() ? Audit.now() : row.deactivatedAt());
        var updated = new ContactRepository.ContactRow(id, row.accountId(), unitId,
                patch.has("name") ? p.name().strip() : row.name(),
                patch.has("title") ? Texts.trimToNull(p.title()) : row.title(),
                patch.has("email") ? Texts.trimToNull(p.email()) : row.email(),
                patch.has("phone") ? Texts.trimToNull(p.phone()) : row.phone(),
                patch.has("buyingRole") ? p.buyingRole() : row.buyingRole(),
                patch.has("attitude") ? p.attitude() : row.attitude(),
                patch.has("relationshipStrength") ? p.relationshipStrength() : row.relationshipStrength(),
                reportsTo, active, deactivatedAt, row.version(), row.createdAt(), row.updatedAt(),
                row.movedToOrganisation(), row.movedToAccountId(), row.movedToUnitId(), row.movedToTitle(),
                patch.has("note") ? Texts.trimToNull(p.note()) : row.note(),
                patch.has("externalId") ? Texts.trimToNull(p.externalId()) : row.externalId());
        if (contacts.externalIdTaken(updated.externalId(), id)) throw externalIdTaken(updated.externalId());
        boolean namesMove = MOVE_FIELDS.stream().anyMatch(patch::has);
        if (active) {
            if (namesMove && (Texts.trimToNull(p.movedToOrganisation()) != null || p.movedToAccountId() != null
                    || p.movedToUnitId() != null || Texts.trimToNull(p.movedToTitle()) != null)) {
                throw Invalid.field("movedToOrganisation", "is only for a contact who left (active false)");
            }
            updated = updated.withMove(null, null, null, null);
        } else if (namesMove) {
            updated = withMove(updated, patch, row);
        }
        if (patch.has("ownerUserIds")) {
            List<Long> owners = distinct(p.ownerUserIds());
            if (!owners.isEmpty()) users.requireActiveUsers("ownerUserIds", owners);
            contacts.replaceOwners(id, owners);
        }
        if (!contacts.update(updated, row.version())) throw stale();
        revision.bumpAccounts(List.of(row.accountId(), updated.accountId()));
        ContactView saved = getContact(id);
        if (active) {
            moves.deleteOpenOf(id);
        } else if (row.active() || !java.util.Objects.equals(row.movedToOrganisation(), saved.movedToOrganisation())
                || !java.util.Objects.equals(row.movedToAccountId(), saved.movedToAccountId())
                || !java.util.Objects.equals(row.movedToUnitId(), saved.movedToUnitId())) {
            suggestWhereTheyWent(saved); // just left, or a new answer to where they went
        }
        return saved;
    }

    private static final List<String> MOVE_FIELDS = List.of("movedToOrganisation", "movedToAccountId", "movedToUnitId",
            "movedToTitle");

    /** Where someone who left went: a known account (and unit) the user may see, or just the organisation's name. */
    private ContactRepository.ContactRow withMove(ContactRepository.ContactRow updated, Patch<ContactPatch> patch,
            ContactRepository.ContactRow row) {
        ContactPatch p = patch.value();
        String organisation = Texts.trimToNull(patch.has("movedToOrganisation") ? p.movedToOrganisation()
                : row.movedToOrganisation());
        Long accountId = patch.has("movedToAccountId") ? p.movedToAccountId() : row.movedToAccountId();
        Long unitId = patch.has("movedToUnitId") ? p.movedToUnitId() : row.movedToUnitId();
        String title = Texts.trimToNull(patch.has("movedToTitle") ? p.movedToTitle() : row.movedToTitle());
        String accountName = null;
        if (accountId != null) {
            try {
                accountName = accounts.getAccount(accountId).name();
            } catch (NotFound e) {
                throw Invalid.field("movedToAccountId", "must be an account you can see");
            }
        }
        if (unitId != null) {
            UnitView unit;
            try {
                unit = units.getUnit(unitId);
            } catch (NotFound e) {
                throw Invalid.field("movedToUnitId", "must be a unit you can see");
            }
            if (accountId != null && unit.accountId() != accountId) {
                throw Invalid.field("movedToUnitId", "must be a unit of movedToAccountId");
            }
            if (accountId == null) {
                accountId = unit.accountId();
                accountName = accounts.getAccount(accountId).name();
            }
        }
        if (organisation == null) organisation = accountName;
        if (accountId == null && organisation != null) {
            accountId = accounts.findVisibleAccountIdByName(organisation).orElse(null); // typed the name of an account
        }
        return updated.withMove(organisation, accountId, unitId, title);
    }

    /**
     * A sponsor who moved to another organisation is worth following: a suggested new contact when we know the
     * organisation as an account, a suggested new account when we do not. A newer answer replaces an open suggestion.
     */
    private void suggestWhereTheyWent(ContactView c) {
        moves.deleteOpenOf(c.id());
        if (!c.isSponsor()) return;
        Long target = c.movedToAccountId();
        if (target == null && c.movedToOrganisation() != null) {
            moves.insert(c.id(), c.accountId(), ContactMove.Kind.NEW_ACCOUNT, c.movedToOrganisation(), null, null,
                    c.movedToTitle());
            return;
        }
        if (target == null || target == c.accountId()) return; // nowhere known, or a move inside the same account
        moves.insert(c.id(), c.accountId(), ContactMove.Kind.NEW_CONTACT, c.movedToOrganisation(), target,
                c.movedToUnitId(), c.movedToTitle());
    }

    /**
     * Deletes a contact entered by mistake. Someone who left is made inactive instead (PATCH active=false), which keeps
     * their history; a contact others report to is refused.
     */
    @Transactional
    public void deleteContact(long id) {
        var row = contacts.findById(id).orElseThrow(() -> new NotFound("Contact", id));
        access.requireVisibleOr404(row.accountId(), "Contact", id);
        long reports = contacts.countReportingTo(id);
        if (reports > 0) {
            throw new Conflict(reports + " contact(s) report to " + row.name()
                    + "; change their reporting line first, or mark the contact inactive.");
        }
        for (ContactUsage usage : usages) {
            long count = usage.countFor(id);
            if (count > 0) {
                throw new Conflict(row.name() + " has " + count + " " + usage.label()
                        + "; mark the contact inactive instead, which keeps that history.");
            }
        }
        contacts.delete(id);
        revision.bumpAccount(row.accountId());
    }

    private void requireSameAccount(long reportsToId, long accountId) {
        var boss = contacts.findById(reportsToId);
        if (boss.isEmpty() || boss.get().accountId() != accountId) {
            throw Invalid.field("reportsToId", "must be a contact of the same account");
        }
    }

    /** A reporting line may not loop back to the contact (A reports to B reports to A). */
    private void requireNoReportingCycle(long contactId, long newBossId, long accountId) {
        Map<Long, Long> bossOf = new HashMap<>();
        contacts.reportingLines(accountId).forEach(l -> bossOf.put(l.id(), l.reportsToId()));
        Set<Long> seen = new HashSet<>();
        for (Long at = newBossId; at != null && seen.add(at); at = bossOf.get(at)) {
            if (at == contactId) throw Invalid.field("reportsToId", "would create a reporting cycle");
        }
    }

    private List<ContactView> withOwners(List<ContactRepository.ContactRow> rows) {
        Map<Long, List<Long>> owners = contacts.ownersOf(rows.stream().map(ContactRepository.ContactRow::id).toList());
        return rows.stream().map(r -> r.view(owners.getOrDefault(r.id(), List.of()))).toList();
    }

    private static List<Long> distinct(List<Long> ids) {
        if (ids == null) return List.of();
        if (ids.stream().anyMatch(java.util.Objects::isNull)) throw Invalid.field("ownerUserIds", "must not contain null");
        return new ArrayList<>(new LinkedHashSet<>(ids));
    }

    private static Object valueOf(ContactPatch p, String field) {
        return switch (field) {
            case "unitId" -> p.unitId();
            case "buyingRole" -> p.buyingRole();
            case "attitude" -> p.attitude();
            case "relationshipStrength" -> p.relationshipStrength();
            case "active" -> p.active();
            default -> throw new IllegalArgumentException(field);
        };
    }

    /**
     * An import's contacts, written inside the caller's transaction with this capability's rules (the unit's access,
     * unique external ids, reporting lines within the account and without cycles) but checked once per unit, account
     * or chunk of rows instead of several queries a record, and without reading back what it wrote. The data revision
     * moves once, at {@link #finish()}.
     */
    public final class ImportBatch {
        private final Map<Long, UnitView> unitById = new HashMap<>();
        /** External ids known to be taken (by any contact, visible or not) or known to be free. */
        private final Set<String> takenExternalIds = new HashSet<>();
        private final Set<String> freeExternalIds = new HashSet<>();
        private final Map<Long, Long> accountOfContact = new HashMap<>();
        private final Set<Long> created = new HashSet<>();
        private final Map<Long, Map<Long, Long>> bossOfByAccount = new HashMap<>();
        private final String by = Audit.actor();
        private boolean changed;
        /** New contacts with their ids, not inserted yet (see {@link #create(long, NewContact, boolean)}). */
        private final List<ContactRepository.ContactRow> queued = new ArrayList<>();
        private final List<ContactRepository.BossChange> queuedBosses = new ArrayList<>();
        private final app.prism.web.IdBlocks.Ids ids = idBlocks.of("contact");

        private final app.prism.account.UnitService.ImportBatch unitSource;

        private ImportBatch(app.prism.account.UnitService.ImportBatch unitSource) {
            this.unitSource = unitSource;
        }

        /** Like {@link #create(long, NewContact, boolean)}, inserted at once. */
        public ContactView create(long unitId, NewContact input) {
            return create(unitId, input, false);
        }

        /**
         * Inserts the contacts {@link #create(long, NewContact, boolean)} queued and applies the reporting lines
         * {@link #setReportsTo} queued, each as one batch; a reporting line whose contact changed meanwhile (only a
         * concurrent change can cause it) is an {@link OptimisticLockingFailureException}.
         */
        public void flush() {
            if (!queued.isEmpty()) {
                contacts.insertAll(queued, by);
                queued.clear();
            }
            if (!queuedBosses.isEmpty()) {
                List<ContactRepository.BossChange> changes = List.copyOf(queuedBosses);
                queuedBosses.clear();
                if (!contacts.updateReportsTo(changes, by)) throw stale();
            }
        }


        /** The visible contacts with these external ids, by external id (one query for a chunk of rows). */
        public Map<String, ContactView> findByExternalIds(java.util.Collection<String> externalIds) {
            Map<String, ContactView> out = new HashMap<>();
            if (externalIds.isEmpty()) return out;
            flush();
            List<ContactRepository.ContactRow> rows = contacts.findByExternalIds(externalIds);
            Set<String> found = new HashSet<>();
            for (ContactRepository.ContactRow r : rows) found.add(r.externalId());
            takenExternalIds.addAll(found);
            for (String e : externalIds) if (!found.contains(e)) freeExternalIds.add(e);
            List<ContactRepository.ContactRow> visible = rows.stream().filter(r -> access.canSee(r.accountId()))
                    .toList();
            for (ContactView c : withOwners(visible)) {
                out.put(c.externalId(), c);
                accountOfContact.put(c.id(), c.accountId());
            }
            return out;
        }

        /** The visible contacts with these emails (any case), by email in lower case, oldest first. */
        public Map<String, List<ContactView>> findByEmails(java.util.Collection<String> emails) {
            Map<String, List<ContactView>> out = new HashMap<>();
            Set<String> lower = new HashSet<>();
            for (String e : emails) {
                if (e != null && !e.isBlank()) lower.add(e.strip().toLowerCase(java.util.Locale.ROOT));
            }
            if (lower.isEmpty()) return out;
            List<ContactRepository.ContactRow> visible = contacts.findByEmails(lower).stream()
                    .filter(r -> access.canSee(r.accountId())).toList();
            for (ContactView c : withOwners(visible)) {
                out.computeIfAbsent(c.email().toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(c);
            }
            return out;
        }

        /**
         * Like {@link ContactService#createContact}; the unit's access is checked once per unit. {@code deferrable}:
         * the caller will {@link #flush} before anything can read or roll back the contact, so it may be inserted
         * later with others in one batch (where the database hands out ids ahead, see {@link app.prism.web.IdBlocks});
         * the answer carries its id either way. Everything that could refuse it is checked here first; only a
         * concurrent change can still make the batch fail.
         */
        public ContactView create(long unitId, NewContact input, boolean deferrable) {
            if ((input.ownerUserIds() != null && !input.ownerUserIds().isEmpty()) || input.reportsToId() != null) {
                ContactView c = createContact(unitId, input);
                accountOfContact.put(c.id(), c.accountId());
                return c;
            }
            UnitView unit = unitById.computeIfAbsent(unitId, unitSource::unit);
            boolean active = input.active() == null || input.active();
            OffsetDateTime now = Audit.now();
            var row = new ContactRepository.ContactRow(0, unit.accountId(), unitId, input.name().strip(),
                    Texts.trimToNull(input.title()), Texts.trimToNull(input.email()), Texts.trimToNull(input.phone()),
                    input.buyingRole() == null ? BuyingRole.UNKNOWN : input.buyingRole(),
                    input.attitude() == null ? Attitude.UNKNOWN : input.attitude(),
                    input.relationshipStrength() == null ? 0 : input.relationshipStrength(), null, active,
                    active ? null : now, 0, now, now, null, null, null, null, null,
                    Texts.trimToNull(input.externalId()));
            String ext = row.externalId();
            if (ext != null) {
                if (takenExternalIds.contains(ext)
                        || (!freeExternalIds.contains(ext) && contacts.externalIdTaken(ext, -1))) {
                    throw externalIdTaken(ext);
                }
            }
            Long ahead = deferrable ? ids.next() : null;
            long id;
            if (ahead != null) {
                id = ahead;
                queued.add(new ContactRepository.ContactRow(id, row.accountId(), row.unitId(), row.name(), row.title(),
                        row.email(), row.phone(), row.buyingRole(), row.attitude(), row.relationshipStrength(), null,
                        row.active(), row.deactivatedAt(), 0, now, now, null, null, null, null, null, ext));
                if (queued.size() >= 1000) flush();
            } else {
                id = contacts.insert(unit.accountId(), unitId, row, now);
            }
            if (ext != null) {
                takenExternalIds.add(ext);
                freeExternalIds.remove(ext);
            }
            accountOfContact.put(id, unit.accountId());
            created.add(id);
            changed = true;
            return new ContactRepository.ContactRow(id, row.accountId(), row.unitId(), row.name(), row.title(),
                    row.email(), row.phone(), row.buyingRole(), row.attitude(), row.relationshipStrength(), null,
                    row.active(), row.deactivatedAt(), 0, now, now, null, null, null, null, null, ext).view(List.of());
        }

        /**
         * Sets whom {@code contact} (as last read or written by this import) reports to, with the rules of
         * {@link ContactService#updateContact}: a contact of the same account, no cycle, at the contact's version.
         */
        public ContactView setReportsTo(ContactView contact, Long bossId) {
            if (!queued.isEmpty()) flush();
            access.requireVisibleOr404(contact.accountId(), "Contact", contact.id());
            Map<Long, Long> bossOf = bossOfByAccount.computeIfAbsent(contact.accountId(), a -> {
                Map<Long, Long> m = new HashMap<>();
                contacts.reportingLines(a).forEach(l -> m.put(l.id(), l.reportsToId()));
                return m;
            });
            if (bossId != null) {
                Long bossAccount = accountOfContact.get(bossId);
                if (bossAccount == null) {
                    bossAccount = contacts.findById(bossId).map(ContactRepository.ContactRow::accountId).orElse(null);
                    if (bossAccount != null) accountOfContact.put(bossId, bossAccount);
                }
                if (bossAccount == null || bossAccount != contact.accountId()) {
                    throw Invalid.field("reportsToId", "must be a contact of the same account");
                }
                Set<Long> seen = new HashSet<>();
                for (Long at = bossId; at != null && seen.add(at); at = bossOf.get(at)) {
                    if (at == contact.id()) throw Invalid.field("reportsToId", "would create a reporting cycle");
                }
            }
            OffsetDateTime now = Audit.now();
            queuedBosses.add(new ContactRepository.BossChange(contact.id(), bossId, contact.version(), now));
            if (queuedBosses.size() >= 1000) flush();
            if (contact.active() && !created.contains(contact.id())) moves.deleteOpenOf(contact.id());
            bossOf.put(contact.id(), bossId);
            changed = true;
            return new ContactView(contact.id(), contact.accountId(), contact.unitId(), contact.name(), contact.title(),
                    contact.email(), contact.phone(), contact.buyingRole(), contact.attitude(),
                    contact.relationshipStrength(), bossId, contact.ownerUserIds(), contact.active(),
                    contact.deactivatedAt(), contact.version() + 1, contact.createdAt(), now,
                    contact.movedToOrganisation(), contact.movedToAccountId(), contact.movedToUnitId(),
                    contact.movedToTitle(), contact.note(), contact.externalId());
        }

        /** Tells readers that the data changed (once for the whole batch). */
        public void finish() {
            flush();
            if (changed) revision.bump();
            changed = false;
        }
    }

    /**
     * Starts writing an import's contacts (see {@link ImportBatch}), taking units from the import's own unit batch (read
     * once per account there).
     */
    public ImportBatch startImportBatch(app.prism.account.UnitService.ImportBatch unitSource) {
        return new ImportBatch(unitSource);
    }

    /** The contact with this external id (the id in another CRM), when it exists and the user may see it. */
    public java.util.Optional<ContactView> findByExternalId(String externalId) {
        if (externalId == null) return java.util.Optional.empty();
        return contacts.findByExternalId(externalId).filter(r -> access.canSee(r.accountId()))
                .map(r -> withOwners(List.of(r)).get(0));
    }

    /** The contacts with this email (any case) in accounts the user may see, oldest first. */
    public List<ContactView> findByEmail(String email) {
        if (email == null || email.isBlank()) return List.of();
        return withOwners(contacts.findByEmail(email.strip()).stream().filter(r -> access.canSee(r.accountId()))
                .toList());
    }

    private static Conflict externalIdTaken(String externalId) {
        return new Conflict("Another contact already has external id '" + externalId + "'.");
    }

    private static OptimisticLockingFailureException stale() {
        return new OptimisticLockingFailureException("stale contact");
    }
}
