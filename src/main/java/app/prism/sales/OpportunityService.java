package app.prism.sales;

import app.prism.account.AccountService;
import app.prism.account.UnitService;
import app.prism.identity.AccountAccess;
import app.prism.web.Invalid;
import app.prism.web.NotFound;
import app.prism.web.PageQuery;
import app.prism.web.Paged;
import app.prism.web.Patch;
import app.prism.web.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opportunities per (unit, product), following {@link OpportunityRule}. Access follows the unit's account. */
@Service
public class OpportunityService {

    private final OpportunityRepository opportunities;
    private final UnitService units;
    private final app.prism.catalog.ProductService products;
    private final AccountService accounts;
    private final AccountAccess access;
    private final app.prism.web.DataRevision revision;
    private final SalesStageService salesStages;
    private final app.prism.identity.UserService users;
    private final app.prism.identity.CurrentUser currentUser;

    private final app.prism.web.IdBlocks idBlocks;

    OpportunityService(OpportunityRepository opportunities, UnitService units,
            app.prism.catalog.ProductService products, AccountService accounts, AccountAccess access,
            app.prism.web.DataRevision revision, SalesStageService salesStages, app.prism.identity.UserService users,
            app.prism.identity.CurrentUser currentUser, app.prism.web.IdBlocks idBlocks) {
        this.idBlocks = idBlocks;
        this.opportunities = opportunities;
        this.salesStages = salesStages;
        this.users = users;
        this.currentUser = currentUser;
        this.revision = revision;
        this.units = units;
        this.products = products;
        this.accounts = accounts;
        this.access = access;
    }

    public Paged<OpportunityView> listOpportunities(Long accountId, Long unitId, Long productId, Stage stage,
            PageQuery page) {
        if (unitId != null) units.getUnit(unitId);
        if (accountId != null) accounts.requireVisible(accountId);
        var visible = unitId == null && accountId == null ? accounts.visibleAccountIds().orElse(null) : null;
        var filter = new OpportunityRepository.Filter(accountId, unitId, productId, stage, visible);
        return new Paged<>(opportunities.page(filter, page), page.page(), page.size(), opportunities.total(filter));
    }

    public OpportunityView getOpportunity(long id) {
        var o = opportunities.findById(id).orElseThrow(() -> new NotFound("Opportunity", id));
        access.requireVisibleOr404(o.accountId(), "Opportunity", id);
        return o;
    }

    @Transactional
    public OpportunityView createOpportunity(NewOpportunity input) {
        Cell cell = Cell.resolve(units, products, input.unitId(), input.productId());
        Stage stage = input.stage() == null ? Stage.OPEN : input.stage();
        String competitor = Texts.trimToNull(input.competitor());
        LocalDate closeDate = input.closeDate() == null && stage != Stage.OPEN ? today() : input.closeDate();
        List<Invalid.FieldProblem> problems = OpportunityRule.check(stage, input.value(), competitor,
                input.lossReason());
        Pipeline pipeline = pipelineOf(stage, input.salesStage(), input.probability(), salesStages.salesStages(),
                problems);
        Long ownerId = ownerOf(input.ownerId());
        if (!problems.isEmpty()) throw new Invalid(problems);
        var o = new OpportunityView(0, cell.unit().accountId(), cell.unit().id(), cell.product().id(),
                input.title().strip(), money(input.value()), stage, closeDate, competitor, input.lossReason(), 0, null,
                null, Texts.trimToNull(input.externalId()), ownerId, pipeline.salesStage(), pipeline.probability(),
                pipeline.probability() != null, null);
        requireExternalIdFree(o.externalId(), -1);
        long id = opportunities.insert(cell.unit().accountId(), cell.unit().id(), cell.product().id(), o);
        revision.bumpAccount(cell.unit().accountId());
        return getOpportunity(id);
    }

