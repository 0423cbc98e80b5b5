package app.prism.account;

import app.prism.identity.AccountAccess;
import app.prism.web.Conflict;
import app.prism.web.Countries;
import app.prism.web.Invalid;
import app.prism.web.NotFound;
import app.prism.web.Patch;
import app.prism.web.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The business-unit tree of each account: add, rename, move (whole subtrees), delete, read as a tree. */
@Service
public class UnitService {

    private final UnitRepository units;
    private final AccountService accounts;
    private final AccountAccess access;
    private final List<UnitUsage> usages;
    private final app.prism.web.DataRevision revision;

    UnitService(UnitRepository units, AccountService accounts, AccountAccess access, List<UnitUsage> usages,
            app.prism.web.DataRevision revision) {
        this.revision = revision;
        this.units = units;
        this.accounts = accounts;
        this.access = access;
        this.usages = usages;
    }

    /** The account's units as a tree: roots first, children under their parent, siblings by name. */
    public List<UnitNode> tree(long accountId) {
        accounts.requireVisible(accountId);
        List<UnitRepository.UnitRow> rows = units.ofAccount(accountId);
        Map<Long, UnitRepository.UnitRow> byId = rows.stream()
                .collect(Collectors.toMap(UnitRepository.UnitRow::id, Function.identity()));
        UnitTree tree = treeOf(rows);
        return tree.roots().stream().map(id -> node(id, 1, tree, byId)).toList();
    }

    /** The account's units flat, in tree order, each with its depth. */
    public List<UnitView> unitsOf(long accountId) {
        accounts.requireVisible(accountId);
        List<UnitRepository.UnitRow> rows = units.ofAccount(accountId);
        Map<Long, UnitRepository.UnitRow> byId = rows.stream()
                .collect(Collectors.toMap(UnitRepository.UnitRow::id, Function.identity()));
        UnitTree tree = treeOf(rows);
        return tree.inTreeOrder().stream().map(id -> view(byId.get(id), tree.depth(id))).toList();
    }

    /** A unit found by the global search. */
    public record UnitHit(long id, long accountId, String name, String accountName, String country, String city) {}

    public List<UnitHit> searchUnits(app.prism.web.PageQuery query) {
        Long member = access.teamFilter();
        return units.search(query, member == null ? -1 : member).stream()
                .map(h -> new UnitHit(h.id(), h.accountId(), h.name(), h.accountName(), h.country(), h.city())).toList();
    }

    /** A unit's kind and country, for comparisons across accounts ("units like this one"). */
    public record UnitProfile(long id, long accountId, UnitKind kind, String country) {}

    /**
     * Every unit of every account, with its kind and country only. For aggregates across accounts (how many comparable
     * units buy a product); callers must not show another account's units from it.
     */
    public List<UnitProfile> allUnitProfiles() {
        return units.profiles();
    }

    public UnitView getUnit(long unitId) {
        var row = units.findById(unitId).orElseThrow(() -> new NotFound("Unit", unitId));
        access.requireVisibleOr404(row.accountId(), "Unit", unitId);
        return view(row, units.depthOf(unitId));
    }

    /** The units with this external id in any account the user may see (an id is unique within an account). */
    public List<UnitView> findByExternalIdInAnyAccount(String externalId) {
        if (externalId == null) return List.of();
        return units.findAllByExternalId(externalId).stream().filter(r -> access.canSee(r.accountId()))
                .map(r -> view(r, 0)).toList();
    }

    /**
     * {@link #findByExternalIdInAnyAccount} for many external ids in one query (an import's rows): by external id,
     * each list oldest first; an id without units has no entry.
     */
    public Map<String, List<UnitView>> findByExternalIdsInAnyAccount(java.util.Collection<String> externalIds) {
        Map<String, List<UnitView>> out = new java.util.HashMap<>();
        if (externalIds.isEmpty()) return out;
        Map<Long, Boolean> visible = new java.util.HashMap<>();
        for (UnitRepository.UnitRow r : units.findAllByExternalIds(externalIds)) {
            if (visible.computeIfAbsent(r.accountId(), access::canSee)) {
                out.computeIfAbsent(r.externalId(), k -> new java.util.ArrayList<>()).add(view(r, 0));
            }
        }
        return out;
    }

