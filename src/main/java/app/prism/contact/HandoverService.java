package app.prism.contact;

import app.prism.account.AccountService;
import app.prism.account.TeamRole;
import app.prism.identity.CurrentUser;
import app.prism.identity.UserService;
import app.prism.identity.UserView;
import app.prism.web.Forbidden;
import app.prism.web.Invalid;
import app.prism.web.NotFound;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handover on our side: every relationship a colleague owns and every account they own or staff, the accounts where
 * they are the only colleague who knows anyone (the seller-side bus factor), and the reassignment in one audited step.
 * Managers and administrators only.
 */
@Service
public class HandoverService {

    /** A contact the colleague owns. */
    public record OwnedContact(long id, String name, String title, long unitId, BuyingRole buyingRole,
            boolean active) {}

    /**
     * One account of the colleague: whether they own it, their team role, the contacts they own there, and
     * {@code onlyOwner}: nobody else owns a relationship with the account's active contacts.
     */
    public record AccountRelationships(long accountId, String accountName, boolean owner, TeamRole teamRole,
            boolean onlyOwner, List<OwnedContact> contacts) {}

    public record Relationships(long userId, String userName, boolean userActive, int contactCount,
            int accountCount, List<Long> onlyOwnerAccountIds, List<AccountRelationships> accounts) {}

    /** Body of POST /users/{id}/handover; null lists mean "everything", an empty list "nothing". */
    public record HandoverRequest(Long toUserId, List<Long> contactIds, List<Long> accountIds) {}

    public record HandoverResult(long fromUserId, long toUserId, List<Long> contactIds, List<Long> accountIds) {}

    private final ContactRepository contacts;
    private final ContactAuditRepository audit;
    private final AccountService accounts;
    private final UserService users;
    private final CurrentUser currentUser;
    private final app.prism.web.DataRevision revision;

    HandoverService(ContactRepository contacts, ContactAuditRepository audit, AccountService accounts,
            UserService users, CurrentUser currentUser, app.prism.web.DataRevision revision) {
        this.contacts = contacts;
        this.audit = audit;
        this.accounts = accounts;
        this.users = users;
        this.currentUser = currentUser;
        this.revision = revision;
    }

    public Relationships relationships(long userId) {
        requireManagerOrAdmin();
        UserView user = users.findUser(userId).orElseThrow(() -> new NotFound("User", userId));
        List<ContactRepository.ContactRow> owned = contacts.ownedBy(userId);
        Map<Long, AccountService.UserAccount> staffed = new LinkedHashMap<>();
        accounts.accountsOfUser(userId).forEach(a -> staffed.put(a.accountId(), a));
        Set<Long> accountIds = new TreeSet<>(staffed.keySet());
        owned.forEach(c -> accountIds.add(c.accountId()));
        Map<Long, String> names = accounts.accountNames(accountIds);
        Map<Long, Long> ownersPerAccount = contacts.activeOwnerCountPerAccount(accountIds);
        Map<Long, List<OwnedContact>> byAccount = new LinkedHashMap<>();
        for (var c : owned) {
            byAccount.computeIfAbsent(c.accountId(), k -> new ArrayList<>()).add(new OwnedContact(c.id(), c.name(),
                    c.title(), c.unitId(), c.buyingRole(), c.active()));
        }
        List<AccountRelationships> out = new ArrayList<>();
        List<Long> onlyOwner = new ArrayList<>();
        for (long id : accountIds) {
            List<OwnedContact> mine = byAccount.getOrDefault(id, List.of());
            boolean ownsActive = mine.stream().anyMatch(OwnedContact::active);
            boolean only = ownsActive && ownersPerAccount.getOrDefault(id, 0L) == 1;
            if (only) onlyOwner.add(id);
            var staff = staffed.get(id);
            out.add(new AccountRelationships(id, names.get(id), staff != null && staff.owner(),
                    staff == null ? null : staff.teamRole(), only, mine));
        }
        out.sort((a, b) -> a.onlyOwner() != b.onlyOwner() ? (a.onlyOwner() ? -1 : 1)
                : String.CASE_INSENSITIVE_ORDER.compare(String.valueOf(a.accountName()), String.valueOf(b.accountName())));
        return new Relationships(userId, user.name(), user.active(), owned.size(), out.size(), onlyOwner, out);
    }

    /** Colleagues whose relationships may be handed over: the active ones and anyone who still owns a relationship. */
    public List<UserView> colleaguesToHandOver() {
        requireManagerOrAdmin();
        Map<Long, UserView> out = new LinkedHashMap<>();
        users.activeUsers().forEach(u -> out.put(u.id(), u));
        List<Long> owners = contacts.ownerUserIds();
        if (!owners.isEmpty()) users.findUsers(owners).values().forEach(u -> out.putIfAbsent(u.id(), u));
        return out.values().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }

    /**
     * Reassigns in one transaction: the chosen contacts get {@code toUserId} as owner instead of {@code fromUserId}
     * (no duplicates), the chosen accounts move their ownership and add {@code toUserId} to the team with the same role.
     */
    @Transactional
    public HandoverResult handOver(long fromUserId, HandoverRequest request) {
        requireManagerOrAdmin();
        users.findUser(fromUserId).orElseThrow(() -> new NotFound("User", fromUserId));
        if (request == null || request.toUserId() == null) throw Invalid.field("toUserId", "must not be null");
        long to = request.toUserId();
        if (to == fromUserId) throw Invalid.field("toUserId", "must be another colleague");
        users.requireActiveUsers("toUserId", List.of(to));
        Set<Long> owned = contacts.ownedBy(fromUserId).stream().map(ContactRepository.ContactRow::id)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        Set<Long> staffed = accounts.accountsOfUser(fromUserId).stream().map(AccountService.UserAccount::accountId)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        List<Long> contactIds = chosen("contactIds", request.contactIds(), owned, "not owned by this colleague");
        List<Long> accountIds = chosen("accountIds", request.accountIds(), staffed,
                "neither owned nor staffed by this colleague");
        contacts.replaceOwner(contactIds, fromUserId, to);
        List<Long> moved = accountIds.isEmpty() ? List.of() : accounts.transferOwnership(fromUserId, to, accountIds);
        audit.record("HANDOVER", ContactAuditRepository.Subject.USER, fromUserId, "to user " + to + "; "
                + contactIds.size() + " contact(s) " + contactIds + "; " + moved.size() + " account(s) " + moved);
        revision.bump();
        return new HandoverResult(fromUserId, to, contactIds, moved);
    }

    private static List<Long> chosen(String field, Collection<Long> asked, Set<Long> available, String problem) {
        if (asked == null) return List.copyOf(available);
        if (asked.stream().anyMatch(java.util.Objects::isNull)) throw Invalid.field(field, "must not contain null");
        List<Long> wrong = asked.stream().filter(id -> !available.contains(id)).distinct().toList();
        if (!wrong.isEmpty()) throw Invalid.field(field, problem + ": " + wrong);
        return List.copyOf(new HashSet<>(asked)).stream().sorted().toList();
    }

    private void requireManagerOrAdmin() {
        if (!currentUser.viewer().isManagerOrAdmin()) {
            throw new Forbidden("Only managers and administrators hand relationships over.");
        }
    }
}