    /**
     * Changes title, value, stage, close date, competitor or loss reason. Reopening (WON/LOST to OPEN) clears competitor
     * and loss reason; closing without a close date closes today.
     */
    @Transactional
    public OpportunityView updateOpportunity(long id, Patch<OpportunityPatch> patch, Long expectedVersion) {
        OpportunityView row = getOpportunity(id);
        if (expectedVersion != null && expectedVersion != row.version()) throw stale();
        OpportunityPatch p = patch.value();
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        patch.requireNotBlank("title", p.title(), problems);
        if (patch.has("stage") && p.stage() == null) problems.add(new Invalid.FieldProblem("stage", "must not be null"));
        if (!problems.isEmpty()) throw new Invalid(problems);
        Stage stage = patch.has("stage") ? p.stage() : row.stage();
        if (!OpportunityRule.canMove(row.stage(), stage)) {
            throw Invalid.field("stage", "a " + row.stage() + " opportunity is reopened (OPEN) before it can be "
                    + stage);
        }
        boolean reopening = OpportunityRule.isReopening(row.stage(), stage);
        String competitor = patch.has("competitor") ? Texts.trimToNull(p.competitor())
                : reopening ? null : row.competitor();
        LossReason lossReason = patch.has("lossReason") ? p.lossReason() : reopening ? null : row.lossReason();
        LocalDate closeDate = patch.has("closeDate") ? p.closeDate()
                : OpportunityRule.isClosing(row.stage(), stage) ? today() : row.closeDate();
        BigDecimal value = patch.has("value") ? p.value() : row.value();
        problems.addAll(OpportunityRule.check(stage, value, competitor, lossReason));
        // a board move names the stage; an OPEN one keeps its stage and own probability unless the patch names them
        String salesStage = patch.has("salesStage") ? p.salesStage() : row.stage() == Stage.OPEN ? row.salesStage() : null;
        Integer ownProbability = patch.has("probability") ? p.probability()
                : row.ownProbability() && stage == Stage.OPEN ? row.probability() : null;
        if (stage != Stage.OPEN && !patch.has("salesStage")) salesStage = null;
        if (stage != Stage.OPEN && !patch.has("probability")) ownProbability = null;
        Pipeline pipeline = pipelineOf(stage, salesStage, ownProbability, salesStages.salesStages(), problems);
        if (patch.has("salesStage") && p.salesStage() == null && stage == Stage.OPEN) {
            problems.add(new Invalid.FieldProblem("salesStage", "an OPEN opportunity has a sales stage"));
        }
        Long ownerId = row.ownerId();
        if (patch.has("ownerId") && p.ownerId() != null) {
            users.requireActiveUsers("ownerId", List.of(p.ownerId()));
            ownerId = p.ownerId();
        } else if (patch.has("ownerId")) {
            ownerId = null;
        }
        if (!problems.isEmpty()) throw new Invalid(problems);
        var updated = new OpportunityView(id, row.accountId(), row.unitId(), row.productId(),
                patch.has("title") ? p.title().strip() : row.title(), money(value), stage, closeDate, competitor,
                lossReason, row.version(), row.createdAt(), row.updatedAt(),
                patch.has("externalId") ? Texts.trimToNull(p.externalId()) : row.externalId(), ownerId,
                pipeline.salesStage(), pipeline.probability(), pipeline.probability() != null, null);
        requireExternalIdFree(updated.externalId(), id);
        if (!opportunities.update(updated, row.version())) throw stale();
        revision.bumpAccount(row.accountId());
        return getOpportunity(id);
    }

    @Transactional
    public void deleteOpportunity(long id) {
        long accountId = getOpportunity(id).accountId();
        opportunities.delete(id);
        revision.bumpAccount(accountId);
    }

    /**
     * An import's new opportunities, written inside the caller's transaction with {@link #createOpportunity}'s rules
     * (the unit's access, the product, {@link OpportunityRule}, unique external ids) but with units and products
     * checked once each, external ids looked up once per chunk of rows, and nothing read back. The data revision moves
     * once, at {@link #finish()}.
     */
    public final class ImportBatch {
        private final java.util.Map<Long, app.prism.account.UnitView> unitById = new java.util.HashMap<>();
        private final java.util.Map<Long, app.prism.catalog.ProductView> productById = new java.util.HashMap<>();
        private final java.util.Set<String> taken = new java.util.HashSet<>();
        private final java.util.Set<String> free = new java.util.HashSet<>();
        private final java.util.Set<Long> activeOwners = new java.util.HashSet<>();
        private List<SalesStage> stages;
        private boolean changed;
        /** New opportunities with their ids, not inserted yet (see {@link #create(NewOpportunity, boolean)}). */
        private final List<OpportunityView> queued = new ArrayList<>();
        private final app.prism.web.IdBlocks.Ids ids = idBlocks.of("opportunity");
        private final String by = app.prism.web.Audit.actor();