    public Optional<UnitView> findByExternalId(long accountId, String externalId) {
        accounts.requireVisible(accountId);
        return units.findByExternalId(accountId, externalId).map(r -> view(r, 0));
    }

    @Transactional
    public UnitView createUnit(long accountId, NewUnit input) {
        accounts.requireVisible(accountId);
        String country = Countries.normalise("country", input.country());
        if (input.parentId() != null) {
            var parent = units.findById(input.parentId());
            if (parent.isEmpty() || parent.get().accountId() != accountId) {
                throw Invalid.field("parentId", "must be a unit of the same account");
            }
        }
        String externalId = Texts.trimToNull(input.externalId());
        requireExternalIdFree(accountId, externalId, -1);
        long id = units.insert(accountId, input.parentId(), input.name().strip(), input.kind(), country,
                Texts.trimToNull(input.city()), externalId);
        revision.bumpAccount(accountId);
        return getUnit(id);
    }

    /** Renames, re-kinds, relocates or moves a unit; a move takes the unit's whole subtree along. */
    @Transactional
    public UnitView updateUnit(long unitId, Patch<UnitPatch> patch, Long expectedVersion) {
        var row = units.findById(unitId).orElseThrow(() -> new NotFound("Unit", unitId));
        access.requireVisibleOr404(row.accountId(), "Unit", unitId);
        if (expectedVersion != null && expectedVersion != row.version()) throw AccountService.stale();
        UnitPatch p = patch.value();
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        patch.requireNotBlank("name", p.name(), problems);
        if (patch.has("kind") && p.kind() == null) problems.add(new Invalid.FieldProblem("kind", "must not be null"));
        if (!problems.isEmpty()) throw new Invalid(problems);
        Long parentId = patch.has("parentId") ? p.parentId() : row.parentId();
        if (patch.has("parentId") && parentId != null) {
            var parent = units.findById(parentId);
            if (parent.isEmpty() || parent.get().accountId() != row.accountId()) {
                throw Invalid.field("parentId", "must be a unit of the same account");
            }
            if (treeOf(units.ofAccount(row.accountId())).moveCreatesCycle(unitId, parentId)) {
                throw Invalid.field("parentId", "a unit cannot move under itself or one of its own sub-units");
            }
        }
        String externalId = patch.has("externalId") ? Texts.trimToNull(p.externalId()) : row.externalId();
        requireExternalIdFree(row.accountId(), externalId, unitId);
        var updated = new UnitRepository.UnitRow(unitId, row.accountId(), parentId,
                patch.has("name") ? p.name().strip() : row.name(), patch.has("kind") ? p.kind() : row.kind(),
                patch.has("country") ? Countries.normalise("country", p.country()) : row.country(),
                patch.has("city") ? Texts.trimToNull(p.city()) : row.city(), externalId, row.version(),
                row.createdAt(), row.updatedAt());
        if (!units.update(updated, row.version())) throw AccountService.stale();
        revision.bumpAccount(row.accountId());
        return getUnit(unitId);
    }

    /** Deletes a leaf unit that nothing refers to; anything else is refused with the reason. */
    @Transactional
    public void deleteUnit(long unitId) {
        var row = units.findById(unitId).orElseThrow(() -> new NotFound("Unit", unitId));
        access.requireVisibleOr404(row.accountId(), "Unit", unitId);
        List<String> holds = new ArrayList<>();
        long children = units.countChildren(unitId);
        if (children > 0) holds.add(children + " sub-unit(s)");
        for (UnitUsage usage : usages) {
            long n = usage.countFor(unitId);
            if (n > 0) holds.add(n + " " + usage.label());
        }
        if (!holds.isEmpty()) {
            throw new Conflict("Unit '" + row.name() + "' still has " + String.join(", ", holds)
                    + "; move or delete them first.");
        }
        units.delete(unitId);
        revision.bumpAccount(row.accountId());
    }

    /**
     * Creates an import's units with the rules of {@link #createUnit}, checked against each account's units read once
     * (its access, the parent in the same account, the external id free in the account, the depth from the tree)
     * instead of six queries a unit: one insert a unit. Only for units created through it; after anything else changes
     * an account's units (a move, a rolled-back row) call {@link #forget}.
     */
    public final class ImportBatch {
        private record Known(Map<Long, Integer> depthOf, Map<String, String> nameOfExternalId) {}

