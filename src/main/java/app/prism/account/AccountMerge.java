package app.prism.account;

import app.prism.identity.AccountAccess;
import app.prism.identity.CurrentUser;
import app.prism.identity.Viewer;
import app.prism.web.DataRevision;
import app.prism.web.Forbidden;
import app.prism.web.Invalid;
import app.prism.web.NotFound;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges two accounts, or two units of one account, into one (PRODUCT.md section 8, "Merge, also outside imports"):
 * the survivor keeps its values except the fields it takes, everything that pointed at the other points at the
 * survivor — each capability moves its own records through {@link AccountMergeParticipant} — the other is deleted,
 * and both sides' history says so. One transaction; choices on collisions in docs/decisions/0009-merge.md.
 */
@Service
public class AccountMerge {

    /** The fields an account merge may take from the other account. */
    public static final List<String> ACCOUNT_FIELDS = List.of("name", "industry", "country", "scope", "ownerId",
            "externalId");
    /** The fields a unit merge may take from the other unit. */
    public static final List<String> UNIT_FIELDS = List.of("name", "kind", "country", "city", "externalId");

    private final AccountRepository accounts;
    private final UnitRepository units;
    private final MergeRepository merges;
    private final AccountService accountService;
    private final UnitService unitService;
    private final AccountAccess access;
    private final CurrentUser currentUser;
    private final List<AccountMergeParticipant> participants;
    private final DataRevision revision;

    AccountMerge(AccountRepository accounts, UnitRepository units, MergeRepository merges,
            AccountService accountService, UnitService unitService, AccountAccess access, CurrentUser currentUser,
            List<AccountMergeParticipant> participants, DataRevision revision) {
        this.accounts = accounts;
        this.units = units;
        this.merges = merges;
        this.accountService = accountService;
        this.unitService = unitService;
        this.access = access;
        this.currentUser = currentUser;
        this.participants = participants;
        this.revision = revision;
    }

    /** Merges account {@code request.otherId} into {@code survivorId}; managers and administrators only. */
    @Transactional
    public AccountView mergeAccounts(long survivorId, MergeRequest request) {
        long otherId = request.requireOther(survivorId, "account");
        Set<String> take = request.taken(ACCOUNT_FIELDS);
        AccountView survivor = accountService.getAccount(survivorId);
        AccountView other = accountService.getAccount(otherId);
        if (!currentUser.viewer().isManagerOrAdmin()) {
            throw new Forbidden("Only managers and administrators merge accounts.");
        }
        if (request.version() != null && request.version() != survivor.version()) throw AccountService.stale();
        requireExternalIdTakeable(take, survivor.externalId(), other.externalId());

        List<Moved> moved = new ArrayList<>();
        moved.add(Moved.of(merges.moveUnits(survivorId, otherId), "unit", "units"));
        moved.add(Moved.of(merges.mergeTeams(survivorId, otherId), "team seat", "team seats"));
        for (AccountMergeParticipant participant : participants) moved.addAll(participant.mergeAccounts(survivorId, otherId));
        accounts.delete(otherId);

        // after the delete, so a name or external id taken from the other no longer collides with it
        var row = accounts.findById(survivorId).orElseThrow(() -> new NotFound("Account", survivorId));
        Long ownerId = take.contains("ownerId") ? other.ownerId() : row.ownerId();
        if (!accounts.update(survivorId, row.version(), take.contains("name") ? other.name() : row.name(),
                take.contains("industry") ? other.industry() : row.industry(),
                take.contains("country") ? other.country() : row.country(),
                take.contains("scope") ? other.scope() : row.scope(), ownerId,
                take.contains("externalId") && row.externalId() == null ? other.externalId() : row.externalId())) {
            throw AccountService.stale();
        }
        if (ownerId != null && !accounts.isOnTeam(survivorId, ownerId)) {
            accounts.addToTeam(survivorId, ownerId, TeamRole.ACCOUNT_MANAGER);
        }
        revision.bumpAccounts(List.of(survivorId, otherId));
        String what = "fields taken: " + MergeRequest.describe(take) + "; moved: " + Moved.describe(moved);
        merges.record(MergeRepository.Subject.ACCOUNT, survivorId, survivorId, "MERGED", otherId,
                "Merged " + other.name() + " (id " + otherId + ") into this record: " + what);
        merges.record(MergeRepository.Subject.ACCOUNT, otherId, survivorId, "MERGED_INTO", survivorId,
                "Merged into " + survivor.name() + " (id " + survivorId + "): " + what);
        return accountService.getAccount(survivorId);
    }