        private final app.prism.account.UnitService.ImportBatch unitSource;

        private ImportBatch(app.prism.account.UnitService.ImportBatch unitSource) {
            this.unitSource = unitSource;
        }

        /** Like {@link #create(NewOpportunity, boolean)}, inserted at once. */
        public OpportunityView create(NewOpportunity input) {
            return create(input, false);
        }

        /** Inserts the opportunities {@link #create(NewOpportunity, boolean)} queued, as one batch. */
        public void flush() {
            if (queued.isEmpty()) return;
            opportunities.insertAll(queued, by);
            queued.clear();
        }


        /** The visible opportunities with these external ids, by external id (one query for a chunk of rows). */
        public java.util.Map<String, OpportunityView> findByExternalIds(java.util.Collection<String> externalIds) {
            java.util.Map<String, OpportunityView> out = new java.util.HashMap<>();
            if (externalIds.isEmpty()) return out;
            flush();
            java.util.Set<String> found = new java.util.HashSet<>();
            for (OpportunityView o : opportunities.findByExternalIds(externalIds)) {
                found.add(o.externalId());
                if (access.canSee(o.accountId())) out.put(o.externalId(), o);
            }
            taken.addAll(found);
            for (String e : externalIds) if (!found.contains(e)) free.add(e);
            return out;
        }

        /**
         * Like {@link OpportunityService#createOpportunity}. {@code deferrable}: the caller will {@link #flush} before
         * anything can read or roll back the opportunity, so it may be inserted later with others in one batch (where
         * the database hands out ids ahead, see {@link app.prism.web.IdBlocks}); the answer carries its id either way.
         */
        public OpportunityView create(NewOpportunity input, boolean deferrable) {
            List<Invalid.FieldProblem> problems = new ArrayList<>();
            app.prism.account.UnitView unit = null;
            app.prism.catalog.ProductView product = null;
            try {
                unit = unitById.computeIfAbsent(input.unitId(), unitSource::unit);
            } catch (NotFound e) {
                problems.add(new Invalid.FieldProblem("unitId", "unknown unit " + input.unitId()));
            }
            try {
                product = productById.computeIfAbsent(input.productId(), products::getProduct);
            } catch (NotFound e) {
                problems.add(new Invalid.FieldProblem("productId", "unknown product " + input.productId()));
            }
            if (!problems.isEmpty()) throw new Invalid(problems);
            Stage stage = input.stage() == null ? Stage.OPEN : input.stage();
            String competitor = Texts.trimToNull(input.competitor());
            LocalDate closeDate = input.closeDate() == null && stage != Stage.OPEN ? today() : input.closeDate();
            problems = OpportunityRule.check(stage, input.value(), competitor, input.lossReason());
            if (stages == null) stages = salesStages.salesStages();
            Pipeline pipeline = pipelineOf(stage, input.salesStage(), input.probability(), stages, problems);
            if (!problems.isEmpty()) throw new Invalid(problems);
            Long ownerId = input.ownerId();
            if (ownerId != null && activeOwners.add(ownerId)) users.requireActiveUsers("ownerId", List.of(ownerId));
            if (ownerId == null) ownerId = ownerOf(null);
            java.time.OffsetDateTime now = app.prism.web.Audit.now();
            String ext = Texts.trimToNull(input.externalId());
            var o = new OpportunityView(0, unit.accountId(), unit.id(), product.id(), input.title().strip(),
                    money(input.value()), stage, closeDate, competitor, input.lossReason(), 0, now, now, ext, ownerId,
                    pipeline.salesStage(), pipeline.probability(), pipeline.probability() != null, null);
            if (ext != null && (taken.contains(ext) || (!free.contains(ext) && opportunities.externalIdTaken(ext, -1)))) {
                throw new app.prism.web.Conflict("Another opportunity already has external id '" + ext + "'.");
            }
            Long ahead = deferrable ? ids.next() : null;
            long id;
            if (ahead != null) {
                id = ahead;
                queued.add(new OpportunityView(id, o.accountId(), o.unitId(), o.productId(), o.title(), o.value(),
                        o.stage(), o.closeDate(), o.competitor(), o.lossReason(), 0, now, now, ext, o.ownerId(),
                        o.salesStage(), o.probability(), o.ownProbability(), null));
                if (queued.size() >= 1000) flush();
            } else {
                id = opportunities.insert(unit.accountId(), unit.id(), product.id(), o, now);
            }
            if (ext != null) {
                taken.add(ext);
                free.remove(ext);
            }
            changed = true;
            Integer probability = o.stage() == Stage.OPEN ? WeightedValueRule.probability(o.probability(),
                    stageProbability(stages, o.salesStage())) : null;
            return new OpportunityView(id, o.accountId(), o.unitId(), o.productId(), o.title(), o.value(), o.stage(),
                    o.closeDate(), o.competitor(), o.lossReason(), 0, now, now, ext, o.ownerId(), o.salesStage(),
                    probability, o.ownProbability(), WeightedValueRule.weighted(o.value(), probability));
        }

