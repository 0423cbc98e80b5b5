package app.prism.imports;

import app.prism.account.AccountPatch;
import app.prism.account.AccountView;
import app.prism.account.NewAccount;
import app.prism.account.NewUnit;
import app.prism.account.Scope;
import app.prism.account.UnitKind;
import app.prism.account.UnitPatch;
import app.prism.account.UnitView;
import app.prism.catalog.NewProduct;
import app.prism.catalog.ProductPatch;
import app.prism.catalog.ProductView;
import app.prism.contact.Attitude;
import app.prism.contact.BuyingRole;
import app.prism.contact.ContactPatch;
import app.prism.contact.ContactView;
import app.prism.contact.NewContact;
import app.prism.exposure.Channel;
import app.prism.exposure.TouchpointPatch;
import app.prism.exposure.TouchpointView;
import app.prism.imports.files.SourceRow;
import app.prism.imports.values.BooleanValue;
import app.prism.imports.values.BuyingRoleValue;
import app.prism.imports.values.ChannelValue;
import app.prism.imports.values.CountryValue;
import app.prism.imports.values.DateValue;
import app.prism.imports.values.EnumValue;
import app.prism.imports.values.NullValues;
import app.prism.imports.values.NumberValue;
import app.prism.imports.values.ProductStatusValue;
import app.prism.imports.values.StageValue;
import app.prism.imports.values.ValueException;
import app.prism.sales.ImportedSale;
import app.prism.sales.LossReason;
import app.prism.sales.NewOpportunity;
import app.prism.sales.OpportunityPatch;
import app.prism.sales.OpportunityView;
import app.prism.sales.SaleKey;
import app.prism.sales.SalesService;
import app.prism.sales.Stage;
import app.prism.web.Conflict;
import app.prism.web.Forbidden;
import app.prism.web.Invalid;
import app.prism.web.NotFound;
import app.prism.web.Patch;
import app.prism.web.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One run over an import's files, in the order of {@link RecordType}: each row is read (values as PRODUCT.md section 8
 * says), its references resolved against this import first and then against Prism, matched to the record it updates
 * (external id, else natural key with the place-among-repeats rule), and written through the owning capability's public
 * service. The same code does the dry run (inside a transaction the caller rolls back) and the commit, so the preview
 * is exactly what a commit does. A row that fails is undone to its savepoint and reported; the run goes on.
 */
final class ImportEngine {

    /** Savepoints of the surrounding transaction, so that one bad row leaves the others (PostgreSQL aborts otherwise). */
    interface Savepoints {
        Object create();

        void rollbackTo(Object savepoint);

        void release(Object savepoint);
    }

    /** What a commit changed, for undo. */
    interface Changes {
        void created(RecordType type, long id, long version);

        void updated(RecordType type, long id, long versionAfter, Map<String, Object> before);

        /** Stores what is still buffered. */
        default void flush() {}
    }

    /** A row left out, with its values, for the rejected-rows CSV. */
    record Rejected(String file, List<String> header, long row, List<String> values, String error) {}

    /** The user's choice for a likely duplicate. */
    enum Decision { MERGE, CREATE, SKIP }

    /** Where a CRM account (or a unit) landed in Prism. */
    record UnitRef(long unitId, long accountId) {}

    static final int MAX_REJECTED = 100_000;

    private final ImportServices s;
    private final Preset preset;
    private final ImportOptions options;
    private final Map<String, Decision> decisions;
    private final long batchId;
    private final Savepoints savepoints;
    private final Changes sink;
    /** The current row's changes: handed to {@link #sink} when the row succeeds, dropped when it fails. */
    private final List<Runnable> rowChanges = new ArrayList<>();
    private final Changes changes = new Changes() {
        public void created(RecordType type, long id, long version) {
            rowChanges.add(() -> sink.created(type, id, version));
        }

        public void updated(RecordType type, long id, long versionAfter, Map<String, Object> before) {
            rowChanges.add(() -> sink.updated(type, id, versionAfter, before));
        }
    };
    /** The current row's savepoint, made just before its first write (a row that writes nothing needs none). */
    private Object rowSavepoint;
    private boolean guardedRow;
    /** The current row wrote (see {@link #writingChecked}) before any savepoint: a failure cannot undo the row alone. */
    private boolean checkedWriteWithoutSavepoint;
    private boolean checkedWriteInProgress;
    private final Runnable progress;
    private final boolean manager;
    private final DateValue dates;
    private final NumberValue numbers;
    private final ImportResult result = new ImportResult();
    final List<Rejected> rejected = new ArrayList<>();

    // What this import made or matched, by the keys other rows refer to them with.
    private final Map<String, Long> productByRef = new HashMap<>();
    private final Map<String, UnitRef> accountByExt = new HashMap<>();
    private final Map<String, UnitRef> accountByName = new HashMap<>();
    /** This import's accounts by {@link Names#company} of their names (the first one of each), for duplicates. */
    private final Map<String, UnitRef> accountByCompany = new HashMap<>();
    private final Map<String, UnitRef> unitByExt = new HashMap<>();
    private final Map<String, Long> contactByExt = new HashMap<>();
    private final Map<String, List<Long>> contactByEmail = new HashMap<>();
    private final Map<String, List<Long>> contactByName = new HashMap<>();
    private final Map<Long, String> contactNameOf = new HashMap<>();
    private final Map<String, PendingOpportunity> opportunityByExt = new LinkedHashMap<>();
    private final Map<String, Integer> occurrences = new HashMap<>();
    private final Map<String, String> seenRecordAt = new HashMap<>();
    private final List<ReportsTo> reportingLines = new ArrayList<>();
    private final Map<String, Long> mergeTargets = new HashMap<>();
    /** The row that made each record this import created ("CONTACT:17" → its row), for duplicates within it. */
    private final Map<String, Row> madeBy = new HashMap<>();

    // What Prism held before, loaded once per run or per account.
    private Map<String, ProductView> prismProductByExt;
    private Map<String, ProductView> prismProductByCode;
    private Map<String, ProductView> prismProductByName;
    private final Map<Long, List<ContactView>> contactsOfAccount = new HashMap<>();
    private final Map<Long, Map<String, List<ContactView>>> contactsByName = new HashMap<>();
    private final Map<Long, List<OpportunityView>> opportunitiesOfAccount = new HashMap<>();
    private final Map<Long, Map<String, Deque<SaleKey>>> salesOfAccount = new HashMap<>();
    private final Map<Long, List<UnitView>> unitsOfAccount = new HashMap<>();
    private final Map<Long, String> accountDisplay = new HashMap<>();
    private SalesService.ImportBatch saleBatch;
    private app.prism.contact.ContactService.ImportBatch contactBatch;
    private app.prism.account.UnitService.ImportBatch unitBatch;
    private app.prism.sales.OpportunityService.ImportBatch opportunityBatch;
    /** The contacts this import read or wrote, as last written (their versions), by id. */
    private final Map<Long, ContactView> latestContact = new HashMap<>();
    /** The opportunities this import wrote, as last written, by external id. */
    private final Map<String, OpportunityView> latestOpportunity = new HashMap<>();
    // Looked up once per chunk of rows ({@link #CHUNK}) instead of a query a row: which keys were asked, what was found.
    private final Set<String> chunkContactExts = new HashSet<>();
    private final Map<String, ContactView> chunkContactByExt = new HashMap<>();
    private final Set<String> chunkEmails = new HashSet<>();
    private final Map<String, List<ContactView>> chunkContactsByEmail = new HashMap<>();
    private final Set<String> chunkOpportunityExts = new HashSet<>();
    private final Map<String, OpportunityView> chunkOpportunityByExt = new HashMap<>();
    private final Set<String> chunkSaleExts = new HashSet<>();
    private final Map<String, SaleKey> chunkSaleByExt = new HashMap<>();
    /** {@link Names#company} of each name key seen (it normalises Unicode and runs regular expressions). */
    private final Map<String, String> companyOf = new HashMap<>();
    /** Units of Prism by external id, for the account rows (one query for all of them). */
    private Map<String, List<UnitView>> prismUnitsByExt = Map.of();

    static final int CHUNK = 1000;
    private final Set<String> saleExtIds = new HashSet<>();
    private final ImportServices.Lookups lookups;

    ImportEngine(ImportServices services, Preset preset, ImportOptions options, Map<String, Decision> decisions,
            long batchId, Savepoints savepoints, Changes changes, Runnable progress) {
        this.s = services;
        this.lookups = new ImportServices.Lookups(services);
        this.preset = preset;
        this.options = options == null ? ImportOptions.NONE : options;
        this.decisions = decisions == null ? Map.of() : decisions;
        this.batchId = batchId;
        this.savepoints = savepoints;
        this.sink = changes;
        this.progress = progress;
        this.manager = services.currentUser().viewer().isManagerOrAdmin();
        String pattern = this.options.dateFormat();
        if (pattern == null && preset == Preset.DYNAMICS365) pattern = "M/d/yyyy";
        this.dates = DateValue.of(pattern);
        this.numbers = ",".equals(this.options.decimalSeparator()) ? NumberValue.COMMA : NumberValue.POINT;
    }

    private final Map<String, Long> rowsPerFile = new HashMap<>();

    long rowsOf(String fileName) {
        return rowsPerFile.getOrDefault(fileName, 0L);
    }

    ImportResult result() {
        return result;
    }

    /** Reads and applies the files in dependency order. */
    ImportResult run(List<SourceFile> files) {
        List<SourceFile> ordered = new ArrayList<>(files);
        ordered.sort((a, b) -> a.type().compareTo(b.type()));
        if (options.accountId() != null) s.accounts().requireVisible(options.accountId());
        for (RecordType type : RecordType.values()) {
            List<SourceFile> ofType = ordered.stream().filter(f -> f.type() == type).toList();
            if (ofType.isEmpty() && type != RecordType.OPPORTUNITY_LINE) continue;
            switch (type) {
                case PRODUCT -> eachRow(ofType, this::product);
                case ACCOUNT -> accounts(ofType);
                case UNIT -> eachRow(ofType, this::unit);
                case CONTACT -> {
                    eachRow(ofType, this::contact);
                    reportingLines();
                }
                case OPPORTUNITY -> eachRow(ofType, this::opportunity);
                case OPPORTUNITY_LINE -> {
                    eachRow(ofType, this::opportunityLine);
                    opportunitiesWithoutLines();
                }
                case SALE -> eachRow(ofType, this::sale, false);
                case CELL -> eachRow(ofType, this::cell);
                case TOUCHPOINT -> eachRow(ofType, this::touchpoint);
            }
        }
        flushBetweenRows();
        if (saleBatch != null) saleBatch.finish();
        if (contactBatch != null) contactBatch.finish();
        if (opportunityBatch != null) opportunityBatch.finish();
        keepRowChanges();
        sink.flush();
        return result;
    }

    // ---------------------------------------------------------------------------------------------------- reading

