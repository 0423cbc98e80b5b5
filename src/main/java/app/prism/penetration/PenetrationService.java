package app.prism.penetration;

import app.prism.account.AccountService;
import app.prism.account.UnitService;
import app.prism.account.UnitTree;
import app.prism.account.UnitView;
import app.prism.catalog.ProductService;
import app.prism.catalog.ProductView;
import app.prism.contact.ContactService;
import app.prism.sales.SalesFacts;
import app.prism.web.DataRevision;
import app.prism.web.Invalid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The penetration matrix of an account as of a date, optionally rolled up to a depth of its tree. */
@Service
public class PenetrationService {

    private final AccountService accounts;
    private final UnitService units;
    private final ProductService products;
    private final ContactService contacts;
    private final SalesFacts salesFacts;
    private final Clock clock;
    private final MatrixCache cache;
    private final DataRevision revision;
    private final AcrossAccounts across;

    PenetrationService(AccountService accounts, UnitService units, ProductService products, ContactService contacts,
            SalesFacts salesFacts, java.util.Optional<Clock> clock, MatrixCache cache, DataRevision revision,
            AcrossAccounts across) {
        this.across = across;
        this.cache = cache;
        this.revision = revision;
        this.accounts = accounts;
        this.units = units;
        this.products = products;
        this.contacts = contacts;
        this.salesFacts = salesFacts;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Today as the server sees it, unless the caller gives {@code asOf}. */
    public LocalDate asOfOrToday(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(clock);
    }

    /**
     * What an account's cached figures are filed under: the account's revision and the database-wide one, read before
     * any data, and the version of the medians over all accounts its whitespace values use. Null when the caller's
     * transaction has written: then nothing it reads may be kept.
     */
    private record Revision(DataRevision.AccountRevision data, long medianVersion) {}

    /** The revision and the medians of one computation, read together before the account's data. */
    private record Basis(Revision revision, Map<Long, BigDecimal> medians) {}

    private Basis basis(long accountId, LocalDate day) {
        boolean keep = !revision.writtenInThisTransaction();
        DataRevision.AccountRevision rev = keep ? revision.of(accountId) : null;
        AcrossAccounts.Medians medians = medians(day);
        return new Basis(keep ? new Revision(rev, medians.version()) : null, medians.values());
    }

    private AcrossAccounts.Medians medians(LocalDate day) {
        Ttm ttm = Ttm.of(day);
        List<Long> needMedian = products.allProducts().stream()
                .filter(p -> p.active() && p.typicalAnnualValue() == null).map(ProductView::id).toList();
        return across.medians(ttm.start(), ttm.end(), needMedian);
    }

    public Matrix matrix(long accountId, LocalDate asOf, Integer depth) {
        if (depth != null && depth < 1) throw Invalid.field("depth", "must be 1 (the root units) or more");
        accounts.requireVisible(accountId);
        LocalDate day = asOfOrToday(asOf);
        Basis basis = basis(accountId, day);
        return cache.get(accountId, accountId + "|" + day + "|depth=" + depth, basis.revision(),
                () -> compute(accountId, day, depth, units.unitsOf(accountId), tree -> MatrixColumns.of(tree, depth),
                        true, basis.medians()));
    }

    /**
     * The summary of {@link #matrix}: the same figures, but cached on their own, so that asking again with unchanged
     * data is immediate even when the matrix itself is too large to keep (a global account without a depth). When
     * neither is cached, only the figures are computed, without an object per cell.
     */
    public Matrix.Summary summary(long accountId, LocalDate asOf, Integer depth) {
        if (depth != null && depth < 1) throw Invalid.field("depth", "must be 1 (the root units) or more");
        accounts.requireVisible(accountId);
        LocalDate day = asOfOrToday(asOf);
        Basis basis = basis(accountId, day);
        return cache.summary(accountId + "|" + day + "|depth=" + depth, basis.revision(),
                () -> compute(accountId, day, depth, units.unitsOf(accountId), tree -> MatrixColumns.of(tree, depth),
                        false, basis.medians()).summary());
    }

    /**
     * The matrix's figures without its cells (summary, per unit, per product) for every unit alone: what the Overview
     * shows. Kept in the cache even for a global account whose full matrix is too large to keep.
     */
    public Matrix figures(long accountId, LocalDate asOf) {
        accounts.requireVisible(accountId);
        LocalDate day = asOfOrToday(asOf);
        Basis basis = basis(accountId, day);
        return cache.get(accountId, accountId + "|" + day + "|figures", basis.revision(),
                () -> compute(accountId, day, null, units.unitsOf(accountId), tree -> MatrixColumns.of(tree, null),
                        false, basis.medians()));
    }

    /**
     * {@link #figures} of several accounts at once (the portfolio): the revisions of all of them in one read, each
     * account's figures from the cache when its data did not change, computed otherwise.
     */
    public Map<Long, Matrix> figuresOf(java.util.Collection<Long> accountIds, LocalDate asOf) {
        java.util.Optional<java.util.Set<Long>> visible = accounts.visibleAccountIds();
        for (long id : accountIds) {
            if (visible.isPresent() && !visible.get().contains(id)) accounts.requireVisible(id);
        }
        LocalDate day = asOfOrToday(asOf);
        boolean keep = !revision.writtenInThisTransaction();
        Map<Long, Long> revisions = keep ? revision.allAccounts() : Map.of();
        AcrossAccounts.Medians medians = medians(day);
        Map<Long, Matrix> out = new HashMap<>();
        for (long id : accountIds) {
            Revision rev = keep ? new Revision(new DataRevision.AccountRevision(revisions.getOrDefault(-1L, 0L),
                    revisions.getOrDefault(id, 0L)), medians.version()) : null;
            out.put(id, cache.get(id, id + "|" + day + "|figures", rev,
                    () -> compute(id, day, null, units.unitsOf(id), tree -> MatrixColumns.of(tree, null), false,
                            medians.values())));
        }
        return out;
    }

    /** The matrix with the tree opened unit by unit (the page's expand and collapse). */
    public Matrix matrixOpened(long accountId, LocalDate asOf, java.util.Set<Long> open) {
        accounts.requireVisible(accountId);
        LocalDate day = asOfOrToday(asOf);
        Basis basis = basis(accountId, day);
        String key = accountId + "|" + day + "|open=" + new java.util.TreeSet<>(open);
        return cache.get(accountId, key, basis.revision(),
                () -> compute(accountId, day, null, units.unitsOf(accountId), tree -> MatrixColumns.opened(tree, open),
                        true, basis.medians()));
    }

    /** How many matrices or summaries were computed rather than served from the cache (for tests and benchmarks). */
    public long matricesComputed() {
        return cache.computed();
    }

    /** How many accounts' sales were read for the figures over all accounts (for tests and benchmarks). */
    public long accountsReadAcross() {
        return across.partsRead();
    }

    private Matrix compute(long accountId, LocalDate asOf, Integer depth, List<UnitView> unitList,
            java.util.function.Function<UnitTree, List<MatrixColumn>> columnsOf, boolean withCells,
            Map<Long, BigDecimal> medians) {
        LocalDate day = asOfOrToday(asOf);
        Ttm ttm = Ttm.of(day);
        Map<Long, String> names = new HashMap<>();
        unitList.forEach(u -> names.put(u.id(), u.name()));
        UnitTree tree = new UnitTree(unitList.stream().map(u -> new UnitTree.Link(u.id(), u.parentId())).toList());
        List<MatrixBuilder.ColumnHead> columns = columnsOf.apply(tree).stream()
                .map(c -> new MatrixBuilder.ColumnHead(c, names.get(c.unitId()))).toList();

        List<ProductView> active = products.allProducts().stream().filter(ProductView::active).toList();
        PairGrid facts = new PairGrid(names.keySet(), active.stream().map(ProductView::id).toList());
        salesFacts.pairFacts(accountId, ttm.start(), ttm.end(), facts);
        Map<Long, Long> contactsPerUnit = contacts.activeContactsPerUnit(accountId);

        List<MatrixBuilder.Row> rows = active.stream().map(p -> new MatrixBuilder.Row(p.id(), p.code(),
                WhitespaceValue.of(p.typicalAnnualValue(), medians.get(p.id())))).toList();
        return MatrixBuilder.build(day, depth, columns, rows, facts, contactsPerUnit, withCells);
    }

    /** One cell, computed exactly as in the matrix (a subtree's cell when {@code rolled}). */
    public Matrix.Cell cell(long accountId, LocalDate asOf, List<UnitView> unitList, UnitTree tree, long unitId,
            long productId, boolean rolled) {
        Matrix one = compute(accountId, asOf, null, unitList, t -> List.of(rolled && !t.children(unitId).isEmpty()
                ? new MatrixColumn(unitId, List.copyOf(t.subtree(unitId)), true) : MatrixColumn.alone(unitId)), true,
                medians(asOfOrToday(asOf)).values());
        return one.cells().stream().filter(c -> c.productId() == productId).findFirst()
                .orElseThrow(() -> new app.prism.web.NotFound("Active product", productId));
    }

    public List<SalesFacts.SaleLine> salesHistory(long accountId, List<Long> unitIds, long productId) {
        return salesFacts.salesHistory(accountId, unitIds, productId, 24);
    }

    public List<SalesFacts.OpportunityLine> opportunities(long accountId, List<Long> unitIds, long productId) {
        return salesFacts.opportunities(accountId, unitIds, productId);
    }

    public List<SalesFacts.UnawareLoss> lostBecauseUnaware(long accountId) {
        return salesFacts.lostBecauseUnaware(accountId);
    }

    /**
     * The value of a whitespace cell of each active product as of the date (PRODUCT.md section 4): the product's typical
     * annual value, else the median TTM revenue per buying unit over all accounts, else zero.
     */
    public Map<Long, BigDecimal> whitespaceValueByProduct(LocalDate asOf) {
        Map<Long, BigDecimal> medians = medians(asOfOrToday(asOf)).values();
        Map<Long, BigDecimal> out = new HashMap<>();
        products.allProducts().stream().filter(ProductView::active).forEach(p -> out.put(p.id(),
                WhitespaceValue.of(p.typicalAnnualValue(), medians.get(p.id()))));
        return out;
    }

    /**
     * Which products each unit of any account bought in the TTM to the day (revenue above zero): the peers of a
     * cross-sell. Shared and read-only; put together from per-account parts, so a write to one account rereads that
     * account alone. An aggregate over all accounts: not access-checked, as it reveals no account's own figures.
     */
    /**
     * The TTM revenue to the day of every account the user may see that has sales in it (credit notes count), from the
     * same per-account parts: the portfolio's revenue column without reading every account's sales on each request.
     */
    public Map<Long, BigDecimal> ttmRevenueByAccount(LocalDate asOf) {
        Ttm ttm = Ttm.of(asOfOrToday(asOf));
        Map<Long, BigDecimal> all = across.revenueByAccount(ttm.start(), ttm.end());
        java.util.Optional<java.util.Set<Long>> visible = accounts.visibleAccountIds();
        if (visible.isEmpty()) return all;
        Map<Long, BigDecimal> out = new HashMap<>();
        visible.get().forEach(id -> {
            if (all.containsKey(id)) out.put(id, all.get(id));
        });
        return out;
    }

    public Map<Long, java.util.Set<Long>> buyingProductsOfAllUnits(LocalDate asOf) {
        Ttm ttm = Ttm.of(asOfOrToday(asOf));
        return across.buyingProducts(ttm.start(), ttm.end());
    }
}