        /** Tells readers that the data changed (once for the whole batch). */
        public void finish() {
            flush();
            if (changed) revision.bump();
            changed = false;
        }
    }

    /**
     * Starts writing an import's opportunities (see {@link ImportBatch}), taking units from the import's own unit batch (read
     * once per account there).
     */
    public ImportBatch startImportBatch(app.prism.account.UnitService.ImportBatch unitSource) {
        return new ImportBatch(unitSource);
    }

    /** The opportunity with this external id, when it exists and the user may see it. */
    public java.util.Optional<OpportunityView> findByExternalId(String externalId) {
        if (externalId == null) return java.util.Optional.empty();
        return opportunities.findByExternalId(externalId).filter(o -> access.canSee(o.accountId()));
    }

    /** Every opportunity of the account, oldest first. */
    public List<OpportunityView> opportunitiesOfAccount(long accountId) {
        accounts.requireVisible(accountId);
        return opportunities.ofAccount(accountId);
    }

    /** An OPEN opportunity's sales stage (the first one by default) and own probability; nothing once closed. */
    private record Pipeline(String salesStage, Integer probability) {}

    private static Pipeline pipelineOf(Stage stage, String salesStage, Integer probability, List<SalesStage> stages,
            List<Invalid.FieldProblem> problems) {
        String name = Texts.trimToNull(salesStage);
        if (stage != Stage.OPEN) {
            if (name != null) problems.add(new Invalid.FieldProblem("salesStage", "only an OPEN opportunity has one"));
            if (probability != null) {
                problems.add(new Invalid.FieldProblem("probability", "only an OPEN opportunity has one"));
            }
            return new Pipeline(null, null);
        }
        if (probability != null && (probability < 0 || probability > 100)) {
            problems.add(new Invalid.FieldProblem("probability", "must be between 0 and 100"));
        }
        if (name == null) return new Pipeline(stages.get(0).name(), probability);
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        if (stages.stream().noneMatch(s -> s.name().equals(upper))) {
            problems.add(new Invalid.FieldProblem("salesStage", "unknown sales stage '" + name + "' (one of "
                    + stages.stream().map(SalesStage::name).toList() + ")"));
        }
        return new Pipeline(upper, probability);
    }

    private static Integer stageProbability(List<SalesStage> stages, String name) {
        return stages.stream().filter(s -> s.name().equals(name)).map(SalesStage::probability).findFirst().orElse(null);
    }

    /** The owner given (an active user), else whoever creates the opportunity. */
    private Long ownerOf(Long ownerId) {
        if (ownerId != null) {
            users.requireActiveUsers("ownerId", List.of(ownerId));
            return ownerId;
        }
        return currentUser.find().map(app.prism.identity.Viewer::id).orElse(null);
    }

    private void requireExternalIdFree(String externalId, long exceptId) {
        if (opportunities.externalIdTaken(externalId, exceptId)) {
            throw new app.prism.web.Conflict("Another opportunity already has external id '" + externalId + "'.");
        }
    }

    static LocalDate today() {
        return LocalDate.now();
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2);
    }

    private static OptimisticLockingFailureException stale() {
        return new OptimisticLockingFailureException("stale opportunity");
    }
}
