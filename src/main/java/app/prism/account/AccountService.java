package app.prism.account;

import app.prism.identity.AccountAccess;
import app.prism.identity.CurrentUser;
import app.prism.identity.UserService;
import app.prism.identity.Viewer;
import app.prism.web.Conflict;
import app.prism.web.Countries;
import app.prism.web.Forbidden;
import app.prism.web.Invalid;
import app.prism.web.NotFound;
import app.prism.web.PageQuery;
import app.prism.web.Paged;
import app.prism.web.Patch;
import app.prism.web.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customer accounts and their teams. Every read and write passes the access rule of {@link AccountAccess}. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final UnitRepository units;
    private final CurrentUser currentUser;
    private final UserService users;
    private final AccountAccess access;

    AccountService(AccountRepository accounts, UnitRepository units, CurrentUser currentUser, UserService users,
            AccountAccess access) {
        this.accounts = accounts;
        this.units = units;
        this.currentUser = currentUser;
        this.users = users;
        this.access = access;
    }

    /**
     * Accounts the user may see, filtered by name or industry. {@code mineOnly} narrows to accounts the user owns or is
     * on the team of (the home page's "my accounts").
     */
    public Paged<AccountView> listAccounts(PageQuery page, String sort, boolean mineOnly) {
        Viewer viewer = currentUser.viewer();
        long member = viewer.seesAllAccounts() ? -1 : viewer.id();
        long mine = mineOnly ? viewer.id() : -1;
        String orderBy = orderBy(sort);
        return new Paged<>(accounts.page(page, member, mine, orderBy).stream()
                .map(AccountRepository.AccountRow::view).toList(), page.page(), page.size(),
                accounts.total(page, member, mine));
    }

    /** The global search's accounts: a word of the name starts with the filter, or the external id is it. */
    public List<AccountView> searchAccounts(PageQuery page) {
        Viewer viewer = currentUser.viewer();
        return accounts.search(page, viewer.seesAllAccounts() ? -1 : viewer.id()).stream()
                .map(AccountRepository.AccountRow::view).toList();
    }

    /** Whether a page may pass this sort on (unknown sorts fall back to the name). */
    public boolean isKnownSort(String sort) {
        return sort != null && AccountRepository.SORTS.containsKey(sort.startsWith("-") ? sort.substring(1) : sort);
    }

    static String orderBy(String sort) {
        if (sort == null || sort.isBlank()) return AccountRepository.SORTS.get("name");
        boolean descending = sort.startsWith("-");
        String key = descending ? sort.substring(1) : sort;
        String column = AccountRepository.SORTS.get(key);
        if (column == null) {
            throw Invalid.field("sort", "must be one of " + new java.util.TreeSet<>(AccountRepository.SORTS.keySet())
                    + ", optionally prefixed with '-'");
        }
        return column + (descending ? " desc" : " asc");
    }

    /** The ids of the accounts the user may see, or empty when they see every account (ADMIN, MANAGER). */
    public java.util.Optional<Set<Long>> visibleAccountIds() {
        Viewer viewer = currentUser.viewer();
        if (viewer.seesAllAccounts()) return java.util.Optional.empty();
        return java.util.Optional.of(Set.copyOf(accounts.accountIdsOfTeamMember(viewer.id())));
    }

    /**
     * The ids of the accounts whose team the user is on (the owner always is): "their accounts", for work done on a
     * user's behalf without them signed in, such as a digest.
     */
    public Set<Long> teamAccountIds(long userId) {
        return Set.copyOf(accounts.accountIdsOfTeamMember(userId));
    }

    public AccountView getAccount(long id) {
        var row = accounts.findById(id).orElseThrow(() -> new NotFound("Account", id));
        access.requireVisible(id);
        return row.view();
    }

    /** Throws NotFound unless the account exists and the user may see it. */
    public void requireVisible(long accountId) {
        getAccount(accountId);
    }

    @Transactional
    public AccountView createAccount(NewAccount input) {
        Viewer viewer = currentUser.viewer();
        String name = input.name().strip();
        String country = Countries.normalise("country", input.country());
        String externalId = Texts.trimToNull(input.externalId());
        Long ownerId = input.ownerId() == null ? viewer.id() : input.ownerId();
        users.requireActiveUsers("ownerId", List.of(ownerId));
        requireUnique(name, externalId, -1);
        long id = accounts.insert(name, Texts.trimToNull(input.industry()), country,
                input.scope() == null ? Scope.LOCAL : input.scope(), ownerId, externalId);
        // The owner and a member who creates an account are on its team, so neither loses sight of it.
        accounts.addToTeam(id, ownerId, TeamRole.ACCOUNT_MANAGER);
        if (!viewer.seesAllAccounts() && viewer.id() != ownerId) accounts.addToTeam(id, viewer.id(), TeamRole.ACCOUNT_MANAGER);
        return accounts.findById(id).orElseThrow().view();
    }

    @Transactional
    public AccountView updateAccount(long id, Patch<AccountPatch> patch, Long expectedVersion) {
        var row = accounts.findById(id).orElseThrow(() -> new NotFound("Account", id));
        access.requireVisible(id);
        if (expectedVersion != null && expectedVersion != row.version()) throw stale();
        AccountPatch p = patch.value();
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        patch.requireNotBlank("name", p.name(), problems);
        if (patch.has("scope") && p.scope() == null) problems.add(new Invalid.FieldProblem("scope", "must not be null"));
        if (!problems.isEmpty()) throw new Invalid(problems);
        String name = patch.has("name") ? p.name().strip() : row.name();
        String industry = patch.has("industry") ? Texts.trimToNull(p.industry()) : row.industry();
        String country = patch.has("country") ? Countries.normalise("country", p.country()) : row.country();
        Scope scope = patch.has("scope") ? p.scope() : row.scope();
        Long ownerId = patch.has("ownerId") ? p.ownerId() : row.ownerId();
        String externalId = patch.has("externalId") ? Texts.trimToNull(p.externalId()) : row.externalId();
        if (patch.has("ownerId") && ownerId != null) users.requireActiveUsers("ownerId", List.of(ownerId));
        requireUnique(name, externalId, id);
        if (!accounts.update(id, row.version(), name, industry, country, scope, ownerId, externalId)) throw stale();
        if (ownerId != null && !accounts.isOnTeam(id, ownerId)) accounts.addToTeam(id, ownerId, TeamRole.ACCOUNT_MANAGER);
        return accounts.findById(id).orElseThrow().view();
    }

    /** Only an empty account is deleted; one that still has units is refused (delete or move its units first). */
    @Transactional
    public void deleteAccount(long id) {
        accounts.findById(id).orElseThrow(() -> new NotFound("Account", id));
        access.requireVisible(id);
        if (!currentUser.viewer().isManagerOrAdmin()) throw new Forbidden("Only managers and administrators delete accounts.");
        long unitCount = units.countOf(id);
        if (unitCount > 0) {
            throw new Conflict("The account still has " + unitCount + " business unit(s); delete them first.");
        }
        accounts.delete(id);
    }

    public List<TeamMember> team(long accountId) {
        requireVisible(accountId);
        return accounts.team(accountId).stream()
                .map(t -> new TeamMember(t.userId(), t.name(), t.email(), t.teamRole())).toList();
    }

    /** Replaces the whole team (team staffing is a manager's decision). */
    @Transactional
    public List<TeamMember> replaceTeam(long accountId, List<TeamAssignment> team) {
        requireVisible(accountId);
        if (!currentUser.viewer().isManagerOrAdmin()) throw new Forbidden("Only managers and administrators staff teams.");
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < team.size(); i++) {
            TeamAssignment a = team.get(i);
            if (a == null || a.userId() == null) problems.add(new Invalid.FieldProblem("[" + i + "].userId", "must not be null"));
            else if (!seen.add(a.userId())) problems.add(new Invalid.FieldProblem("[" + i + "].userId", "appears twice"));
            if (a != null && a.role() == null) problems.add(new Invalid.FieldProblem("[" + i + "].role", "must not be null"));
        }
        if (!problems.isEmpty()) throw new Invalid(problems);
        users.requireActiveUsers("userId", seen);
        accounts.replaceTeam(accountId, team);
        return team(accountId);
    }

    /** One account a colleague owns or is on the team of (the handover page). */
    public record UserAccount(long accountId, String name, boolean owner, TeamRole teamRole) {}

    /** Every account the user owns or is on the team of; for managers and administrators (team staffing). */
    public List<UserAccount> accountsOfUser(long userId) {
        requireManagerOrAdmin();
        return accounts.accountsOfUser(userId).stream().map(r -> new UserAccount(r.accountId(), r.name(),
                r.ownerId() != null && r.ownerId() == userId, r.teamRole())).toList();
    }

    /** The names of these accounts, by id, for lists that hold account ids; the caller has checked access. */
    public java.util.Map<Long, String> accountNames(java.util.Collection<Long> ids) {
        return accounts.names(ids);
    }

    /** The account with this external id, when it exists and the user may see it. */
    public java.util.Optional<AccountView> findByExternalId(String externalId) {
        if (externalId == null || externalId.isBlank()) return java.util.Optional.empty();
        return accounts.idByExternalId(externalId.strip()).filter(id -> access.canSee(currentUser.viewer(), id))
                .map(this::getAccount);
    }

    /** Whether an account of this name exists at all, seen or not (names are unique across the installation). */
    public boolean nameTaken(String name) {
        return name != null && accounts.idByNameKey(Texts.key(name.strip())).isPresent();
    }

    /** The account of this name (case-insensitive), when it exists and the user may see it. */
    public java.util.Optional<Long> findVisibleAccountIdByName(String name) {
        if (name == null || name.isBlank()) return java.util.Optional.empty();
        return accounts.idByNameKey(Texts.key(name.strip()))
                .filter(id -> access.canSee(currentUser.viewer(), id));
    }

    /**
     * Hands a colleague's accounts over to another: where {@code fromUserId} owns the account the owner becomes
     * {@code toUserId}; where they are on the team, {@code toUserId} joins it with the same team role (an owner who
     * was not on the team joins as account manager). The old colleague stays on the team until a manager removes them,
     * so nobody loses sight of an account mid-handover. Joins the caller's transaction; returns the accounts changed.
     */
    @Transactional
    public List<Long> transferOwnership(long fromUserId, long toUserId, java.util.Collection<Long> accountIds) {
        requireManagerOrAdmin();
        users.requireActiveUsers("toUserId", List.of(toUserId));
        Set<Long> wanted = new HashSet<>(accountIds);
        List<Long> changed = new ArrayList<>();
        for (var row : accounts.accountsOfUser(fromUserId)) {
            if (!wanted.contains(row.accountId())) continue;
            long id = row.accountId();
            boolean owner = row.ownerId() != null && row.ownerId() == fromUserId;
            if (owner) accounts.changeOwner(id, toUserId);
            if (!accounts.isOnTeam(id, toUserId)) {
                accounts.addToTeam(id, toUserId, row.teamRole() != null ? row.teamRole() : TeamRole.ACCOUNT_MANAGER);
            }
            changed.add(id);
        }
        return changed;
    }

    private void requireManagerOrAdmin() {
        if (!currentUser.viewer().isManagerOrAdmin()) throw new Forbidden("Only managers and administrators do this.");
    }

    private void requireUnique(String name, String externalId, long exceptId) {
        if (accounts.nameTaken(Texts.key(name), exceptId)) {
            throw new Conflict("An account named '" + name + "' already exists (names are unique regardless of case).");
        }
        if (accounts.externalIdTaken(externalId, exceptId)) {
            throw new Conflict("Another account already has external id '" + externalId + "'.");
        }
    }

    static OptimisticLockingFailureException stale() {
        return new OptimisticLockingFailureException("stale version");
    }
}