    /**
     * Merges unit {@code request.otherId} into {@code survivorId}, both of one account. The other's sub-units move
     * under the survivor; when the other is an ancestor of the survivor, the survivor first takes the other's place in
     * the tree, so no cycle can arise.
     */
    @Transactional
    public UnitView mergeUnits(long survivorId, MergeRequest request) {
        long otherId = request.requireOther(survivorId, "unit");
        Set<String> take = request.taken(UNIT_FIELDS);
        UnitView survivor = unitService.getUnit(survivorId);
        UnitView other = unitService.getUnit(otherId);
        if (survivor.accountId() != other.accountId()) {
            throw Invalid.field("otherId", "must be a unit of the same account");
        }
        if (request.version() != null && request.version() != survivor.version()) throw AccountService.stale();
        requireExternalIdTakeable(take, survivor.externalId(), other.externalId());

        UnitTree tree = new UnitTree(units.ofAccount(survivor.accountId()).stream()
                .map(r -> new UnitTree.Link(r.id(), r.parentId())).toList());
        if (tree.isInSubtree(survivorId, otherId)) merges.setParent(survivorId, other.parentId());
        List<Moved> moved = new ArrayList<>();
        moved.add(Moved.of(merges.reparentChildren(survivorId, otherId), "sub-unit", "sub-units"));
        for (AccountMergeParticipant participant : participants) moved.addAll(participant.mergeUnits(survivorId, otherId));
        units.delete(otherId);

        var row = units.findById(survivorId).orElseThrow(() -> new NotFound("Unit", survivorId));
        var updated = new UnitRepository.UnitRow(survivorId, row.accountId(), row.parentId(),
                take.contains("name") ? other.name() : row.name(), take.contains("kind") ? other.kind() : row.kind(),
                take.contains("country") ? other.country() : row.country(),
                take.contains("city") ? other.city() : row.city(),
                take.contains("externalId") && row.externalId() == null ? other.externalId() : row.externalId(),
                row.version(), row.createdAt(), row.updatedAt());
        if (!units.update(updated, row.version())) throw AccountService.stale();
        revision.bumpAccount(survivor.accountId());
        String what = "fields taken: " + MergeRequest.describe(take) + "; moved: " + Moved.describe(moved);
        merges.record(MergeRepository.Subject.UNIT, survivorId, survivor.accountId(), "MERGED", otherId,
                "Merged " + other.name() + " (id " + otherId + ") into this record: " + what);
        merges.record(MergeRepository.Subject.UNIT, otherId, survivor.accountId(), "MERGED_INTO", survivorId,
                "Merged into " + survivor.name() + " (id " + survivorId + "): " + what);
        return unitService.getUnit(survivorId);
    }

    /** The account's merges, newest first; also for an account merged away, while its survivor is visible. */
    public List<MergeEvent> accountHistory(long accountId) {
        if (accounts.findById(accountId).isPresent()) {
            accountService.requireVisible(accountId);
            return merges.history(MergeRepository.Subject.ACCOUNT, accountId);
        }
        return historyOfGone(MergeRepository.Subject.ACCOUNT, accountId, "Account");
    }

    /** The unit's merges, newest first; also for a unit merged away, while its account is visible. */
    public List<MergeEvent> unitHistory(long unitId) {
        var row = units.findById(unitId);
        if (row.isPresent()) {
            access.requireVisibleOr404(row.get().accountId(), "Unit", unitId);
            return merges.history(MergeRepository.Subject.UNIT, unitId);
        }
        return historyOfGone(MergeRepository.Subject.UNIT, unitId, "Unit");
    }

    /** The merges of the account and of its units, newest first. */
    public List<MergeEvent> mergesInAccount(long accountId) {
        accountService.requireVisible(accountId);
        return merges.historyOfAccountAndUnits(accountId);
    }

    private List<MergeEvent> historyOfGone(MergeRepository.Subject subject, long id, String what) {
        Viewer viewer = currentUser.viewer();
        if (merges.accountsOfHistory(subject, id).stream().noneMatch(a -> access.canSee(viewer, a))) {
            throw new NotFound(what, id);
        }
        return merges.history(subject, id);
    }

    /**
     * External ids name the record in another CRM: the other's is dropped with it, or taken when the survivor has
     * none. Taking it over the survivor's own would silently break the survivor's link, so that is refused.
     */
    static void requireExternalIdTakeable(Set<String> take, String survivorExternalId, String otherExternalId) {
        if (take.contains("externalId") && survivorExternalId != null && otherExternalId != null
                && !Objects.equals(survivorExternalId, otherExternalId)) {
            throw Invalid.field("take", "externalId: this record already has external id '" + survivorExternalId
                    + "'; clear it first to take '" + otherExternalId + "'");
        }
    }
}