    /** One source row with its file's mapping; values are read through it and problems collected per column. */
    final class Row {
        final SourceFile file;
        final SourceRow source;
        final Map<String, Integer> index;
        final List<String[]> problems = new ArrayList<>();

        Row(SourceFile file, SourceRow source, Map<String, Integer> index) {
            this.file = file;
            this.source = source;
            this.index = index;
        }

        boolean has(String field) {
            return index.containsKey(field);
        }

        String raw(String field) {
            Integer i = index.get(field);
            if (i == null || i >= source.values().size()) return null;
            return source.values().get(i);
        }

        String column(String field) {
            Integer i = index.get(field);
            return i == null ? field : file.table().header().get(i);
        }

        void problem(String field, String message) {
            problems.add(new String[] {field == null ? null : column(field), message});
        }

        <T> T read(String field, java.util.function.Function<String, T> parser) {
            try {
                return parser.apply(raw(field));
            } catch (ValueException e) {
                String m = e.getMessage();
                problem(field, m != null && m.startsWith("'") ? m : "'" + abbreviate(raw(field)) + "' " + m);
                return null;
            }
        }

        String text(String field, int max) {
            return read(field, v -> NullValues.text(v, max));
        }

        String required(String field, int max) {
            String v = text(field, max);
            if (v == null && problems.isEmpty()) problem(field, "is required");
            return v;
        }

        LocalDate date(String field) {
            return read(field, dates::parse);
        }

        BigDecimal money(String field) {
            return read(field, numbers::money);
        }

        String country(String field) {
            return read(field, CountryValue::code);
        }

        boolean ok() {
            return problems.isEmpty();
        }

        String key() {
            return file.name() + "#" + source.line();
        }

        long line() {
            return source.line();
        }
    }

    private interface RowHandler {
        void handle(Row row);
    }

    private void eachRow(List<SourceFile> files, RowHandler handler) {
        eachRow(files, handler, true);
    }

    /**
     * {@code savepoints} false for rows that write nothing themselves (sales lines are queued and stored in batches):
     * two round trips a row saved on a million-line file.
     */
    private void eachRow(List<SourceFile> files, RowHandler handler, boolean savepoints) {
        for (SourceFile file : files) {
            Map<String, Integer> index = file.fieldIndex();
            Iterator<SourceRow> rows = file.table().rows();
            List<Row> chunk = new ArrayList<>(CHUNK);
            while (rows.hasNext()) {
                chunk.clear();
                while (rows.hasNext() && chunk.size() < CHUNK) chunk.add(new Row(file, rows.next(), index));
                prefetch(file.type(), chunk);
                for (Row row : chunk) {
                    SourceRow source = row.source;
                    result.rowsRead++;
                    rowsPerFile.merge(file.name(), 1L, Long::sum);
                    if (result.rowsRead % 1000 == 0) progress.run();
                    if (source.fieldCount() > file.table().header().size()) {
                        row.problem(null, "has " + source.fieldCount() + " fields where the header names "
                                + file.table().header().size());
                        fail(row);
                        continue;
                    }
                    if (savepoints) guarded(row, () -> handler.handle(row));
                    else unguarded(row, () -> handler.handle(row));
                }
                flushBetweenRows();
            }
        }
    }

    /**
     * Looks up, for a chunk of rows, what each row would otherwise look up alone: the stored contacts with their
     * external ids and emails, the opportunities and sales lines with their external ids. Records this import wrote are
     * kept apart ({@link #latestContact}, {@link #latestOpportunity}), so a key looked up here is only what Prism held.
     */
    private void prefetch(RecordType type, List<Row> chunk) {
        switch (type) {
            case CONTACT -> {
                chunkContactExts.clear();
                chunkContactByExt.clear();
                chunkEmails.clear();
                chunkContactsByEmail.clear();
                Set<String> exts = texts(chunk, "externalId", 100);
                exts.removeAll(contactByExt.keySet());
                chunkContactByExt.putAll(contactBatch().findByExternalIds(exts));
                chunkContactExts.addAll(exts);
                Set<String> emails = new HashSet<>();
                for (String e : texts(chunk, "email", 320)) emails.add(e.toLowerCase(Locale.ROOT));
                chunkContactsByEmail.putAll(contactBatch().findByEmails(emails));
                chunkEmails.addAll(emails);
            }
            case OPPORTUNITY, OPPORTUNITY_LINE -> {
                chunkOpportunityExts.clear();
                chunkOpportunityByExt.clear();
                Set<String> exts = texts(chunk, "externalId", 100);
                exts.removeAll(latestOpportunity.keySet());
                chunkOpportunityByExt.putAll(opportunityBatch().findByExternalIds(exts));
                chunkOpportunityExts.addAll(exts);
                prefetchSales(options.bookWonAsSales(preset) ? texts(chunk, "externalId", 100) : new HashSet<>());
            }
            case SALE -> prefetchSales(texts(chunk, "externalId", 100));
            default -> { }
        }
    }

    private void prefetchSales(Set<String> exts) {
        chunkSaleExts.clear();
        chunkSaleByExt.clear();
        exts.removeAll(saleExtIds);
        chunkSaleByExt.putAll(s.sales().findSalesByExternalIds(exts));
        chunkSaleExts.addAll(exts);
    }

    /** The values of a field in a chunk of rows, as {@link Row#text} reads them (values it refuses left out). */
    private static Set<String> texts(List<Row> chunk, String field, int max) {
        Set<String> out = new HashSet<>();
        for (Row r : chunk) {
            if (!r.has(field)) continue;
            try {
                String v = NullValues.text(r.raw(field), max);
                if (v != null) out.add(v);
            } catch (ValueException e) {
                // the row reports it when it is read
            }
        }
        return out;
    }

    private app.prism.account.UnitService.ImportBatch unitBatch() {
        if (unitBatch == null) unitBatch = s.units().startImportBatch();
        return unitBatch;
    }

    private app.prism.contact.ContactService.ImportBatch contactBatch() {
        if (contactBatch == null) contactBatch = s.contacts().startImportBatch(unitBatch());
        return contactBatch;
    }

    private app.prism.sales.OpportunityService.ImportBatch opportunityBatch() {
        if (opportunityBatch == null) opportunityBatch = s.opportunities().startImportBatch(unitBatch());
        return opportunityBatch;
    }

    /** A contact by id: as this import last wrote or read it, else from Prism. */
    private ContactView contactView(long id) {
        ContactView c = latestContact.get(id);
        return c != null ? c : s.contacts().getContact(id);
    }

    /** The stored contact with this external id: from the chunk's look-up when it asked for it. */
    private ContactView contactByExternalId(String ext) {
        ContactView c = chunkContactExts.contains(ext) ? chunkContactByExt.get(ext)
                : s.contacts().findByExternalId(ext).orElse(null);
        if (c != null && latestContact.containsKey(c.id())) c = latestContact.get(c.id());
        return c;
    }

    private List<ContactView> contactsWithEmail(String email) {
        String k = email.strip().toLowerCase(Locale.ROOT);
        if (chunkEmails.contains(k)) return chunkContactsByEmail.getOrDefault(k, List.of());
        return lookups.contactsWithEmail(email);
    }

    private String company(String name) {
        return companyOf.computeIfAbsent(name, Names::company);
    }

    /** Like {@link #guarded} for a row that writes nothing: its problems become its error, nothing to undo. */
    private void unguarded(Row row, Runnable work) {
        try {
            work.run();
        } catch (Invalid e) {
            for (Invalid.FieldProblem p : e.errors()) row.problem(fieldOf(row, p.field()), p.message());
        } catch (NotFound | Conflict | Forbidden e) {
            row.problem(null, e.getMessage());
        }
        if (!row.ok()) {
            rowChanges.clear();
            fail(row);
        } else {
            keepRowChanges();
        }
    }

    /**
     * Called before a write checked in memory beforehand (the record's rules, its references, its external id), which
     * fails in the database only when another transaction changed the same records meanwhile: it takes no savepoint
     * (two round trips a row). Nothing after it in the row may fail; if the database refuses it anyway, the whole
     * import stops (see {@link #guarded}) and leaves nothing.
     */
    private void writingChecked() {
        checkedWriteInProgress = guardedRow && rowSavepoint == null;
    }

    /** After the write {@link #writingChecked} announced: the row can no longer be undone alone. */
    private void checkedWritten() {
        if (checkedWriteInProgress) checkedWriteWithoutSavepoint = true;
        checkedWriteInProgress = false;
    }

