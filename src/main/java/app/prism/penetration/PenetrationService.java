package app.prism.penetration;

import app.prism.account.AccountService;
import app.prism.account.UnitService;
import app.prism.account.UnitTree;
import app.prism.account.UnitView;
import app.prism.catalog.ProductService;
import app.prism.catalog.ProductView;
import app.prism.contact.ContactService;
import app.prism.sales.SalesFacts;
import app.prism.web.Invalid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
    private final app.prism.web.DataRevision revision;
    /** A thread per cold matrix for its side read (see {@link #compute}); none is kept idle. */
    private final SimpleAsyncTaskExecutor background = new SimpleAsyncTaskExecutor("matrix-medians-");

    PenetrationService(AccountService accounts, UnitService units, ProductService products, ContactService contacts,
            SalesFacts salesFacts, java.util.Optional<Clock> clock, MatrixCache cache,
            app.prism.web.DataRevision revision) {
        this.background.setDaemon(true);
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

    public Matrix matrix(long accountId, LocalDate asOf, Integer depth) {
        if (depth != null && depth < 1) throw Invalid.field("depth", "must be 1 (the root units) or more");
        accounts.requireVisible(accountId);
        // The revision is read before the data, so a result is never filed under a newer revision than it saw.
        long rev = revision.current();
        LocalDate day = asOfOrToday(asOf);
        return cache.get(accountId + "|" + day + "|depth=" + depth, rev,
                () -> compute(accountId, day, depth, units.unitsOf(accountId), tree -> MatrixColumns.of(tree, depth),
                        true));
    }

    /**
     * The summary of {@link #matrix}: the same figures, but cached on their own, so that asking again with unchanged
     * data is immediate even when the matrix itself is too large to keep (a global account without a depth). When
     * neither is cached, only the figures are computed, without an object per cell.
     */
    public Matrix.Summary summary(long accountId, LocalDate asOf, Integer depth) {
        if (depth != null && depth < 1) throw Invalid.field("depth", "must be 1 (the root units) or more");
        accounts.requireVisible(accountId);
        long rev = revision.current();
        LocalDate day = asOfOrToday(asOf);
        return cache.summary(accountId + "|" + day + "|depth=" + depth, rev,
                () -> compute(accountId, day, depth, units.unitsOf(accountId), tree -> MatrixColumns.of(tree, depth),
                        false).summary());
    }

    /**
     * The matrix's figures without its cells (summary, per unit, per product) for every unit alone: what the Overview
     * shows. Kept in the cache even for a global account whose full matrix is too large to keep.
     */
    public Matrix figures(long accountId, LocalDate asOf) {
        accounts.requireVisible(accountId);
        long rev = revision.current();
        LocalDate day = asOfOrToday(asOf);
        return cache.get(accountId + "|" + day + "|figures", rev,
                () -> compute(accountId, day, null, units.unitsOf(accountId), tree -> MatrixColumns.of(tree, null),
                        false));
    }

    /** The matrix with the tree opened unit by unit (the page's expand and collapse). */
    public Matrix matrixOpened(long accountId, LocalDate asOf, java.util.Set<Long> open) {
        accounts.requireVisible(accountId);
        long rev = revision.current();
        LocalDate day = asOfOrToday(asOf);
        String key = accountId + "|" + day + "|open=" + new java.util.TreeSet<>(open);
        return cache.get(key, rev,
                () -> compute(accountId, day, null, units.unitsOf(accountId), tree -> MatrixColumns.opened(tree, open),
                        true));
    }

    private Matrix compute(long accountId, LocalDate asOf, Integer depth, List<UnitView> unitList,
            java.util.function.Function<UnitTree, List<MatrixColumn>> columnsOf, boolean withCells) {
        LocalDate day = asOfOrToday(asOf);
        Ttm ttm = Ttm.of(day);
        Map<Long, String> names = new HashMap<>();
        unitList.forEach(u -> names.put(u.id(), u.name()));
        UnitTree tree = new UnitTree(unitList.stream().map(u -> new UnitTree.Link(u.id(), u.parentId())).toList());
        List<MatrixBuilder.ColumnHead> columns = columnsOf.apply(tree).stream()
                .map(c -> new MatrixBuilder.ColumnHead(c, names.get(c.unitId()))).toList();

        List<ProductView> active = products.allProducts().stream().filter(ProductView::active).toList();
        List<Long> needMedian = active.stream().filter(p -> p.typicalAnnualValue() == null).map(ProductView::id).toList();
        Supplier<Map<Long, List<BigDecimal>>> readMedianInputs =
                () -> salesFacts.buyingUnitRevenues(needMedian, ttm.start(), ttm.end());
        // The median inputs (all accounts' sales of a few products) are read on a second connection while this thread
        // reads the account's facts: the cold matrix waits for the longer of the two, not for both. Not when the caller
        // has a transaction open: another connection would not see what it has written.
        CompletableFuture<Map<Long, List<BigDecimal>>> medianInputs =
                needMedian.isEmpty() || TransactionSynchronizationManager.isActualTransactionActive()
                        ? CompletableFuture.completedFuture(readMedianInputs.get())
                        : CompletableFuture.supplyAsync(readMedianInputs, background);

        PairGrid facts = new PairGrid(names.keySet(), active.stream().map(ProductView::id).toList());
        salesFacts.pairFacts(accountId, ttm.start(), ttm.end(), facts);
        Map<Long, Long> contactsPerUnit = contacts.activeContactsPerUnit(accountId);

        Map<Long, List<BigDecimal>> buyingRevenues = joined(medianInputs);
        List<MatrixBuilder.Row> rows = active.stream().map(p -> new MatrixBuilder.Row(p.id(), p.code(),
                WhitespaceValue.of(p.typicalAnnualValue(),
                        WhitespaceValue.median(buyingRevenues.getOrDefault(p.id(), List.of()))))).toList();
        return MatrixBuilder.build(day, depth, columns, rows, facts, contactsPerUnit, withCells);
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            if (e.getCause() instanceof Error cause) throw cause;
            throw e;
        }
    }

    /** One cell, computed exactly as in the matrix (a subtree's cell when {@code rolled}). */
    public Matrix.Cell cell(long accountId, LocalDate asOf, List<UnitView> unitList, UnitTree tree, long unitId,
            long productId, boolean rolled) {
        Matrix one = compute(accountId, asOf, null, unitList, t -> List.of(rolled && !t.children(unitId).isEmpty()
                ? new MatrixColumn(unitId, List.copyOf(t.subtree(unitId)), true) : MatrixColumn.alone(unitId)), true);
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
        Ttm ttm = Ttm.of(asOfOrToday(asOf));
        List<ProductView> active = products.allProducts().stream().filter(ProductView::active).toList();
        List<Long> needMedian = active.stream().filter(p -> p.typicalAnnualValue() == null).map(ProductView::id).toList();
        Map<Long, List<BigDecimal>> buyingRevenues = salesFacts.buyingUnitRevenues(needMedian, ttm.start(), ttm.end());
        Map<Long, BigDecimal> out = new HashMap<>();
        active.forEach(p -> out.put(p.id(), WhitespaceValue.of(p.typicalAnnualValue(),
                WhitespaceValue.median(buyingRevenues.getOrDefault(p.id(), List.of())))));
        return out;
    }
}
