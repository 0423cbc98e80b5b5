package app.prism.sales;

import app.prism.account.AccountService;
import app.prism.account.UnitService;
import app.prism.account.UnitView;
import app.prism.catalog.ProductService;
import app.prism.catalog.ProductView;
import app.prism.web.Audit;
import app.prism.web.Invalid;
import app.prism.web.NotFound;
import app.prism.web.PageQuery;
import app.prism.web.Paged;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records sales lines, all or nothing: a batch with one bad line stores nothing and names every bad row. Imports stream:
 * rows are checked and inserted in JDBC batches inside one transaction, so memory stays flat however long the file.
 */
@Service
public class SalesService {

    /** How many problems an import reports before it stops reading. */
    public static final int MAX_ERRORS = 100;
    static final int BATCH_SIZE = 1000;

    private final SaleRepository sales;
    private final UnitService units;
    private final ProductService products;
    private final AccountService accounts;
    private final app.prism.web.DataRevision revision;

    SalesService(SaleRepository sales, UnitService units, ProductService products, AccountService accounts,
            app.prism.web.DataRevision revision) {
        this.sales = sales;
        this.revision = revision;
        this.units = units;
        this.products = products;
        this.accounts = accounts;
    }

    /** Stores the lines in one transaction and returns how many were stored. Rows are numbered from 1. */
    @Transactional
    public int recordSales(List<NewSale> lines) {
        Map<Long, UnitView> unitById = new HashMap<>();
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        Map<Long, ProductView> productById = products.findProducts(new LinkedHashSet<>(
                lines.stream().map(NewSale::productId).filter(Objects::nonNull).toList()));
        for (int i = 0; i < lines.size(); i++) {
            NewSale line = lines.get(i);
            String row = "row " + (i + 1);
            if (line.unitId() == null || line.productId() == null || line.date() == null || line.amount() == null) {
                problems.add(new Invalid.FieldProblem(row, "unitId, productId, date and amount are required"));
                continue;
            }
            UnitView unit = unitById.computeIfAbsent(line.unitId(), id -> {
                try {
                    return units.getUnit(id);
                } catch (NotFound e) {
                    return null;
                }
            });
            if (unit == null) problems.add(new Invalid.FieldProblem(row + ".unitId", "unknown unit " + line.unitId()));
            if (!productById.containsKey(line.productId())) {
                problems.add(new Invalid.FieldProblem(row + ".productId", "unknown product " + line.productId()));
            }
            if (line.amount().scale() > 2) problems.add(new Invalid.FieldProblem(row + ".amount", "at most 2 decimals"));
            if (line.cost() != null && line.cost().scale() > 2) {
                problems.add(new Invalid.FieldProblem(row + ".cost", "at most 2 decimals"));
            }
        }
        if (!problems.isEmpty()) throw new Invalid(problems);
        List<SaleRepository.NewLine> rows = lines.stream().map(line -> new SaleRepository.NewLine(
                unitById.get(line.unitId()).accountId(), line.unitId(), line.productId(), line.date(),
                line.amount().setScale(2, RoundingMode.UNNECESSARY),
                line.cost() == null ? null : line.cost().setScale(2, RoundingMode.UNNECESSARY))).toList();
        OffsetDateTime now = Audit.now();
        for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
            sales.insert(rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE)), now, Audit.actor());
        }
        revision.bumpAccounts(rows.stream().map(SaleRepository.NewLine::accountId).collect(java.util.stream.Collectors.toSet()));
        return lines.size();
    }

    /**
     * Checks and stores a stream of rows in one transaction, in batches of {@value #BATCH_SIZE}. The first bad row stops
     * the inserts; reading goes on to report up to {@value #MAX_ERRORS} problems, then everything is rolled back.
     * {@code onlyAccountId}, when set, also supplies the account for rows that name units by external id.
     */
    @Transactional
    public long importSales(Iterator<SaleRow> rows, Long onlyAccountId) {
        SaleResolver resolver = new SaleResolver(units, products, onlyAccountId);
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        List<SaleRepository.NewLine> batch = new ArrayList<>(BATCH_SIZE);
        OffsetDateTime now = Audit.now();
        String by = Audit.actor();
        long seen = 0;
        long stored = 0;
        boolean more = false;
        java.util.Set<Long> written = new java.util.HashSet<>();
        while (rows.hasNext()) {
            SaleRow row = rows.next();
            seen++;
            SaleResolver.SaleLine line = resolver.resolve(row, problems);
            if (!problems.isEmpty()) {
                if (problems.size() >= MAX_ERRORS) {
                    more = rows.hasNext();
                    break;
                }
                continue;
            }
            SaleRepository.NewLine newLine = toNewLine(line);
            written.add(newLine.accountId());
            batch.add(newLine);
            if (batch.size() == BATCH_SIZE) {
                sales.insert(batch, now, by);
                stored += batch.size();
                batch.clear();
            }
        }
        if (!problems.isEmpty()) throw new SalesRefused(cap(problems), more || problems.size() > MAX_ERRORS);
        if (seen == 0) throw Invalid.field("rows", "there are no sales lines to store");
        sales.insert(batch, now, by);
        revision.bumpAccounts(written);
        return stored + batch.size();
    }

    /** Checks every row without storing any: the count, the first {@code firstLines} lines and the problems found. */
    @Transactional(readOnly = true)
    public SalesPreview previewSales(Iterator<SaleRow> rows, Long onlyAccountId, int firstLines) {
        SaleResolver resolver = new SaleResolver(units, products, onlyAccountId);
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        List<SalesPreview.Line> first = new ArrayList<>();
        long seen = 0;
        boolean more = false;
        while (rows.hasNext()) {
            SaleRow row = rows.next();
            seen++;
            List<Invalid.FieldProblem> rowProblems = new ArrayList<>();
            SaleResolver.SaleLine line = resolver.resolve(row, rowProblems);
            if (problems.size() < MAX_ERRORS) problems.addAll(rowProblems);
            else more |= !rowProblems.isEmpty();
            if (line != null && first.size() < firstLines) {
                first.add(new SalesPreview.Line(line.row(), line.unit().id(), line.unit().name(), line.product().id(),
                        line.product().code(), line.date(), line.amount(), line.cost()));
            }
        }
        return new SalesPreview(seen, first, cap(problems), more || problems.size() > MAX_ERRORS);
    }

    /** Sales lines the user may see, newest first; a unit or account they may not see answers 404. */
    @Transactional(readOnly = true)
    public Paged<SaleView> listSales(Long accountId, Long unitId, Long productId, LocalDate from, LocalDate to,
            PageQuery page) {
        java.util.Collection<Long> visible = null;
        if (unitId != null) units.getUnit(unitId);
        if (accountId != null) accounts.requireVisible(accountId);
        if (unitId == null && accountId == null) visible = accounts.visibleAccountIds().orElse(null);
        if (from != null && to != null && from.isAfter(to)) throw Invalid.field("from", "must not be after 'to'");
        var filter = new SaleRepository.Filter(accountId, unitId, productId, from, to, visible);
        return new Paged<>(sales.page(filter, page), page.page(), page.size(), sales.total(filter));
    }

    private static SaleRepository.NewLine toNewLine(SaleResolver.SaleLine line) {
        return new SaleRepository.NewLine(line.unit().accountId(), line.unit().id(), line.product().id(), line.date(),
                line.amount(), line.cost());
    }

    private static List<Invalid.FieldProblem> cap(List<Invalid.FieldProblem> problems) {
        return problems.size() > MAX_ERRORS ? problems.subList(0, MAX_ERRORS) : problems;
    }

    /**
     * An import's sales lines, booked in JDBC batches of {@value #BATCH_SIZE} inside the caller's transaction and tagged
     * with the import's batch id. Units are checked through {@link UnitService} (the access rule) once each.
     */
    public final class ImportBatch {
        private final long batchId;
        private final Map<Long, UnitView> unitById = new HashMap<>();
        private final Map<Long, Boolean> productKnown = new HashMap<>();
        private final List<SaleRepository.NewLine> lines = new ArrayList<>(BATCH_SIZE);
        private final List<String> externalIds = new ArrayList<>(BATCH_SIZE);
        private final OffsetDateTime now = Audit.now();
        private final String by = Audit.actor();
        private long stored;
        private final java.util.Set<Long> written = new java.util.HashSet<>();

        private final app.prism.account.UnitService.ImportBatch unitSource;

        private ImportBatch(long batchId, app.prism.account.UnitService.ImportBatch unitSource) {
            this.batchId = batchId;
            this.unitSource = unitSource;
        }

        /** Queues a line; throws NotFound for a unit the user may not see. */
        public void add(ImportedSale sale) {
            UnitView unit = unitById.computeIfAbsent(sale.unitId(), unitSource::unit);
            if (!productKnown.computeIfAbsent(sale.productId(), id -> !products.findProducts(List.of(id)).isEmpty())) {
                throw new NotFound("Product", sale.productId());
            }
            lines.add(new SaleRepository.NewLine(unit.accountId(), unit.id(), sale.productId(), sale.date(),
                    sale.amount().setScale(2, RoundingMode.UNNECESSARY),
                    sale.cost() == null ? null : sale.cost().setScale(2, RoundingMode.UNNECESSARY)));
            externalIds.add(sale.externalId());
            written.add(unit.accountId());
            if (lines.size() == BATCH_SIZE) flush();
        }

        /** Stores what is queued; returns how many lines this batch stored in all. */
        public long finish() {
            flush();
            if (stored > 0) revision.bumpAccounts(written);
            return stored;
        }

        private void flush() {
            sales.insertImported(batchId, lines, externalIds, now, by);
            stored += lines.size();
            lines.clear();
            externalIds.clear();
        }
    }

    /**
     * Starts booking an import's lines under {@code batchId} (the import's id), taking units from the import's own unit
     * batch (read once per account there).
     */
    public ImportBatch startImportBatch(long batchId, app.prism.account.UnitService.ImportBatch unitSource) {
        return new ImportBatch(batchId, unitSource);
    }

    /** The stored lines of the account, oldest first, for matching by external id or natural key. */
    @Transactional(readOnly = true)
    public List<SaleKey> saleKeysOfAccount(long accountId) {
        accounts.requireVisible(accountId);
        return sales.keysOfAccount(accountId);
    }

    /** The line with this external id, when it exists and the user may see it. */
    public java.util.Optional<SaleKey> findSaleByExternalId(String externalId) {
        if (externalId == null) return java.util.Optional.empty();
        return sales.keyByExternalId(externalId).filter(k -> accessibleAccount(k.accountId()));
    }

    /** The visible lines with these external ids, by external id (one query for a chunk of an import's rows). */
    public Map<String, SaleKey> findSalesByExternalIds(java.util.Collection<String> externalIds) {
        Map<String, SaleKey> out = new HashMap<>();
        if (externalIds.isEmpty()) return out;
        Map<Long, Boolean> visible = new HashMap<>();
        for (SaleKey k : sales.keysByExternalIds(externalIds)) {
            if (visible.computeIfAbsent(k.accountId(), this::accessibleAccount)) out.put(k.externalId(), k);
        }
        return out;
    }

    public java.util.Optional<SaleKey> findSale(long id) {
        return sales.keyById(id).filter(k -> accessibleAccount(k.accountId()));
    }

    /** Changes a line's date, amount, cost or external id at its version; false when it changed meanwhile. */
    @Transactional
    public boolean updateSale(long id, long expectedVersion, LocalDate date, java.math.BigDecimal amount,
            java.math.BigDecimal cost, String externalId) {
        SaleKey key = findSale(id).orElseThrow(() -> new NotFound("Sale", id));
        boolean ok = sales.update(key.id(), expectedVersion, date, amount.setScale(2, RoundingMode.UNNECESSARY),
                cost == null ? null : cost.setScale(2, RoundingMode.UNNECESSARY), externalId);
        if (ok) revision.bumpAccount(key.accountId());
        return ok;
    }

    /** How many lines an import booked, and how many of them changed since. */
    public long[] batchCounts(long batchId) {
        return new long[] {sales.countOfBatch(batchId), sales.countChangedOfBatch(batchId)};
    }

    /** Removes the lines an import booked (its undo). */
    @Transactional
    public long deleteBatch(long batchId) {
        long n = sales.deleteBatch(batchId);
        if (n > 0) revision.bump(); // an import's undo, rare: every account's figures
        return n;
    }

    private boolean accessibleAccount(long accountId) {
        try {
            accounts.requireVisible(accountId);
            return true;
        } catch (NotFound e) {
            return false;
        }
    }
}