        private final Map<Long, Known> known = new java.util.HashMap<>();
        private final Map<Long, UnitView> viewById = new java.util.HashMap<>();

        private ImportBatch() {}

        /**
         * The unit as {@link #getUnit} answers it (NotFound for one the user may not see): the first unit asked of an
         * account reads all of that account's units at once, the others are answered from them.
         */
        public UnitView unit(long unitId) {
            UnitView v = viewById.get(unitId);
            if (v != null) return v;
            UnitView one = getUnit(unitId);
            of(one.accountId());
            return viewById.getOrDefault(unitId, one);
        }

        private Known of(long accountId) {
            Known k = known.get(accountId);
            if (k == null) {
                accounts.requireVisible(accountId);
                List<UnitRepository.UnitRow> rows = units.ofAccount(accountId);
                UnitTree tree = treeOf(rows);
                k = new Known(new java.util.HashMap<>(), new java.util.HashMap<>());
                for (UnitRepository.UnitRow r : rows) {
                    k.depthOf().put(r.id(), tree.depth(r.id()));
                    viewById.put(r.id(), view(r, tree.depth(r.id())));
                    if (r.externalId() != null) k.nameOfExternalId().putIfAbsent(r.externalId(), r.name());
                }
                known.put(accountId, k);
            }
            return k;
        }

        public UnitView create(long accountId, NewUnit input) {
            Known k = of(accountId);
            String country = Countries.normalise("country", input.country());
            int depth = 1;
            if (input.parentId() != null) {
                Integer parentDepth = k.depthOf().get(input.parentId());
                if (parentDepth == null) throw Invalid.field("parentId", "must be a unit of the same account");
                depth = parentDepth + 1;
            }
            String externalId = Texts.trimToNull(input.externalId());
            if (externalId != null && k.nameOfExternalId().containsKey(externalId)) {
                throw new Conflict("Unit '" + k.nameOfExternalId().get(externalId)
                        + "' of this account already has external id '" + externalId + "'.");
            }
            java.time.OffsetDateTime now = app.prism.web.Audit.now();
            String name = input.name().strip();
            String city = Texts.trimToNull(input.city());
            long id = units.insert(accountId, input.parentId(), name, input.kind(), country, city, externalId, now);
            k.depthOf().put(id, depth);
            if (externalId != null) k.nameOfExternalId().put(externalId, name);
            revision.bumpAccount(accountId);
            UnitView created = new UnitView(id, accountId, input.parentId(), name, input.kind(), country, city,
                    externalId, depth, 0, now, now);
            viewById.put(id, created);
            return created;
        }

        /** Reads the account's units again when next asked (something else changed them). */
        public void forget(long accountId) {
            known.remove(accountId);
            viewById.values().removeIf(v -> v.accountId() == accountId);
        }

        /** Reads every account's units again when next asked. */
        public void forget() {
            known.clear();
            viewById.clear();
        }
    }

    /** Starts creating an import's units (see {@link ImportBatch}). */
    public ImportBatch startImportBatch() {
        return new ImportBatch();
    }

    private void requireExternalIdFree(long accountId, String externalId, long exceptId) {
        if (externalId == null) return;
        units.findByExternalId(accountId, externalId).filter(u -> u.id() != exceptId).ifPresent(u -> {
            throw new Conflict("Unit '" + u.name() + "' of this account already has external id '" + externalId + "'.");
        });
    }

    private static UnitTree treeOf(List<UnitRepository.UnitRow> rows) {
        return new UnitTree(rows.stream().map(r -> new UnitTree.Link(r.id(), r.parentId())).toList());
    }

    private static UnitNode node(long id, int depth, UnitTree tree, Map<Long, UnitRepository.UnitRow> byId) {
        var r = byId.get(id);
        return new UnitNode(r.id(), r.parentId(), r.name(), r.kind(), r.country(), r.city(), r.externalId(), depth,
                r.version(), tree.children(id).stream().map(c -> node(c, depth + 1, tree, byId)).toList());
    }

    private static UnitView view(UnitRepository.UnitRow r, int depth) {
        return new UnitView(r.id(), r.accountId(), r.parentId(), r.name(), r.kind(), r.country(), r.city(),
                r.externalId(), depth, r.version(), r.createdAt(), r.updatedAt());
    }
}