    /** Called before a row's first write: from here on a failure has something to undo. */
    private void writing() {
        if (guardedRow && rowSavepoint == null) {
            // What earlier rows queued goes in first: the savepoint must cover this row's writes only.
            try {
                flushQueued();
            } catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
                checkedWriteWithoutSavepoint = true; // an earlier row's checked write: the import stops
                throw e;
            }
            rowSavepoint = savepoints.create();
        }
    }

    /**
     * Inserts the contacts and opportunities the batches queued (rows written without a savepoint, checked first).
     * Called at the end of every chunk, before a row takes a savepoint and at the end; the batches flush themselves
     * before they read the database.
     */
    private void flushQueued() {
        if (contactBatch != null) contactBatch.flush();
        if (opportunityBatch != null) opportunityBatch.flush();
    }

    /** {@link #flushQueued} between rows: a refusal can only come from a concurrent change, and stops the import. */
    private void flushBetweenRows() {
        try {
            flushQueued();
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
            throw new Conflict("Records this import writes changed while it ran; nothing was imported. Import again.");
        }
    }

    private void keepRowChanges() {
        for (Runnable c : rowChanges) c.run();
        rowChanges.clear();
    }

    /** Remembers a record as this import wrote it, once the row is kept (a row undone leaves Prism's version). */
    private void remember(Runnable memo) {
        rowChanges.add(memo);
    }

    /**
     * Runs a row under a savepoint taken before its first write (rows that only read and check take none): a failure
     * undoes that row only and becomes its error.
     */
    private void guarded(Row row, Runnable work) {
        rowSavepoint = null;
        guardedRow = true;
        checkedWriteWithoutSavepoint = false;
        checkedWriteInProgress = false;
        try {
            work.run();
            if (!row.ok()) {
                undoRow();
                fail(row);
            } else {
                if (rowSavepoint != null) savepoints.release(rowSavepoint);
                rowSavepoint = null;
                keepRowChanges();
            }
        } catch (Invalid e) {
            undoRow();
            for (Invalid.FieldProblem p : e.errors()) row.problem(fieldOf(row, p.field()), p.message());
            fail(row);
        } catch (NotFound e) {
            undoRow();
            row.problem(null, e.getMessage());
            fail(row);
        } catch (Conflict | Forbidden | OptimisticLockingFailureException e) {
            undoRow();
            row.problem(null, e instanceof OptimisticLockingFailureException
                    ? "the record changed while the import ran; import again" : e.getMessage());
            fail(row);
        } catch (DataIntegrityViolationException e) {
            if (checkedWriteInProgress) checkedWriteWithoutSavepoint = true;
            undoRow();
            row.problem(null, "conflicts with a stored record (" + rootMessage(e) + ")");
            fail(row);
        } finally {
            guardedRow = false;
        }
    }

    private void undoRow() {
        if (checkedWriteWithoutSavepoint) {
            // Only a concurrent change gets here (the write was checked first): the transaction is rolled back whole.
            throw new Conflict("Records this import writes changed while it ran; nothing was imported. Import again.");
        }
        rowChanges.clear();
        if (rowSavepoint != null) {
            savepoints.rollbackTo(rowSavepoint);
            unitsOfAccount.clear(); // what the row wrote is gone: load the units again when asked
            unitIndexes.clear();
            if (unitBatch != null) unitBatch.forget();
        }
        rowSavepoint = null;
    }

    private static String fieldOf(Row row, String serviceField) {
        if (serviceField == null) return null;
        String f = serviceField.replaceFirst("Ids?$", "").replaceFirst("^.*\\.", "");
        return row.has(f) ? f : row.has(serviceField) ? serviceField : null;
    }

    private void fail(Row row) {
        RecordType type = row.file.type();
        result.counts(type).errors++;
        result.errorCount++;
        StringBuilder all = new StringBuilder();
        for (String[] p : row.problems) {
            if (result.errors.size() < ImportResult.MAX_LISTED) {
                result.errors.add(new ImportResult.RowError(row.file.name(), row.line(), p[0], p[1]));
            }
            if (!all.isEmpty()) all.append("; ");
            all.append(p[0] == null ? "" : p[0] + ": ").append(p[1]);
        }
        if (rejected.size() < MAX_REJECTED) {
            rejected.add(new Rejected(row.file.name(), row.file.table().header(), row.line(),
                    row.source.values(), all.toString()));
        }
    }

    // ---------------------------------------------------------------------------------------------------- products

    private void product(Row row) {
        String ext = row.text("externalId", 100);
        String code = row.text("code", 40);
        String name = row.text("name", 200);
        String family = row.text("family", 100);
        Boolean active = row.has("active") ? row.read("active", v -> ProductStatusValue.active(v)) : null;
        BigDecimal value = row.money("typicalAnnualValue");
        if (code == null && ext != null && row.ok()) code = ext; // a source without codes: its id is the code
        if (name == null && row.ok()) name = code;
        if (code == null && row.ok()) row.problem("code", "is required");
        if (value != null && value.signum() < 0) row.problem("typicalAnnualValue", "must not be negative");
        if (!row.ok()) return;
        if (!manager) {
            row.problem(null, "only managers and administrators import products");
            return;
        }
        loadProducts();
        ProductView existing = ext != null ? prismProductByExt.get(ext) : null;
        if (existing == null) {
            ProductView byCode = prismProductByCode.get(Texts.key(code));
            if (byCode != null && (ext == null || byCode.externalId() == null || byCode.externalId().equals(ext))) {
                existing = byCode;
            } else if (byCode != null) {
                row.problem("code", "product code '" + code + "' already belongs to the product with external id '"
                        + byCode.externalId() + "'");
                return;
            }
        }
        ProductView stored;
        if (existing == null) {
            writing();
            stored = s.products().createProduct(new NewProduct(code, name, family, active, value, ext));
            changes.created(RecordType.PRODUCT, stored.id(), stored.version());
            result.counts(RecordType.PRODUCT).created++;
        } else {
            Map<String, Object> before = new LinkedHashMap<>();
            Set<String> present = new HashSet<>();
            ProductView e = existing;
            diff(before, present, "code", e.code(), code, true);
            diff(before, present, "name", e.name(), name, row.has("name"));
            diff(before, present, "family", e.family(), family, row.has("family"));
            if (active != null) diff(before, present, "active", e.active(), active, true);
            diff(before, present, "typicalAnnualValue", e.typicalAnnualValue(), value, row.has("typicalAnnualValue"));
            diff(before, present, "externalId", e.externalId(), ext == null ? e.externalId() : ext, ext != null);
            if (present.isEmpty()) {
                stored = e;
                result.counts(RecordType.PRODUCT).unchanged++;
            } else {
                writing();
                stored = s.products().updateProduct(e.id(), Patch.of(new ProductPatch(code, name, family, active,
                        value, null, ext == null ? e.externalId() : ext), present), e.version());
                changes.updated(RecordType.PRODUCT, stored.id(), stored.version(), before);
                result.counts(RecordType.PRODUCT).updated++;
            }
        }
        rememberProduct(stored, ext, code, name);
        result.stored(RecordType.PRODUCT, shown("id", stored.id(), "code", stored.code(), "name", stored.name(),
                "family", stored.family(), "active", stored.active(), "typicalAnnualValue",
                stored.typicalAnnualValue(), "externalId", stored.externalId()));
    }

    private void rememberProduct(ProductView p, String ext, String code, String name) {
        if (ext != null) productByRef.put("ext:" + ext, p.id());
        productByRef.put("code:" + Texts.key(code), p.id());
        if (name != null) productByRef.putIfAbsent("name:" + Texts.key(name), p.id());
        prismProductByCode.put(Texts.key(p.code()), p);
        if (p.externalId() != null) prismProductByExt.put(p.externalId(), p);
    }

    private void loadProducts() {
        if (prismProductByCode != null) return;
        prismProductByExt = new HashMap<>();
        prismProductByCode = new HashMap<>();
        prismProductByName = new HashMap<>();
        for (ProductView p : s.products().allProducts()) {
            if (p.externalId() != null) prismProductByExt.put(p.externalId(), p);
            prismProductByCode.put(Texts.key(p.code()), p);
            prismProductByName.putIfAbsent(Texts.key(p.name()), p);
        }
    }

    /** A product by external id, code, then name: this import's first, then Prism's. */
    private Long productRef(Row row, String field, String ref) {
        if (ref == null) return null;
        loadProducts();
        String k = Texts.key(ref);
        Long id = productByRef.get("ext:" + ref);
        if (id == null) id = productByRef.get("code:" + k);
        if (id == null && prismProductByExt.containsKey(ref)) id = prismProductByExt.get(ref).id();
        if (id == null && prismProductByCode.containsKey(k)) id = prismProductByCode.get(k).id();
        if (id == null) id = productByRef.get("name:" + k);
        if (id == null && prismProductByName.containsKey(k)) id = prismProductByName.get(k).id();
        if (id == null) row.problem(field, "unknown product '" + abbreviate(ref) + "'");
        return id;
    }

    // ---------------------------------------------------------------------------------------------------- accounts

    /** A CRM account row, read whole first: parents may come after their children in the file. */
    private final class AccountRow {
        final Row row;
        final String ext;
        final String name;
        final String parent;
        final String industry;
        final String country;
        final String city;
        final Scope scope;

        AccountRow(Row row) {
            this.row = row;
            this.ext = row.text("externalId", 100);
            this.name = row.required("name", 200);
            this.parent = row.text("parent", 100);
            this.industry = row.text("industry", 100);
            this.country = row.country("country");
            this.city = row.text("city", 100);
            this.scope = row.has("scope") ? row.read("scope", v -> EnumValue.parse(Scope.class, v)) : null;
        }
    }

    private void accounts(List<SourceFile> files) {
        List<AccountRow> rows = new ArrayList<>();
        for (SourceFile file : files) {
            Map<String, Integer> index = file.fieldIndex();
            Iterator<SourceRow> it = file.table().rows();
            while (it.hasNext()) {
                SourceRow source = it.next();
                result.rowsRead++;
                rowsPerFile.merge(file.name(), 1L, Long::sum);
                rows.add(new AccountRow(new Row(file, source, index)));
            }
        }
        Map<String, AccountRow> byExt = new HashMap<>();
        Set<String> unitExts = new HashSet<>();
        for (AccountRow a : rows) {
            if (a.ext != null) byExt.putIfAbsent(a.ext, a);
            if (a.ext != null) unitExts.add(a.ext);
            if (a.parent != null) unitExts.add(a.parent);
        }
        // What Prism held before the import: a unit this import makes carries an id of its rows (in accountByExt).
        prismUnitsByExt = s.units().findByExternalIdsInAnyAccount(unitExts);
        // Parents before children; a parent that is in no row must already be in Prism.
        Map<AccountRow, Integer> depth = new HashMap<>();
        List<AccountRow> order = new ArrayList<>();
        for (AccountRow a : rows) {
            int d = 0;
            Set<String> seen = new HashSet<>();
            AccountRow at = a;
            while (at != null && at.parent != null && byExt.containsKey(at.parent) && seen.add(at.parent)) {
                at = byExt.get(at.parent);
                d++;
                if (at == a) break;
            }
            if (at == a && a.parent != null) {
                a.row.problem("parent", "the accounts' parents form a cycle");
            }
            depth.put(a, d);
            order.add(a);
        }
        order.sort((x, y) -> Integer.compare(depth.get(x), depth.get(y)));
        for (AccountRow a : order) {
            guarded(a.row, () -> account(a));
            if (result.rowsRead % 1000 == 0) progress.run();
        }
    }

    private void account(AccountRow a) {
        Row row = a.row;
        if (!row.ok()) return;
        if (a.ext != null && accountByExt.containsKey(a.ext)) {
            result.counts(RecordType.ACCOUNT).unchanged++; // the same CRM account again (a repeated row)
            return;
        }
        UnitRef parent = null;
        if (a.parent != null) {
            parent = accountByExt.get(a.parent);
            if (parent == null) {
                List<UnitView> stored = prismUnitsByExt.getOrDefault(a.parent, List.of());
                if (!stored.isEmpty()) parent = new UnitRef(stored.get(0).id(), stored.get(0).accountId());
            }
            if (parent == null) {
                row.problem("parent", "unknown parent account '" + abbreviate(a.parent) + "'");
                return;
            }
        }
        UnitRef ref;
        if (parent == null && options.accountId() == null) {
            ref = rootAccount(a);
        } else {
            long accountId = parent != null ? parent.accountId() : options.accountId();
            Long parentUnit = parent != null ? Long.valueOf(parent.unitId()) : singleRoot(accountId, a.name);
            ref = childAccount(a, accountId, parentUnit);
        }
        if (ref == null) return;
        if (a.ext != null) accountByExt.put(a.ext, ref);
        accountByName.putIfAbsent(Texts.key(a.name), ref);
        accountByCompany.putIfAbsent(company(a.name), ref);
    }

    /** A CRM account without a parent: a Prism account and its root unit, both carrying the CRM's id. */
    private UnitRef rootAccount(AccountRow a) {
        Row row = a.row;
        if (!manager) {
            row.problem(null, "only managers and administrators import accounts; choose one of your accounts to "
                    + "import these as its units");
            return null;
        }
        AccountView existing = a.ext == null ? null : s.accounts().findByExternalId(a.ext).orElse(null);
        if (existing == null) {
            Optional<Long> byName = s.accounts().findVisibleAccountIdByName(a.name);
            if (byName.isPresent()) {
                AccountView named = s.accounts().getAccount(byName.get());
                if (a.ext == null || named.externalId() == null) {
                    existing = named;
                } else {
                    row.problem("name", "an account named '" + a.name + "' already exists with external id '"
                            + named.externalId() + "'");
                    return null;
                }
            }
        }
        if (existing == null) {
            Decision decision = likelyDuplicateAccount(a);
            if (decision == Decision.SKIP) {
                result.skip(RecordType.ACCOUNT, row.file.name(), row.line(), "skipped as a duplicate");
                return null;
            }
            if (decision == Decision.MERGE) existing = mergeTarget(row).map(id -> s.accounts().getAccount(id))
                    .orElse(null);
        }
        AccountView stored;
        RecordType t = RecordType.ACCOUNT;
        if (existing == null) {
            writing();
            stored = s.accounts().createAccount(new NewAccount(a.name, a.industry, a.country, a.scope, null, a.ext));
            madeBy.put(RecordType.ACCOUNT + ":" + stored.id(), row);
            changes.created(t, stored.id(), stored.version());
            result.counts(t).created++;
        } else {
            AccountView e = existing;
            Map<String, Object> before = new LinkedHashMap<>();
            Set<String> present = new HashSet<>();
            diff(before, present, "name", e.name(), a.name, true);
            diff(before, present, "industry", e.industry(), a.industry, a.row.has("industry"));
            diff(before, present, "country", e.country(), a.country, a.row.has("country"));
            if (a.scope != null) diff(before, present, "scope", e.scope(), a.scope, true);
            if (a.ext != null) diff(before, present, "externalId", e.externalId(), a.ext, true);
            if (present.isEmpty()) {
                stored = e;
            } else {
                writing();
                stored = s.accounts().updateAccount(e.id(), Patch.of(new AccountPatch(a.name, a.industry, a.country,
                        a.scope, null, a.ext, null), present), e.version());
                changes.updated(t, stored.id(), stored.version(), before);
            }
            UnitRef root = rootUnit(stored, a, !present.isEmpty());
            accountDisplay.put(stored.id(), stored.name());
            result.stored(t, shownAccount(stored, a.city));
            return root;
        }
        accountDisplay.put(stored.id(), stored.name());
        writing();
        UnitView unit = unitBatch().create(stored.id(), new NewUnit(a.name, UnitKind.COMPANY, null, a.country,
                a.city, a.ext));
        changes.created(RecordType.UNIT, unit.id(), unit.version());
        unitWritten(unit);
        result.stored(t, shownAccount(stored, a.city));
        return new UnitRef(unit.id(), stored.id());
    }

    /** The root unit of a matched account (same external id, else the root of the same name): created or updated. */
    private UnitRef rootUnit(AccountView account, AccountRow a, boolean accountChanged) {
        List<UnitView> units = units(account.id());
        UnitView root = null;
        if (a.ext != null) root = units.stream().filter(u -> a.ext.equals(u.externalId())).findFirst().orElse(null);
        if (root == null) {
            root = units.stream().filter(u -> u.parentId() == null && Texts.key(u.name()).equals(Texts.key(a.name)))
                    .findFirst().orElse(null);
        }
        if (root == null) {
            List<UnitView> roots = units.stream().filter(u -> u.parentId() == null).toList();
            if (roots.size() == 1 && a.ext == null) root = roots.get(0);
        }
        boolean changed = accountChanged;
        if (root == null) {
            writing();
            root = unitBatch().create(account.id(), new NewUnit(a.name, UnitKind.COMPANY, null, a.country, a.city,
                    a.ext));
            changes.created(RecordType.UNIT, root.id(), root.version());
            unitWritten(root);
            changed = true;
        } else {
            UnitView updated = updateUnit(root, a.row, a.name, a.country, a.city, a.ext, root.parentId(), false);
            changed |= updated != root;
            root = updated;
        }
        result.counts(RecordType.ACCOUNT).add(changed);
        return new UnitRef(root.id(), account.id());
    }

    /** A CRM account with a parent (or any account row imported into one chosen account): a unit. */
    private UnitRef childAccount(AccountRow a, long accountId, Long parentUnitId) {
        Row row = a.row;
        UnitView existing = null;
        if (a.ext != null) {
            existing = units(accountId).stream().filter(u -> a.ext.equals(u.externalId())).findFirst().orElse(null);
            if (existing == null) {
                List<UnitView> elsewhere = prismUnitsByExt.getOrDefault(a.ext, List.of());
                if (!elsewhere.isEmpty()) {
                    row.problem("parent", "the account's unit is in another Prism account ('"
                            + accountName(elsewhere.get(0).accountId()) + "'); moving units between accounts is done "
                            + "by hand");
                    return null;
                }
            }
        } else {
            existing = nthByKey("UNIT", accountId + "|" + Texts.key(a.name), units(accountId).stream()
                    .filter(u -> Texts.key(u.name()).equals(Texts.key(a.name))
                            && Objects.equals(u.parentId(), parentUnitId)).toList());
        }
        UnitView stored;
        if (existing == null) {
            writing();
            stored = unitBatch().create(accountId, new NewUnit(a.name, UnitKind.SUBSIDIARY, parentUnitId, a.country,
                    a.city, a.ext));
            changes.created(RecordType.UNIT, stored.id(), stored.version());
            unitWritten(stored);
            result.counts(RecordType.ACCOUNT).created++;
        } else {
            stored = updateUnit(existing, row, a.name, a.country, a.city, a.ext, parentUnitId, true);
            result.counts(RecordType.ACCOUNT).add(stored != existing);
        }
        result.stored(RecordType.ACCOUNT, shown("unitId", stored.id(), "accountId", accountId, "name", stored.name(),
                "parentUnitId", stored.parentId(), "country", stored.country(), "city", stored.city(), "externalId",
                stored.externalId()));
        return new UnitRef(stored.id(), accountId);
    }

    private Long singleRoot(long accountId, String name) {
        List<UnitView> roots = units(accountId).stream().filter(u -> u.parentId() == null).toList();
        if (roots.size() != 1) return null;
        if (Texts.key(roots.get(0).name()).equals(Texts.key(name))) return null; // the root itself
        return roots.get(0).id();
    }

    /** Updates the unit where the row differs; returns the same object when nothing changed. */
    private UnitView updateUnit(UnitView e, Row row, String name, String country, String city, String ext,
            Long parentId, boolean moves) {
        Map<String, Object> before = new LinkedHashMap<>();
        Set<String> present = new HashSet<>();
        diff(before, present, "name", e.name(), name, name != null);
        diff(before, present, "country", e.country(), country, row.has("country"));
        diff(before, present, "city", e.city(), city, row.has("city"));
        if (ext != null) diff(before, present, "externalId", e.externalId(), ext, true);
        if (moves) diff(before, present, "parentId", e.parentId(), parentId, true);
        if (present.isEmpty()) return e;
        writing();
        if (unitBatch != null) unitBatch.forget(e.accountId());
        UnitView stored = s.units().updateUnit(e.id(), Patch.of(new UnitPatch(name, null, parentId, country, city, ext,
                null), present), e.version());
        changes.updated(RecordType.UNIT, stored.id(), stored.version(), before);
        unitWritten(stored);
        return stored;
    }

    private Decision likelyDuplicateAccount(AccountRow a) {
        String norm = company(a.name);
        if (norm.isEmpty()) return Decision.CREATE;
        UnitRef seen = accountByCompany.get(norm);
        if (seen != null) {
            return flag(a.row, RecordType.ACCOUNT, seen.accountId(), "an account of this import has nearly the same "
                    + "name", Map.of("name", a.name), Map.of("name", accountName(seen.accountId())));
        }
        for (AccountView other : lookups.allAccountsNamedLike(norm)) {
            return flag(a.row, RecordType.ACCOUNT, other.id(), "account '" + other.name()
                    + "' has nearly the same name", Map.of("name", a.name), Map.of("name", other.name()));
        }
        return Decision.CREATE;
    }

    // ---------------------------------------------------------------------------------------------------- units

    private void unit(Row row) {
        String ext = row.text("externalId", 100);
        String name = row.required("name", 200);
        UnitKind kind = row.has("kind") ? row.read("kind", v -> EnumValue.parse(UnitKind.class, v)) : null;
        String country = row.country("country");
        String city = row.text("city", 100);
        String parentRef = row.text("parent", 200);
        Long accountId = accountOfRow(row, true);
        if (!row.ok() || accountId == null) return;
        Long parentId = null;
        if (parentRef != null) {
            parentId = unitRefIn(row, "parent", parentRef, accountId);
            if (parentId == null) return;
        }
        UnitView existing = null;
        if (ext != null) {
            UnitRef known = unitByExt.get(ext);
            existing = units(accountId).stream().filter(u -> ext.equals(u.externalId())).findFirst().orElse(null);
            if (known != null && existing == null) existing = s.units().getUnit(known.unitId());
        } else {
            Long p = parentId;
            existing = nthByKey("UNIT", accountId + "|" + Texts.key(name), units(accountId).stream()
                    .filter(u -> Texts.key(u.name()).equals(Texts.key(name))
                            && (p == null || Objects.equals(u.parentId(), p))).toList());
        }
        UnitView stored;
        if (existing == null) {
            writing();
            stored = unitBatch().create(accountId, new NewUnit(name, kind == null ? UnitKind.OTHER : kind, parentId,
                    country, city, ext));
            changes.created(RecordType.UNIT, stored.id(), stored.version());
            unitWritten(stored);
            result.counts(RecordType.UNIT).created++;
        } else {
            Map<String, Object> before = new LinkedHashMap<>();
            Set<String> present = new HashSet<>();
            diff(before, present, "name", existing.name(), name, true);
            if (kind != null) diff(before, present, "kind", existing.kind(), kind, true);
            diff(before, present, "country", existing.country(), country, row.has("country"));
            diff(before, present, "city", existing.city(), city, row.has("city"));
            if (row.has("parent")) diff(before, present, "parentId", existing.parentId(), parentId, true);
            if (present.isEmpty()) {
                stored = existing;
                result.counts(RecordType.UNIT).unchanged++;
            } else {
                writing();
                if (unitBatch != null) unitBatch.forget(existing.accountId());
                stored = s.units().updateUnit(existing.id(), Patch.of(new UnitPatch(name, kind, parentId, country,
                        city, ext, null), present), existing.version());
                changes.updated(RecordType.UNIT, stored.id(), stored.version(), before);
                unitWritten(stored);
                result.counts(RecordType.UNIT).updated++;
            }
        }
        if (ext != null) unitByExt.put(ext, new UnitRef(stored.id(), accountId));
        result.stored(RecordType.UNIT, shown("id", stored.id(), "accountId", accountId, "name", stored.name(), "kind",
                stored.kind(), "parentId", stored.parentId(), "country", stored.country(), "city", stored.city(),
                "externalId", stored.externalId()));
    }

    /** The Prism account a row names (its {@code account} field), or the import's chosen account. */
    private Long accountOfRow(Row row, boolean required) {
        String ref = row.text("account", 200);
        if (ref == null) {
            if (options.accountId() != null) return options.accountId();
            if (required && row.ok()) row.problem("account", "is required");
            return null;
        }
        UnitRef r = accountRef(row, "account", ref);
        return r == null ? null : r.accountId();
    }

    /** Account references already resolved in this run (a sales file names the same few accounts a million times). */
    private final Map<String, UnitRef> resolvedAccounts = new HashMap<>();

    /** A CRM account by external id, then by name: this import's first, then Prism's; its unit. */
    private UnitRef accountRef(Row row, String field, String ref) {
        UnitRef known = resolvedAccounts.get(ref);
        if (known != null) return known;
        UnitRef r = resolveAccountRef(row, field, ref);
        // Only what Prism held before is remembered; this import's own accounts are in accountByExt/accountByName.
        if (r != null) resolvedAccounts.put(ref, r);
        return r;
    }

    private UnitRef resolveAccountRef(Row row, String field, String ref) {
        String first = firstOf(ref);
        UnitRef r = accountByExt.get(first);
        if (r == null) r = prismUnitByExt(first, options.accountId());
        if (r == null) {
            Optional<AccountView> byExt = s.accounts().findByExternalId(first);
            if (byExt.isPresent()) r = rootOf(byExt.get().id(), first);
        }
        if (r == null) r = accountByName.get(Texts.key(ref));
        if (r == null) {
            Optional<Long> byName = s.accounts().findVisibleAccountIdByName(ref);
            if (byName.isPresent()) r = rootOf(byName.get(), null);
        }
        if (r == null && options.accountId() != null) {
            // inside a chosen account, a CRM account may have become one of its units
            for (UnitView u : units(options.accountId())) {
                if (first.equals(u.externalId()) || Texts.key(u.name()).equals(Texts.key(ref))) {
                    r = new UnitRef(u.id(), u.accountId());
                    break;
                }
            }
        }
        if (r == null) {
            row.problem(field, "unknown account '" + abbreviate(ref) + "'");
            return null;
        }
        if (options.accountId() != null && r.accountId() != options.accountId()) {
            row.problem(field, "unknown account '" + abbreviate(ref) + "' in the account chosen for this import");
            return null;
        }
        return r;
    }

    private UnitRef prismUnitByExt(String ext, Long onlyAccount) {
        for (UnitView u : s.units().findByExternalIdInAnyAccount(ext)) {
            if (onlyAccount == null || u.accountId() == onlyAccount) return new UnitRef(u.id(), u.accountId());
        }
        return null;
    }

    /** The unit that stands for a whole Prism account: the root with its external id, else its only (or first) root. */
    private UnitRef rootOf(long accountId, String ext) {
        List<UnitView> units = units(accountId);
        UnitView root = ext == null ? null
                : units.stream().filter(u -> ext.equals(u.externalId())).findFirst().orElse(null);
        if (root == null) root = units.stream().filter(u -> u.parentId() == null).findFirst().orElse(null);
        return root == null ? null : new UnitRef(root.id(), accountId);
    }

    /** A unit of the account by external id (this import, then Prism) or by name. */
    private Long unitRefIn(Row row, String field, String ref, long accountId) {
        UnitRef known = unitByExt.get(ref);
        if (known != null && known.accountId() == accountId) return known.unitId();
        known = accountByExt.get(ref);
        if (known != null && known.accountId() == accountId) return known.unitId();
        UnitIndex index = unitIndex(accountId);
        UnitView byExt = index.byExt().get(ref);
        if (byExt != null) return byExt.id();
        List<UnitView> named = index.byName().getOrDefault(Texts.key(ref), List.of());
        if (named.size() == 1) return named.get(0).id();
        if (named.size() > 1) {
            row.problem(field, "several units of the account are named '" + abbreviate(ref) + "'; name it by its "
                    + "external id");
        } else {
            row.problem(field, "unknown unit '" + abbreviate(ref) + "'");
        }
        return null;
    }

    /** The unit a contact, opportunity, sale or touchpoint row belongs to: its {@code unit}, else its account's. */
    private UnitRef unitOfRow(Row row) {
        String unitRef = row.text("unit", 200);
        String accountRef = row.text("account", 200);
        if (!row.ok()) return null;
        if (unitRef != null) {
            Long accountId = null;
            if (accountRef != null) {
                UnitRef a = accountRef(row, "account", accountRef);
                if (a == null) return null;
                accountId = a.accountId();
            }
            if (accountId == null) accountId = options.accountId();
            if (accountId == null) {
                UnitRef known = unitByExt.get(unitRef);
                if (known == null) known = accountByExt.get(unitRef);
                if (known == null) known = prismUnitByExt(unitRef, null);
                if (known == null) row.problem("unit", "unknown unit '" + abbreviate(unitRef) + "'"
                        + (row.has("account") ? "" : " (name the account too, or import from the account's page)"));
                return known;
            }
            Long unitId = unitRefIn(row, "unit", unitRef, accountId);
            return unitId == null ? null : new UnitRef(unitId, accountId);
        }
        if (accountRef != null) return accountRef(row, "account", accountRef);
        if (options.accountId() != null) {
            UnitRef root = rootOf(options.accountId(), null);
            if (root != null) return root;
        }
        row.problem(row.has("account") ? "account" : "unit", "is required");
        return null;
    }

    private List<UnitView> units(long accountId) {
        return unitsOfAccount.computeIfAbsent(accountId, id -> new ArrayList<>(s.units().unitsOf(id)));
    }

    /** The account's units by external id and by name key (several units may share a name), built once per change. */
    private record UnitIndex(Map<String, UnitView> byExt, Map<String, List<UnitView>> byName) {}

    private final Map<Long, UnitIndex> unitIndexes = new HashMap<>();

    private UnitIndex unitIndex(long accountId) {
        return unitIndexes.computeIfAbsent(accountId, id -> {
            Map<String, UnitView> byExt = new HashMap<>();
            Map<String, List<UnitView>> byName = new HashMap<>();
            for (UnitView u : units(id)) {
                if (u.externalId() != null) byExt.putIfAbsent(u.externalId(), u);
                byName.computeIfAbsent(Texts.key(u.name()), k -> new ArrayList<>()).add(u);
            }
            return new UnitIndex(byExt, byName);
        });
    }

    /**
     * Puts a unit this import wrote into the loaded units of its account (instead of loading them all again: an account
     * of thousands of units imported row by row). A row undone forgets them all ({@link #undoRow}).
     */
    private void unitWritten(UnitView u) {
        List<UnitView> list = unitsOfAccount.get(u.accountId());
        if (list == null) return;
        int at = -1;
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i).id() == u.id()) {
                at = i;
                break;
            }
        }
        if (at >= 0) {
            list.set(at, u);
            unitIndexes.remove(u.accountId());
            return;
        }
        list.add(u);
        UnitIndex index = unitIndexes.get(u.accountId());
        if (index != null) {
            if (u.externalId() != null) index.byExt().putIfAbsent(u.externalId(), u);
            index.byName().computeIfAbsent(Texts.key(u.name()), k -> new ArrayList<>()).add(u);
        }
    }

    private String accountName(long accountId) {
        return accountDisplay.computeIfAbsent(accountId, id -> s.accounts().getAccount(id).name());
    }

    // ---------------------------------------------------------------------------------------------------- contacts

    private record ReportsTo(Row row, long contactId, String ref, long accountId) {}

    private void contact(Row row) {
        String ext = row.text("externalId", 100);
        String name = row.text("name", 200);
        String first = row.text("firstName", 100);
        String last = row.text("lastName", 100);
        if (name == null && (first != null || last != null)) {
            name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
            if (name.length() > 200) row.problem("lastName", "makes a name longer than 200 characters");
        }
        if (name == null && row.ok()) row.problem(row.has("lastName") ? "lastName" : "name", "is required");
        String title = row.text("title", 200);
        String email = row.text("email", 320);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) row.problem("email", "'" + abbreviate(email)
                + "' is not an email address");
        String phone = row.text("phone", 50);
        BuyingRole role = row.has("buyingRole") ? BuyingRoleValue.role(row.raw("buyingRole")) : null;
        Attitude attitude = row.has("attitude") ? row.read("attitude", v -> EnumValue.parse(Attitude.class, v)) : null;
        Integer strength = row.has("relationshipStrength")
                ? row.read("relationshipStrength", v -> numbers.integer(v, 0, 3)) : null;
        Boolean active = row.has("active") ? row.read("active", BooleanValue::parse) : null;
        String reportsTo = row.text("reportsTo", 200);
        UnitRef unit = row.ok() ? unitOfRow(row) : null;
        if (!row.ok() || unit == null) return;
        String contactName = name;
        ContactView existing = null;
        boolean viaExt = false;
        if (ext != null) {
            Long known = contactByExt.get(ext);
            existing = known != null ? contactView(known) : contactByExternalId(ext);
            viaExt = existing != null;
        } else {
            List<ContactView> candidates = contactsNamed(unit.accountId(), contactName).stream()
                    .filter(c -> email == null || email.equalsIgnoreCase(Objects.requireNonNullElse(c.email(), "")))
                    .toList();
            existing = nthByKey("CONTACT", unit.accountId() + "|" + (email == null ? "" : email.toLowerCase(Locale.ROOT))
                    + "|" + Texts.key(contactName), candidates);
        }
        if (existing != null && existing.accountId() != unit.accountId()) {
            row.problem(row.has("account") ? "account" : "unit", "the contact is in another account ('"
                    + accountName(existing.accountId()) + "'); moving people between accounts is done by hand");
            return;
        }
        if (existing == null) {
            Decision decision = likelyDuplicateContact(row, unit.accountId(), contactName, email, ext);
            if (decision == Decision.SKIP) {
                result.skip(RecordType.CONTACT, row.file.name(), row.line(), "skipped as a duplicate");
                return;
            }
            if (decision == Decision.MERGE) {
                existing = mergeTarget(row).map(this::contactView).orElse(null);
            }
        }
        ContactView stored;
        RecordType t = RecordType.CONTACT;
        if (existing == null) {
            writingChecked();
            stored = contactBatch().create(unit.unitId(), new NewContact(contactName, title, email, phone, role,
                    attitude, strength, null, null, active, ext), rowSavepoint == null);
            checkedWritten();
            madeBy.put(RecordType.CONTACT + ":" + stored.id(), row);
            changes.created(t, stored.id(), stored.version());
            result.counts(t).created++;
            contacts(unit.accountId()).add(stored);
            Map<String, List<ContactView>> named = contactsByName.get(unit.accountId());
            if (named != null) named.computeIfAbsent(Texts.key(stored.name()), k -> new ArrayList<>()).add(stored);
        } else {
            ContactView e = existing;
            Map<String, Object> before = new LinkedHashMap<>();
            Set<String> present = new HashSet<>();
            diff(before, present, "unitId", e.unitId(), unit.unitId(), true);
            diff(before, present, "name", e.name(), contactName, true);
            diff(before, present, "title", e.title(), title, row.has("title"));
            diff(before, present, "email", e.email(), email, row.has("email"));
            diff(before, present, "phone", e.phone(), phone, row.has("phone"));
            if (role != null) diff(before, present, "buyingRole", e.buyingRole(), role, true);
            if (attitude != null) diff(before, present, "attitude", e.attitude(), attitude, true);
            if (strength != null) diff(before, present, "relationshipStrength", e.relationshipStrength(), strength, true);
            if (active != null) diff(before, present, "active", e.active(), active, true);
            if (ext != null && !viaExt) diff(before, present, "externalId", e.externalId(), ext, true);
            if (present.isEmpty()) {
                stored = e;
                result.counts(t).unchanged++;
            } else {
                writing();
                stored = s.contacts().updateContact(e.id(), Patch.of(new ContactPatch(unit.unitId(), contactName,
                        title, email, phone, role, attitude, strength, null, null, active, null, null, null, null,
                        null, null, ext == null ? e.externalId() : ext), present), e.version());
                changes.updated(t, stored.id(), stored.version(), before);
                result.counts(t).updated++;
                contactsOfAccount.remove(unit.accountId());
                contactsByName.remove(unit.accountId());
            }
        }
        rememberContact(stored, ext);
        ContactView kept = stored;
        remember(() -> latestContact.put(kept.id(), kept));
        if (row.has("reportsTo")) reportingLines.add(new ReportsTo(row, stored.id(), reportsTo, unit.accountId()));
        result.stored(t, shown("id", stored.id(), "unitId", stored.unitId(), "name", stored.name(), "title",
                stored.title(), "email", stored.email(), "phone", stored.phone(), "buyingRole", stored.buyingRole(),
                "externalId", stored.externalId()));
    }

    private void rememberContact(ContactView c, String ext) {
        if (ext != null) contactByExt.put(ext, c.id());
        if (c.email() != null) {
            List<Long> ids = contactByEmail.computeIfAbsent(c.email().toLowerCase(Locale.ROOT), k -> new ArrayList<>());
            if (!ids.contains(c.id())) ids.add(c.id());
        }
        List<Long> named = contactByName.computeIfAbsent(c.accountId() + "|" + Texts.key(c.name()),
                k -> new ArrayList<>());
        if (!named.contains(c.id())) named.add(c.id());
        contactNameOf.put(c.id(), c.name());
    }

    /** Same email with another name, or the same name in the same account (PRODUCT.md: never merged by guess). */
    private Decision likelyDuplicateContact(Row row, long accountId, String name, String email, String ext) {
        if (email != null) {
            for (Long id : contactByEmail.getOrDefault(email.toLowerCase(Locale.ROOT), List.of())) {
                String other = contactNameOf.get(id);
                if (other != null && !Texts.key(other).equals(Texts.key(name))) {
                    return flag(row, RecordType.CONTACT, id, "the same email as " + other + " (imported here)",
                            Map.of("name", name, "email", email), Map.of("name", other, "email", email));
                }
            }
            for (ContactView c : contactsWithEmail(email)) {
                if (!Texts.key(c.name()).equals(Texts.key(name)) && !contactNameOf.containsKey(c.id())) {
                    return flag(row, RecordType.CONTACT, c.id(), "the same email as " + c.name(), Map.of("name", name,
                            "email", email), Map.of("name", c.name(), "email", email));
                }
            }
        }
        for (ContactView c : contactsNamed(accountId, name)) {
            if (ext == null || !ext.equals(c.externalId())) {
                Map<String, String> existing = new LinkedHashMap<>();
                existing.put("name", c.name());
                if (c.email() != null) existing.put("email", c.email());
                Map<String, String> incoming = new LinkedHashMap<>();
                incoming.put("name", name);
                if (email != null) incoming.put("email", email);
                return flag(row, RecordType.CONTACT, c.id(), "the same name in the same account", incoming, existing);
            }
        }
        return Decision.CREATE;
    }

    /** Reporting lines once every contact of the import exists (a manager may come after their reports). */
    private void reportingLines() {
        for (ReportsTo line : reportingLines) {
            Row row = line.row();
            Long bossId = line.ref() == null ? null : contactRef(row, "reportsTo", line.ref(), line.accountId());
            if (line.ref() != null && bossId == null) {
                fail(row); // the contact was stored, its reporting line is not: an error the commit refuses
                continue;
            }
            ContactView c = contactView(line.contactId());
            if (Objects.equals(c.reportsToId(), bossId)) continue;
            guarded(row, () -> {
                writingChecked();
                ContactView updated = contactBatch().setReportsTo(c, bossId);
                checkedWritten();
                remember(() -> latestContact.put(updated.id(), updated));
                Map<String, Object> before = new LinkedHashMap<>();
                before.put("reportsToId", c.reportsToId());
                changes.updated(RecordType.CONTACT, updated.id(), updated.version(), before);
            });
        }
        flushBetweenRows();
    }

    /** A contact by external id, email, then name within the account: this import's first, then Prism's. */
    private Long contactRef(Row row, String field, String ref, Long accountId) {
        Long id = contactByExt.get(ref);
        if (id == null) id = s.contacts().findByExternalId(ref).map(ContactView::id).orElse(null);
        if (id == null && ref.contains("@")) {
            List<Long> byEmail = contactByEmail.getOrDefault(ref.toLowerCase(Locale.ROOT), List.of());
            if (byEmail.size() == 1) id = byEmail.get(0);
            if (id == null && byEmail.isEmpty()) {
                List<ContactView> prism = lookups.contactsWithEmail(ref).stream()
                        .filter(c -> accountId == null || c.accountId() == accountId).toList();
                if (prism.size() == 1) id = prism.get(0).id();
                else if (prism.size() > 1) {
                    row.problem(field, "several contacts have the email '" + abbreviate(ref) + "'");
                    return null;
                }
            } else if (id == null) {
                row.problem(field, "several contacts have the email '" + abbreviate(ref) + "'");
                return null;
            }
        }
        if (id == null && accountId != null) {
            List<Long> named = contactByName.getOrDefault(accountId + "|" + Texts.key(ref), List.of());
            if (named.isEmpty()) {
                named = contactsNamed(accountId, ref).stream().map(ContactView::id).toList();
            }
            if (named.size() == 1) id = named.get(0);
            else if (named.size() > 1) {
                row.problem(field, "several contacts of the account are named '" + abbreviate(ref) + "'");
                return null;
            }
        }
        if (id == null && accountId == null) {
            List<Long> named = new ArrayList<>();
            contactByName.forEach((k, ids) -> {
                if (k.endsWith("|" + Texts.key(ref))) named.addAll(ids);
            });
            if (named.size() == 1) id = named.get(0);
        }
        if (id == null) row.problem(field, "unknown contact '" + abbreviate(ref) + "'");
        return id;
    }

    private List<ContactView> contacts(long accountId) {
        return contactsOfAccount.computeIfAbsent(accountId, id -> new ArrayList<>(s.contacts().contactsOfAccount(id)));
    }

    /**
     * The account's contacts with this name (compared as {@link Texts#key}), oldest first: an index over
     * {@link #contacts}, so that checking a row against its account's people costs one look-up, not a pass over all
     * of them (which made a 60,000-contact import spend a sixth of its time comparing names).
     */
    private List<ContactView> contactsNamed(long accountId, String name) {
        return contactsByName.computeIfAbsent(accountId, id -> {
            Map<String, List<ContactView>> byName = new HashMap<>();
            for (ContactView c : contacts(id)) byName.computeIfAbsent(Texts.key(c.name()), k -> new ArrayList<>()).add(c);
            return byName;
        }).getOrDefault(Texts.key(name), List.of());
    }

    // ---------------------------------------------------------------------------------------------------- opportunities

    /** A source opportunity as read; Prism opportunities are made from it per product (line). */
    private record PendingOpportunity(Row row, String ext, UnitRef unit, String title, BigDecimal value,
            BigDecimal actualValue, Stage stage, LocalDate closeDate, String competitor, LossReason lossReason,
            List<String> products, boolean[] hasLines, String salesStage, Integer probability, Long ownerId) {}

    /** Users by email, looked up once per import (an opportunity's owner). */
    private final Map<String, Optional<Long>> userByEmail = new HashMap<>();

    private void opportunity(Row row) {
        String ext = row.text("externalId", 100);
        String title = row.required("title", 200);
        BigDecimal value = row.money("value");
        BigDecimal actual = row.money("actualValue");
        Stage stage = StageValue.stage(row.raw("stage"), row.raw("isWon"), row.raw("isClosed"));
        LocalDate expected = row.date("closeDate");
        LocalDate actualClose = row.date("actualCloseDate");
        String competitor = row.text("competitor", 200);
        LossReason reason = lossReason(row.text("lossReason", 200));
        List<String> products = splitList(row.text("product", 4000));
        if (value != null && value.signum() < 0) row.problem("value", "must be 0 or more");
        // the pipeline's fields, when mapped: they belong to an OPEN opportunity only
        String salesStage = stage == Stage.OPEN ? row.text("salesStage", 40) : null;
        Integer probability = stage == Stage.OPEN && row.has("probability")
                ? row.read("probability", v -> numbers.integer(v, 0, 100)) : null;
        Long ownerId = null;
        String ownerEmail = row.text("owner", 320);
        if (ownerEmail != null) {
            ownerId = userByEmail.computeIfAbsent(ownerEmail.toLowerCase(Locale.ROOT),
                    e -> s.users().findUserByEmail(e).filter(u -> u.active()).map(u -> u.id())).orElse(null);
            if (ownerId == null) row.problem("owner", "no active user with email '" + abbreviate(ownerEmail) + "'");
        }
        UnitRef unit = row.ok() ? unitOfRow(row) : null;
        if (!row.ok() || unit == null) return;
        LocalDate close = stage != Stage.OPEN && actualClose != null ? actualClose : expected;
        PendingOpportunity o = new PendingOpportunity(row, ext, unit, title, value, actual, stage, close,
                stage == Stage.LOST ? competitor : null, stage == Stage.LOST ? reason : null, products,
                new boolean[1], salesStage, probability, ownerId);
        if (ext != null) opportunityByExt.put(ext, o);
        if (products.isEmpty()) {
            if (ext == null) result.skip(RecordType.OPPORTUNITY, row.file.name(), row.line(), "has no product");
            return; // lines may follow; without them it is skipped at the end
        }
        o.hasLines()[0] = true;
        if (products.size() == 1) {
            Long productId = productRef(row, "product", products.get(0));
            if (productId == null) return;
            storeOpportunity(row, RecordType.OPPORTUNITY, o, productId, ext, value, true);
            return;
        }
        // Several associated products (HubSpot): one Prism opportunity each, the amount shared out to the cent.
        List<Long> ids = new ArrayList<>();
        for (String p : products) ids.add(productRef(row, "product", p));
        if (!row.ok()) return;
        List<BigDecimal> shares = shares(value, ids.size());
        for (int i = 0; i < ids.size(); i++) {
            storeOpportunity(row, RecordType.OPPORTUNITY, o, ids.get(i), ext == null ? null : ext + ":" + products.get(i),
                    shares.get(i), false);
        }
    }

    /** A loss reason by Prism's name; a CRM's own wording (free text, a custom pick list) is OTHER. */
    private static LossReason lossReason(String raw) {
        if (raw == null) return null;
        try {
            return EnumValue.parse(LossReason.class, raw);
        } catch (ValueException e) {
            String k = raw.toLowerCase(Locale.ROOT);
            if (k.contains("price") || k.contains("budget") || k.contains("cost")) return LossReason.PRICE;
            if (k.contains("unaware") || k.contains("didn't know") || k.contains("did not know")) {
                return LossReason.UNAWARE_WE_OFFER_IT;
            }
            if (k.contains("timing") || k.contains("postponed")) return LossReason.TIMING;
            if (k.contains("relationship")) return LossReason.RELATIONSHIP;
            if (k.contains("fit") || k.contains("feature")) return LossReason.PRODUCT_FIT;
            return LossReason.OTHER;
        }
    }

    private void opportunityLine(Row row) {
        String ext = row.text("externalId", 100);
        String oppRef = row.required("opportunity", 100);
        String productRef = row.required("product", 200);
        BigDecimal value = row.money("value");
        if (!row.ok()) return;
        PendingOpportunity o = opportunityByExt.get(oppRef);
        if (o == null) {
            row.problem("opportunity", "unknown opportunity '" + abbreviate(oppRef) + "'");
            return;
        }
        Long productId = productRef(row, "product", productRef);
        if (productId == null) return;
        o.hasLines()[0] = true;
        storeOpportunity(row, RecordType.OPPORTUNITY_LINE, o, productId, ext, value, true);
    }

    private void opportunitiesWithoutLines() {
        for (PendingOpportunity o : opportunityByExt.values()) {
            if (!o.hasLines()[0] && o.row().ok()) {
                result.skip(RecordType.OPPORTUNITY, o.row().file.name(), o.row().line(), "has no product");
            }
        }
    }

    /**
     * Whether booking a new opportunity as a sale could still fail its row: only when it books one and a stored line
     * may already have its external id (or it has none, and the natural key decides).
     */
    private boolean saleMayFail(PendingOpportunity o, String ext) {
        if (o.stage() != Stage.WON || !options.bookWonAsSales(preset)) return false;
        if (ext == null) return true;
        if (saleExtIds.contains(ext)) return false; // booked once already: this row changes nothing
        Deque<SaleKey> same = salesOf(o.unit().accountId()).get("ext:" + ext);
        if (same != null && !same.isEmpty()) return true;
        return !chunkSaleExts.contains(ext) || chunkSaleByExt.containsKey(ext);
    }

    /** {@code alone}: the row's only write (a row of several products writes one opportunity each). */
    private void storeOpportunity(Row row, RecordType type, PendingOpportunity o, long productId, String ext,
            BigDecimal value, boolean alone) {
        OpportunityView existing = null;
        if (ext != null) {
            existing = latestOpportunity.get(ext);
            if (existing == null) {
                existing = chunkOpportunityExts.contains(ext) ? chunkOpportunityByExt.get(ext)
                        : s.opportunities().findByExternalId(ext).orElse(null);
            }
        } else {
            List<OpportunityView> candidates = opportunities(o.unit().accountId()).stream()
                    .filter(x -> x.unitId() == o.unit().unitId() && x.productId() == productId
                            && x.title().equalsIgnoreCase(o.title()) && Objects.equals(x.closeDate(), o.closeDate()))
                    .toList();
            existing = nthByKey("OPPORTUNITY", o.unit().unitId() + "|" + productId + "|" + Texts.key(o.title()) + "|"
                    + o.closeDate(), candidates);
        }
        if (existing != null && (existing.unitId() != o.unit().unitId() || existing.productId() != productId)) {
            row.problem(null, "opportunity '" + existing.title() + "' is for another unit or product in Prism; "
                    + "change it there by hand");
            return;
        }
        OpportunityView stored;
        if (existing == null) {
            if (alone && !saleMayFail(o, ext)) writingChecked();
            else writing();
            stored = opportunityBatch().create(new NewOpportunity(o.unit().unitId(), productId, o.title(),
                    value, o.stage(), o.closeDate(), o.competitor(), o.lossReason(), ext, o.salesStage(),
                    o.probability(), o.ownerId()), rowSavepoint == null);
            checkedWritten();
            changes.created(RecordType.OPPORTUNITY, stored.id(), stored.version());
            result.counts(type).created++;
            opportunities(o.unit().accountId()).add(stored);
        } else {
            OpportunityView e = existing;
            Map<String, Object> before = new LinkedHashMap<>();
            Set<String> present = new HashSet<>();
            diff(before, present, "title", e.title(), o.title(), true);
            diff(before, present, "value", e.value(), value == null ? null : value.setScale(2), true);
            diff(before, present, "stage", e.stage(), o.stage(), true);
            diff(before, present, "closeDate", e.closeDate(), o.closeDate(), o.closeDate() != null);
            if (o.stage() == Stage.LOST) {
                diff(before, present, "competitor", e.competitor(), o.competitor(), o.row().has("competitor"));
                diff(before, present, "lossReason", e.lossReason(), o.lossReason(), o.row().has("lossReason"));
            }
            if (o.stage() == Stage.OPEN) {
                diff(before, present, "salesStage", e.salesStage(), o.salesStage() == null ? null
                        : o.salesStage().toUpperCase(Locale.ROOT), o.salesStage() != null);
                diff(before, present, "probability", e.ownProbability() ? e.probability() : null, o.probability(),
                        o.probability() != null);
            }
            diff(before, present, "ownerId", e.ownerId(), o.ownerId(), o.ownerId() != null);
            if (present.isEmpty()) {
                stored = e;
                result.counts(type).unchanged++;
            } else {
                long version = e.version();
                if (present.contains("stage") && e.stage() != Stage.OPEN && o.stage() != Stage.OPEN) {
                    // WON never turns into LOST (or back) without reopening: reopen first, as a seller would
                    writing();
                    version = s.opportunities().updateOpportunity(e.id(), Patch.of(new OpportunityPatch(null, null,
                            Stage.OPEN, null, null, null, null), Set.of("stage")), version).version();
                }
                writing();
                stored = s.opportunities().updateOpportunity(e.id(), Patch.of(new OpportunityPatch(o.title(), value,
                        o.stage(), o.closeDate(), o.competitor(), o.lossReason(), null, ext, o.salesStage(),
                        o.probability(), o.ownerId()), present), version);
                changes.updated(RecordType.OPPORTUNITY, stored.id(), stored.version(), before);
                result.counts(type).updated++;
                opportunitiesOfAccount.remove(o.unit().accountId());
            }
        }
        OpportunityView kept = stored;
        if (ext != null) remember(() -> latestOpportunity.put(ext, kept));
        result.stored(type, shown("id", stored.id(), "unitId", stored.unitId(), "productId", stored.productId(),
                "title", stored.title(), "value", stored.value(), "stage", stored.stage(), "closeDate",
                stored.closeDate(), "externalId", stored.externalId()));
        if (stored.stage() == Stage.WON && options.bookWonAsSales(preset)) {
            BigDecimal amount = o.actualValue() != null && o.actualValue().signum() > 0 && type == RecordType.OPPORTUNITY
                    ? o.actualValue() : value;
            if (amount != null && stored.closeDate() != null) {
                bookSale(row, o.unit(), productId, stored.closeDate(), amount.setScale(2, RoundingMode.HALF_UP), null,
                        ext, true);
            }
        }
    }

    private List<OpportunityView> opportunities(long accountId) {
        return opportunitiesOfAccount.computeIfAbsent(accountId,
                id -> new ArrayList<>(s.opportunities().opportunitiesOfAccount(id)));
    }

    // ---------------------------------------------------------------------------------------------------- sales

    private void sale(Row row) {
        String ext = row.text("externalId", 100);
        String productRef = row.required("product", 200);
        LocalDate date = row.date("date");
        if (date == null && row.ok()) row.problem("date", "is required");
        BigDecimal amount = row.money("amount");
        if (amount == null && row.ok()) row.problem("amount", "is required");
        BigDecimal cost = row.money("cost");
        if (!row.ok()) return;
        UnitRef unit = unitOfRow(row);
        Long productId = unit == null ? null : productRef(row, "product", productRef);
        if (!row.ok() || productId == null) return;
        bookSale(row, unit, productId, date, amount, cost, ext, false);
    }

    /** Books a sales line unless the same one is stored (by external id, else natural key and its place). */
    private void bookSale(Row row, UnitRef unit, long productId, LocalDate date, BigDecimal amount, BigDecimal cost,
            String ext, boolean fromOpportunity) {
        RecordType t = RecordType.SALE;
        SaleKey existing;
        if (ext != null && !saleExtIds.add(ext)) {
            result.counts(t).unchanged++; // the same line again (a repeated row): booked once
            return;
        }
        if (ext != null) {
            existing = salesOf(unit.accountId()).getOrDefault("ext:" + ext, new ArrayDeque<>()).peekFirst();
            if (existing == null) {
                existing = chunkSaleExts.contains(ext) ? chunkSaleByExt.get(ext)
                        : s.sales().findSaleByExternalId(ext).orElse(null);
            }
        } else {
            String k = unit.unitId() + "|" + productId + "|" + date + "|" + amount.stripTrailingZeros().toPlainString();
            Deque<SaleKey> same = salesOf(unit.accountId()).get("key:" + k);
            existing = same == null || same.isEmpty() ? null : same.pollFirst(); // the n-th such row, the n-th line
        }
        if (existing == null) {
            if (saleBatch == null) saleBatch = s.sales().startImportBatch(batchId, unitBatch());
            writingChecked(); // queued; a batch the database refuses stops the whole import
            saleBatch.add(new ImportedSale(unit.unitId(), productId, date, amount, cost, ext));
            checkedWritten();
            result.counts(t).created++;
            result.stored(t, shown("unitId", unit.unitId(), "productId", productId, "date", date, "amount", amount,
                    "cost", cost, "externalId", ext));
            return;
        }
        boolean same = existing.unitId() == unit.unitId() && existing.productId() == productId
                && existing.date().equals(date) && existing.amount().compareTo(amount) == 0
                && (fromOpportunity || Objects.equals(norm(existing.cost()), norm(cost)));
        if (same) {
            result.counts(t).unchanged++;
            return;
        }
        if (existing.unitId() != unit.unitId() || existing.productId() != productId) {
            row.problem(null, "sales line '" + ext + "' is booked for another unit or product; change it by hand");
            return;
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("date", existing.date());
        before.put("amount", existing.amount());
        before.put("cost", existing.cost());
        BigDecimal newCost = fromOpportunity ? existing.cost() : cost;
        writing();
        if (!s.sales().updateSale(existing.id(), existing.version(), date, amount, newCost, existing.externalId())) {
            throw new OptimisticLockingFailureException("stale sale");
        }
        changes.updated(t, existing.id(), existing.version() + 1, before);
        result.counts(t).updated++;
    }

    private static BigDecimal norm(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }

    private Map<String, Deque<SaleKey>> salesOf(long accountId) {
        return salesOfAccount.computeIfAbsent(accountId, id -> {
            Map<String, Deque<SaleKey>> m = new HashMap<>();
            for (SaleKey k : s.sales().saleKeysOfAccount(id)) {
                if (k.externalId() != null) m.computeIfAbsent("ext:" + k.externalId(), x -> new ArrayDeque<>()).add(k);
                else m.computeIfAbsent("key:" + k.unitId() + "|" + k.productId() + "|" + k.date() + "|"
                        + k.amount().stripTrailingZeros().toPlainString(), x -> new ArrayDeque<>()).add(k);
            }
            return m;
        });
    }

    // ---------------------------------------------------------------------------------------------------- cells

    /** A cell's potential and competitor, matched by (unit, product): set, changed or unchanged. */
    private void cell(Row row) {
        String productRef = row.required("product", 200);
        BigDecimal potential = row.money("potential");
        String competitor = row.text("competitor", 200);
        if (potential != null && potential.signum() < 0) row.problem("potential", "must be 0 or more");
        if (!row.ok()) return;
        if (potential == null && competitor == null) {
            result.skip(RecordType.CELL, row.file.name(), row.line(), "has neither a potential nor a competitor");
            return;
        }
        UnitRef unit = unitOfRow(row);
        Long productId = unit == null ? null : productRef(row, "product", productRef);
        if (!row.ok() || productId == null) return;
        RecordType t = RecordType.CELL;
        var existing = s.cells().findCell(unit.unitId(), productId);
        app.prism.sales.CellPotential stored;
        if (existing.isEmpty()) {
            writing();
            stored = s.cells().setCell(unit.unitId(), productId, potential, competitor, null).orElseThrow();
            changes.created(t, stored.id(), stored.version());
            result.counts(t).created++;
        } else {
            var e = existing.get();
            if (Objects.equals(norm(e.potential()), norm(potential)) && Objects.equals(e.competitor(), competitor)) {
                result.counts(t).unchanged++;
                return;
            }
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("unitId", e.unitId());
            before.put("productId", e.productId());
            before.put("potential", e.potential());
            before.put("competitor", e.competitor());
            writing();
            stored = s.cells().setCell(unit.unitId(), productId, potential, competitor, e.version()).orElseThrow();
            changes.updated(t, stored.id(), stored.version(), before);
            result.counts(t).updated++;
        }
        result.stored(t, shown("unitId", stored.unitId(), "productId", stored.productId(), "potential",
                stored.potential(), "competitor", stored.competitor()));
    }

    // ---------------------------------------------------------------------------------------------------- touchpoints

    private void touchpoint(Row row) {
        String ext = row.text("externalId", 100);
        List<String> contactRefs = splitList(row.text("contacts", 10000));
        LocalDate date = row.date("date");
        if (date == null && row.ok()) row.problem("date", "is required");
        String channelRaw = row.text("channel", 100);
        Channel channel = channelRaw == null && row.file.defaultChannel() != null
                ? ChannelValue.channel(row.file.defaultChannel()) : ChannelValue.channel(channelRaw);
        String note = row.text("note", 4000);
        List<String> productRefs = splitList(row.text("products", 4000));
        if (contactRefs.isEmpty() && row.ok()) row.problem("contacts", "is required");
        if (!row.ok()) return;
        Long accountId = options.accountId();
        if (row.has("account") && row.text("account", 200) != null) accountId = accountOfRow(row, false);
        List<Long> contactIds = new ArrayList<>();
        for (String ref : contactRefs) {
            Long id = contactRef(row, "contacts", ref, accountId);
            if (id != null && !contactIds.contains(id)) contactIds.add(id);
        }
        List<Long> productIds = new ArrayList<>();
        for (String ref : productRefs) {
            Long id = productRef(row, "products", ref);
            if (id != null && !productIds.contains(id)) productIds.add(id);
        }
        if (!row.ok()) return;
        // Prism keeps a touchpoint inside one account: a meeting with people of several accounts is one per account.
        Map<Long, List<Long>> byAccount = new LinkedHashMap<>();
        s.contacts().findContacts(contactIds).values().forEach(c ->
                byAccount.computeIfAbsent(c.accountId(), k -> new ArrayList<>()).add(c.id()));
        boolean split = byAccount.size() > 1;
        for (Map.Entry<Long, List<Long>> group : byAccount.entrySet()) {
            storeTouchpoint(row, split && ext != null ? ext + ":" + group.getKey() : ext, group.getValue(), productIds,
                    date, channel, note);
        }
    }

    private void storeTouchpoint(Row row, String ext, List<Long> contactIds, List<Long> productIds, LocalDate date,
            Channel channel, String note) {
        TouchpointView existing = ext == null ? null : s.touchpoints().findByExternalId(ext).orElse(null);
        if (existing == null && ext == null) {
            existing = lookups.sameTouchpoint(contactIds, date, channel, note, seenRecordAt, row.key())
                    .orElse(null);
        }
        TouchpointView stored;
        RecordType t = RecordType.TOUCHPOINT;
        if (existing == null) {
            writing();
            stored = s.touchpoints().importTouchpoint(contactIds, productIds, date, channel, note, ext);
            changes.created(t, stored.id(), stored.version());
            result.counts(t).created++;
        } else {
            TouchpointView e = existing;
            Map<String, Object> before = new LinkedHashMap<>();
            Set<String> present = new HashSet<>();
            diff(before, present, "date", e.date(), date, true);
            diff(before, present, "channel", e.channel(), channel, true);
            diff(before, present, "note", e.note(), note, row.has("note"));
            diff(before, present, "contactIds", new HashSet<>(e.contactIds()), new HashSet<>(contactIds), true);
            if (!productIds.isEmpty()) {
                diff(before, present, "productIds", new HashSet<>(e.productIds()), new HashSet<>(productIds), true);
            }
            if (present.isEmpty()) {
                stored = e;
                result.counts(t).unchanged++;
            } else {
                before.put("contactIds", e.contactIds());
                before.put("productIds", e.productIds());
                writing();
                stored = s.touchpoints().updateTouchpoint(e.id(), Patch.of(new TouchpointPatch(contactIds, productIds,
                        date, channel, note, null), present), e.version());
                changes.updated(t, stored.id(), stored.version(), before);
                result.counts(t).updated++;
            }
        }
        seenRecordAt.put("TOUCHPOINT:" + stored.id(), row.key());
        result.stored(t, shown("id", stored.id(), "date", stored.date(), "channel", stored.channel(), "contactIds",
                stored.contactIds(), "productIds", stored.productIds(), "note", stored.note(), "externalId",
                stored.externalId()));
    }


    // ---------------------------------------------------------------------------------------------------- shared

    /**
     * Natural keys with repeats: the n-th row of the import with a key matches the n-th record Prism holds with it
     * (oldest first), so repeated lines are neither merged nor doubled.
     */
    private <T> T nthByKey(String type, String key, List<T> candidates) {
        int n = occurrences.merge(type + "|" + key, 1, Integer::sum);
        return n <= candidates.size() ? candidates.get(n - 1) : null;
    }

    private Decision flag(Row row, RecordType type, Long existingId, String reason, Map<String, String> incoming,
            Map<String, String> existing) {
        Decision d = decisions.getOrDefault(row.key(), Decision.CREATE);
        // A record this import made has no id a user could look up (a dry run's ids are rolled back): name its row.
        Row origin = existingId == null ? null : madeBy.get(type + ":" + existingId);
        result.duplicate(new ImportResult.Duplicate(row.file.name(), row.line(), type.name(),
                origin == null ? existingId : null, origin == null ? null : origin.file.name(),
                origin == null ? null : origin.line(), reason, incoming, existing, d.name()));
        if (d == Decision.MERGE) mergeTargets.put(row.key(), existingId);
        return d;
    }

    private Optional<Long> mergeTarget(Row row) {
        return Optional.ofNullable(mergeTargets.get(row.key()));
    }

    /** Records a field whose value changes, and the value it had (for undo). */
    private static void diff(Map<String, Object> before, Set<String> present, String field, Object old, Object now,
            boolean given) {
        if (!given) return;
        boolean same = old instanceof BigDecimal a && now instanceof BigDecimal b ? a.compareTo(b) == 0
                : Objects.equals(old, now);
        if (same) return;
        before.put(field, old instanceof Collection<?> c ? new ArrayList<>(c) : old);
        present.add(field);
    }

    private static Map<String, Object> shown(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], pairs[i + 1]);
        return m;
    }

    private static Map<String, Object> shownAccount(AccountView a, String city) {
        return shown("id", a.id(), "name", a.name(), "industry", a.industry(), "country", a.country(), "city", city,
                "externalId", a.externalId());
    }

    private static String key(RecordType type, long id) {
        return type + ":" + id;
    }

    /** Several references in one cell (HubSpot "Associated Product IDs", Dynamics "Required Attendees"). */
    static List<String> splitList(String raw) {
        if (raw == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String part : raw.split("[;\\n]")) {
            String p = part.strip();
            if (!p.isEmpty() && !NullValues.isNull(p) && !out.contains(p)) out.add(p);
        }
        return out;
    }

    private static String firstOf(String raw) {
        List<String> parts = splitList(raw);
        return parts.isEmpty() ? raw : parts.get(0);
    }

    /** An amount shared out over n lines to the cent, the remainder on the first lines. */
    static List<BigDecimal> shares(BigDecimal total, int n) {
        List<BigDecimal> out = new ArrayList<>();
        if (total == null) {
            for (int i = 0; i < n; i++) out.add(null);
            return out;
        }
        long cents = total.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
        long each = Math.floorDiv(cents, n);
        long rest = cents - each * n;
        for (int i = 0; i < n; i++) out.add(BigDecimal.valueOf(each + (i < rest ? 1 : 0), 2));
        return out;
    }

    private static String abbreviate(String s) {
        if (s == null) return "";
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage();
        if (m == null) return t.getClass().getSimpleName();
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }
}
