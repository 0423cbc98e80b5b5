package app.prism.imports;

import app.prism.account.AccountPatch;
import app.prism.account.UnitPatch;
import app.prism.catalog.ProductPatch;
import app.prism.contact.Attitude;
import app.prism.contact.BuyingRole;
import app.prism.contact.ContactPatch;
import app.prism.exposure.Channel;
import app.prism.exposure.TouchpointPatch;
import app.prism.identity.Viewer;
import app.prism.imports.files.ImportFiles;
import app.prism.imports.files.ReadOptions;
import app.prism.imports.files.SourceTable;
import app.prism.imports.files.UnreadableFile;
import app.prism.sales.LossReason;
import app.prism.sales.OpportunityPatch;
import app.prism.sales.OpportunityView;
import app.prism.sales.Stage;
import app.prism.web.Conflict;
import app.prism.web.Forbidden;
import app.prism.web.Invalid;
import app.prism.web.NotFound;
import app.prism.web.Patch;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports (PRODUCT.md section 8): an upload is stored, read and run as a dry run inside a transaction that is rolled
 * back (the preview is exactly what a commit would do); a commit runs it again in one transaction, all or nothing, and
 * records what it changed so that undo can delete what it created and restore what it updated.
 */
@Service
public class ImportService {

    private final ImportRepository imports;
    private final ImportServices services;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separate;
    private final JsonMapper json;
    private final long maxBytes;

    ImportService(ImportRepository imports, ImportServices services, PlatformTransactionManager transactions,
            JsonMapper json, @Value("${prism.import.max-bytes:209715200}") long maxBytes) {
        this.imports = imports;
        this.services = services;
        this.transaction = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.json = json;
        this.maxBytes = maxBytes;
    }

    /** The upload as the caller gave it. */
    public record Upload(String fileName, long size, InputStream content) {}

    /** Stores the upload, reads it and previews it: every count, error and likely duplicate; nothing is stored. */
    public Map<String, Object> upload(Upload upload, Preset preset, RecordType type, Map<String, String> mapping,
            ImportOptions options) {
        if (upload.size() > maxBytes) {
            throw problem(HttpStatus.CONTENT_TOO_LARGE, "File too large", "An import file may hold at most "
                    + (maxBytes / (1024 * 1024)) + " MB.", null);
        }
        ImportOptions opts = options == null ? ImportOptions.NONE : options;
        checkOptions(opts);
        if (opts.accountId() != null) services.accounts().requireVisible(opts.accountId());
        Path file = spool(upload.content());
        try {
            if (Files.size(file) > maxBytes) {
                throw problem(HttpStatus.CONTENT_TOO_LARGE, "File too large", "An import file may hold at most "
                        + (maxBytes / (1024 * 1024)) + " MB.", null);
            }
            // Read it once before storing anything: a file that is none of CSV, XLSX and ZIP is refused (415).
            try (ImportFiles.Opened opened = open(file, upload.fileName(), opts)) {
                if (opened.tables().isEmpty()) {
                    throw Invalid.field("file", "holds no CSV or XLSX file" + (opened.skipped().isEmpty() ? ""
                            : " (left alone: " + String.join(", ", opened.skipped()) + ")"));
                }
            }
            long id = separate.execute(tx -> {
                long runId = imports.insertRun(preset == null ? null : preset.name(), type == null ? null : type.name(),
                        upload.fileName(), sizeOf(file), opts.accountId(), write(opts), write(mapping));
                try (InputStream in = Files.newInputStream(file)) {
                    imports.storeFile(runId, in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return runId;
            });
            Run run;
            try {
                run = analyse(id, file, upload.fileName(), preset, type, mapping, opts, Map.of(), false, false);
            } catch (RuntimeException e) {
                separate.executeWithoutResult(tx -> imports.finish(id, "FAILED", null, 0));
                throw e;
            }
            separate.executeWithoutResult(tx -> imports.finish(id, "PREVIEWED", write(run.resultJson()),
                    run.result().rowsRead()));
            progressPhase(id, null);
            return view(imports.findRun(id).orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(file);
        }
    }

    /** The outcome of one run over the files. */
    private record Run(ImportResult result, Map<String, Object> resultJson, List<ImportEngine.Rejected> rejected,
            Preset preset) {}

    /**
     * Runs the import over the stored file: as a dry run (rolled back), or as the commit (kept unless errors remain and
     * {@code skipInvalid} is false). Changes are recorded in the same transaction, so undo knows exactly what a commit did.
     */
    private Run analyse(long id, Path file, String fileName, Preset givenPreset, RecordType type,
            Map<String, String> mapping, ImportOptions opts, Map<String, ImportEngine.Decision> decisions,
            boolean commit, boolean skipInvalid) {
        return transaction.execute(tx -> {
            imports.planForLookups();
            if (commit) {
                // The run's row stays locked until this commit ends: a second commit waits and then finds it
                // COMMITTED; a server that stops mid-commit rolls back, and the import is PREVIEWED again.
                String status = imports.lockRun(id);
                if (!"PREVIEWED".equals(status)) {
                    throw new Conflict("Import " + id + " is " + status + "; only a previewed import is committed.");
                }
            }
            try (ImportFiles.Opened opened = open(file, fileName, opts)) {
                List<SourceTable> tables = opened.tables();
                Preset preset = givenPreset != null ? givenPreset : PresetMapping.detect(
                        tables.stream().map(SourceTable::name).toList(),
                        tables.stream().map(SourceTable::header).toList()).orElse(Preset.PRISM);
                List<SourceFile> files = new ArrayList<>();
                List<String> ignored = new ArrayList<>(opened.skipped());
                for (SourceTable table : tables) {
                    Optional<RecordType> t = tables.size() == 1 && type != null ? Optional.of(type)
                            : PresetMapping.typeOfFile(preset, table.name());
                    // In a ZIP the file name says the type; a single file may be recognised by its header.
                    if (t.isEmpty() && tables.size() == 1) t = PresetMapping.typeOfHeader(preset, table.header());
                    if (t.isEmpty()) {
                        ignored.add(table.name());
                        continue;
                    }
                    files.add(new SourceFile(table, t.get(), mappingOf(preset, t.get(), table.header(), mapping),
                            PresetMapping.channelOfFile(table.name())));
                }
                if (files.isEmpty()) {
                    throw Invalid.field("file", "no file of a known type (" + String.join(", ", ignored)
                            + "); choose the preset and the type");
                }
                ImportEngine engine = new ImportEngine(services, preset, opts, decisions, id, savepoints(tx),
                        commit ? changes(id) : noChanges(), progress(id, commit));
                ImportResult result = engine.run(files);
                result.ignoredFiles.addAll(ignored);
                for (SourceFile f : files) {
                    result.files.add(new ImportResult.FileInfo(f.name(), f.type().name(), f.table().format(),
                            f.table().encoding() == null ? null : f.table().encoding().name(),
                            f.table().delimiter() == null ? null : delimiterName(f.table().delimiter()),
                            engine.rowsOf(f.name()), f.mapping(), unmapped(f)));
                }
                Map<String, Object> resultJson = resultJson(result, preset);
                boolean keep = commit && (!result.hasErrors() || skipInvalid);
                if (keep) {
                    imports.committed(id, write(resultJson), result.rowsRead());
                    if (!engine.rejected.isEmpty()) imports.storeRejected(id, rejectedCsv(engine.rejected));
                } else {
                    tx.setRollbackOnly();
                }
                return new Run(result, resultJson, engine.rejected, preset);
            } catch (UnreadableFile e) {
                tx.setRollbackOnly();
                throw e.unsupported() ? problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported file", e.getMessage(),
                        null) : Invalid.field("file", e.getMessage());
            }
        });
    }

    /** Commits a previewed import: all or nothing, unless {@code skipInvalid} leaves the rows in error out. */
    public Map<String, Object> commit(long id, boolean skip, List<Map<String, Object>> decisionList) {
        ImportRepository.RunRow run = visibleRun(id);
        if (!run.status().equals("PREVIEWED")) {
            throw new Conflict("Import " + id + " is " + run.status() + "; only a previewed import is committed.");
        }
        Map<String, ImportEngine.Decision> decisions = decisions(decisionList);
        Path file = spoolStored(id);
        progressPhase(id, "committing");
        try {
            Run result = analyse(id, file, run.fileName(), run.preset() == null ? null : Preset.valueOf(run.preset()),
                    run.recordType() == null ? null : RecordType.valueOf(run.recordType()), readMapping(run),
                    readOptions(run), decisions, true, skip);
            if (result.result().hasErrors() && !skip) throw refused(result.result());
            return view(imports.findRun(id).orElseThrow());
        } finally {
            progressPhase(id, null);
            delete(file);
        }
    }

    /** Undoes a committed import while nothing else changed its records: deletes what it made, restores what it updated. */
    public Map<String, Object> undo(long id) {
        ImportRepository.RunRow run = visibleRun(id);
        if (!run.status().equals("COMMITTED")) throw new Conflict("Import " + id + " is " + run.status()
                + "; only a committed import is undone.");
        transaction.executeWithoutResult(tx -> {
            String status = imports.lockRun(id);
            if (!"COMMITTED".equals(status)) {
                throw new Conflict("Import " + id + " is " + status + "; only a committed import is undone.");
            }
            List<ImportRepository.ChangeRow> changes = imports.changes(id);
            List<String> changed = new ArrayList<>();
            for (ImportRepository.ChangeRow c : changes) {
                RecordType type = RecordType.valueOf(c.recordType());
                Optional<Long> version = currentVersion(type, c.recordId());
                if (version.isEmpty()) changed.add(type + " " + c.recordId() + " was deleted");
                else if (version.get() != c.versionAfter() && !changedLaterBySameImport(changes, c)) {
                    changed.add(type + " " + c.recordId() + " was changed since");
                }
            }
            long[] batch = services.sales().batchCounts(id);
            if (batch[1] > 0) changed.add(batch[1] + " sales line(s) were changed since");
            if (!changed.isEmpty()) {
                throw new Conflict("Import " + id + " cannot be undone: its records changed since ("
                        + String.join("; ", changed.subList(0, Math.min(10, changed.size())))
                        + (changed.size() > 10 ? "; …" : "") + ").");
            }
            try {
                services.sales().deleteBatch(id);
                Set<String> done = new java.util.HashSet<>();
                for (int i = changes.size() - 1; i >= 0; i--) {
                    ImportRepository.ChangeRow c = changes.get(i);
                    if (c.action().equals("CREATED")) {
                        delete(RecordType.valueOf(c.recordType()), c.recordId());
                        done.add(c.recordType() + c.recordId());
                    }
                }
                // Restore the oldest "before" of every updated record that still exists, newest change first.
                for (int i = changes.size() - 1; i >= 0; i--) {
                    ImportRepository.ChangeRow c = changes.get(i);
                    if (c.action().equals("UPDATED") && !done.contains(c.recordType() + c.recordId())) {
                        restore(RecordType.valueOf(c.recordType()), c.recordId(), readMap(c.beforeJson()));
                    }
                }
            } catch (DataIntegrityViolationException | Conflict e) {
                throw new Conflict("Import " + id + " cannot be undone: other records now point at what it created ("
                        + e.getMessage().lines().findFirst().orElse("") + ").");
            }
            imports.undone(id);
        });
        return view(imports.findRun(id).orElseThrow());
    }

    private static boolean changedLaterBySameImport(List<ImportRepository.ChangeRow> changes,
            ImportRepository.ChangeRow c) {
        long last = c.versionAfter();
        for (ImportRepository.ChangeRow other : changes) {
            if (other.id() > c.id() && other.recordType().equals(c.recordType()) && other.recordId() == c.recordId()) {
                last = other.versionAfter();
            }
        }
        return last != c.versionAfter();
    }

    public Map<String, Object> get(long id) {
        return view(visibleRun(id));
    }

    /** The import history: every import (managers and administrators) or one's own (members), newest first. */
    public Map<String, Object> history(int page, int size) {
        Viewer viewer = services.currentUser().viewer();
        String by = viewer.isManagerOrAdmin() ? null : viewer.email();
        List<Map<String, Object>> items = new ArrayList<>();
        for (ImportRepository.RunRow r : imports.runs(by, size, page * size)) items.add(summary(r));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", items);
        out.put("page", page);
        out.put("size", size);
        out.put("total", imports.countRuns(by));
        return out;
    }

    /** The rows a commit with {@code skipInvalid} left out, each with its error, as CSV. */
    public Optional<byte[]> rejectedCsv(long id) {
        visibleRun(id);
        return imports.rejected(id);
    }

    /** How far a running import is (for the progress bar). */
    public Map<String, Object> progress(long id) {
        ImportRepository.RunRow r = visibleRun(id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        out.put("status", r.status());
        var p = imports.progressOf(id);
        boolean running = r.status().equals("RUNNING") || p.isPresent() && p.get().running();
        out.put("running", running);
        out.put("rowsDone", running && p.isPresent() ? p.get().rowsDone() : r.rowsDone());
        out.put("rowsTotal", r.rowsTotal());
        out.put("phase", running && p.isPresent() ? p.get().phase() : null);
        return out;
    }

    // ------------------------------------------------------------------------------------------------ internals

    private ImportRepository.RunRow visibleRun(long id) {
        ImportRepository.RunRow run = imports.findRun(id).orElseThrow(() -> new NotFound("Import", id));
        Viewer viewer = services.currentUser().viewer();
        if (!viewer.isManagerOrAdmin() && !viewer.email().equalsIgnoreCase(run.createdBy())) {
            throw new NotFound("Import", id);
        }
        return run;
    }

    private ImportEngine.Savepoints savepoints(TransactionStatus tx) {
        return new ImportEngine.Savepoints() {
            public Object create() {
                return tx.createSavepoint();
            }

            public void rollbackTo(Object savepoint) {
                tx.rollbackToSavepoint(savepoint);
                tx.releaseSavepoint(savepoint);
            }

            public void release(Object savepoint) {
                tx.releaseSavepoint(savepoint);
            }
        };
    }

    private ImportEngine.Changes changes(long id) {
        // Stored in JDBC batches (the engine hands over a row's changes only once the row succeeded), in order.
        List<ImportRepository.NewChange> pending = new ArrayList<>();
        return new ImportEngine.Changes() {
            public void created(RecordType type, long recordId, long version) {
                pending.add(new ImportRepository.NewChange(type, recordId, "CREATED", version, null));
                if (pending.size() >= 500) flush();
            }

            public void updated(RecordType type, long recordId, long versionAfter, Map<String, Object> before) {
                pending.add(new ImportRepository.NewChange(type, recordId, "UPDATED", versionAfter, write(before)));
                if (pending.size() >= 500) flush();
            }

            public void flush() {
                imports.insertChanges(id, pending);
                pending.clear();
            }
        };
    }

    private static ImportEngine.Changes noChanges() {
        return new ImportEngine.Changes() {
            public void created(RecordType type, long id, long version) {}

            public void updated(RecordType type, long id, long versionAfter, Map<String, Object> before) {}
        };
    }

    private Runnable progress(long id, boolean commit) {
        long[] rows = {0};
        return () -> {
            rows[0] += 1000;
            separate.executeWithoutResult(tx -> imports.progress(id, rows[0], commit ? "committing" : "checking"));
        };
    }

    /** Marks the start and the end of a run in the progress table (outside the run's own transaction). */
    private void progressPhase(long id, String phase) {
        separate.executeWithoutResult(tx -> imports.progress(id, 0, phase));
    }

    private Optional<Long> currentVersion(RecordType type, long id) {
        try {
            return Optional.of(switch (type) {
                case PRODUCT -> services.products().getProduct(id).version();
                case ACCOUNT -> services.accounts().getAccount(id).version();
                case UNIT -> services.units().getUnit(id).version();
                case CONTACT -> services.contacts().getContact(id).version();
                case OPPORTUNITY, OPPORTUNITY_LINE -> services.opportunities().getOpportunity(id).version();
                case SALE -> services.sales().findSale(id).orElseThrow(() -> new NotFound("Sale", id)).version();
                case TOUCHPOINT -> services.touchpoints().getTouchpoint(id).version();
                case CELL -> services.cells().findCell(id).orElseThrow(() -> new NotFound("Cell", id)).version();
            });
        } catch (NotFound e) {
            return Optional.empty();
        }
    }

    private void delete(RecordType type, long id) {
        switch (type) {
            case PRODUCT -> services.products().deleteUnusedProduct(id);
            case ACCOUNT -> services.accounts().deleteAccount(id);
            case UNIT -> services.units().deleteUnit(id);
            case CONTACT -> services.contacts().deleteContact(id);
            case OPPORTUNITY, OPPORTUNITY_LINE -> services.opportunities().deleteOpportunity(id);
            case TOUCHPOINT -> services.touchpoints().deleteTouchpoint(id);
            case CELL -> services.cells().deleteCell(id);
            case SALE -> {}
        }
    }

    /** Puts the fields an import changed back to the values they had before it. */
    private void restore(RecordType type, long id, Map<String, Object> before) {
        Set<String> fields = before.keySet();
        switch (type) {
            case PRODUCT -> services.products().updateProduct(id, Patch.of(new ProductPatch(str(before, "code"),
                    str(before, "name"), str(before, "family"), (Boolean) before.get("active"),
                    dec(before, "typicalAnnualValue"), null, str(before, "externalId")), fields), null);
            case ACCOUNT -> services.accounts().updateAccount(id, Patch.of(new AccountPatch(str(before, "name"),
                    str(before, "industry"), str(before, "country"), en(app.prism.account.Scope.class, before, "scope"),
                    null, str(before, "externalId"), null), fields), null);
            case UNIT -> services.units().updateUnit(id, Patch.of(new UnitPatch(str(before, "name"),
                    en(app.prism.account.UnitKind.class, before, "kind"), lng(before, "parentId"),
                    str(before, "country"), str(before, "city"), str(before, "externalId"), null), fields), null);
            case CONTACT -> services.contacts().updateContact(id, Patch.of(new ContactPatch(lng(before, "unitId"),
                    str(before, "name"), str(before, "title"), str(before, "email"), str(before, "phone"),
                    en(BuyingRole.class, before, "buyingRole"), en(Attitude.class, before, "attitude"),
                    before.get("relationshipStrength") == null ? null
                            : ((Number) before.get("relationshipStrength")).intValue(),
                    lng(before, "reportsToId"), null, (Boolean) before.get("active"), null, null, null, null, null,
                    null, str(before, "externalId")), fields), null);
            case OPPORTUNITY, OPPORTUNITY_LINE -> {
                OpportunityView now = services.opportunities().getOpportunity(id);
                Stage stage = en(Stage.class, before, "stage");
                if (stage != null && stage != Stage.OPEN && now.stage() != Stage.OPEN && stage != now.stage()) {
                    services.opportunities().updateOpportunity(id, Patch.of(new OpportunityPatch(null, null,
                            Stage.OPEN, null, null, null, null), Set.of("stage")), null);
                }
                services.opportunities().updateOpportunity(id, Patch.of(new OpportunityPatch(str(before, "title"),
                        dec(before, "value"), stage, date(before, "closeDate"), str(before, "competitor"),
                        en(LossReason.class, before, "lossReason"), null, str(before, "externalId"),
                        str(before, "salesStage"), before.get("probability") == null ? null
                                : ((Number) before.get("probability")).intValue(), lng(before, "ownerId")), fields),
                        null);
            }
            case SALE -> {
                var sale = services.sales().findSale(id).orElseThrow(() -> new NotFound("Sale", id));
                services.sales().updateSale(id, sale.version(), date(before, "date"), dec(before, "amount"),
                        dec(before, "cost"), sale.externalId());
            }
            case TOUCHPOINT -> services.touchpoints().updateTouchpoint(id, Patch.of(new TouchpointPatch(
                    longs(before, "contactIds"), longs(before, "productIds"), date(before, "date"),
                    en(Channel.class, before, "channel"), str(before, "note"), null), fields), null);
            case CELL -> services.cells().setCell(lng(before, "unitId"), lng(before, "productId"),
                    dec(before, "potential"), str(before, "competitor"), null);
        }
    }

    private static String str(Map<String, Object> m, String k) {
        Object v = m.get(k);
        return v == null ? null : v.toString();
    }

    private static BigDecimal dec(Map<String, Object> m, String k) {
        Object v = m.get(k);
        return v == null ? null : new BigDecimal(v.toString()).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static Long lng(Map<String, Object> m, String k) {
        Object v = m.get(k);
        return v == null ? null : ((Number) v).longValue();
    }

    private static LocalDate date(Map<String, Object> m, String k) {
        Object v = m.get(k);
        return v == null ? null : LocalDate.parse(v.toString());
    }

    private static List<Long> longs(Map<String, Object> m, String k) {
        Object v = m.get(k);
        if (v == null) return null;
        return ((List<?>) v).stream().map(x -> ((Number) x).longValue()).toList();
    }

    private static <E extends Enum<E>> E en(Class<E> type, Map<String, Object> m, String k) {
        Object v = m.get(k);
        return v == null ? null : Enum.valueOf(type, v.toString());
    }

    private Map<String, String> mappingOf(Preset preset, RecordType type, List<String> header,
            Map<String, String> given) {
        Map<String, String> mapping = new LinkedHashMap<>(PresetMapping.mapping(preset, type, header));
        if (given != null) {
            for (String column : header) {
                if (!given.containsKey(column)) continue;
                String field = given.get(column);
                if (field == null || field.isBlank()) mapping.remove(column);
                else mapping.put(column, field.strip());
            }
        }
        List<String> known = PresetMapping.fields(type);
        for (Map.Entry<String, String> e : mapping.entrySet()) {
            for (String f : e.getValue().split(",")) {
                if (!known.contains(f.strip())) {
                    throw Invalid.field("mapping", "column '" + e.getKey() + "' maps to '" + f.strip()
                            + "', which is not a field of " + type + " (" + String.join(", ", known) + ")");
                }
            }
        }
        return mapping;
    }

    private static List<String> unmapped(SourceFile f) {
        return f.table().header().stream().filter(h -> !f.mapping().containsKey(h)).toList();
    }

    private static String delimiterName(char c) {
        return c == '\t' ? "\\t" : String.valueOf(c);
    }

    private ImportFiles.Opened open(Path file, String fileName, ImportOptions opts) {
        Charset encoding = null;
        if (opts.encoding() != null && !opts.encoding().isBlank()) {
            try {
                encoding = Charset.forName(opts.encoding().strip());
            } catch (RuntimeException e) {
                throw Invalid.field("options.encoding", "unknown encoding '" + opts.encoding() + "'");
            }
        }
        Character delimiter = null;
        if (opts.delimiter() != null && !opts.delimiter().isEmpty()) {
            String d = opts.delimiter().equals("\\t") || opts.delimiter().equalsIgnoreCase("tab") ? "\t"
                    : opts.delimiter();
            if (d.length() != 1 || ",;\t|".indexOf(d.charAt(0)) < 0) {
                throw Invalid.field("options.delimiter", "must be one of , ; tab |");
            }
            delimiter = d.charAt(0);
        }
        try {
            return ImportFiles.open(file, fileName == null ? "upload" : fileName, new ReadOptions(encoding, delimiter),
                    ImportFiles.Limits.DEFAULT);
        } catch (UnreadableFile e) {
            throw e.unsupported() ? problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported file", e.getMessage(), null)
                    : Invalid.field("file", e.getMessage());
        }
    }

    private static void checkOptions(ImportOptions o) {
        if (o.dateFormat() != null && !o.dateFormat().isBlank()) {
            try {
                app.prism.imports.values.DateValue.of(o.dateFormat());
            } catch (IllegalArgumentException e) {
                throw Invalid.field("options.dateFormat", "'" + o.dateFormat() + "' is not a date format such as "
                        + "M/d/yyyy, d.M.yyyy or dd/MM/yyyy");
            }
        }
        if (o.decimalSeparator() != null && !o.decimalSeparator().equals(".") && !o.decimalSeparator().equals(",")) {
            throw Invalid.field("options.decimalSeparator", "must be '.' or ','");
        }
    }

    private Map<String, ImportEngine.Decision> decisions(List<Map<String, Object>> list) {
        Map<String, ImportEngine.Decision> out = new HashMap<>();
        if (list == null) return out;
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Map<String, Object> d = list.get(i);
            Object file = d.get("file");
            Object row = d.get("row");
            Object action = d.get("action");
            ImportEngine.Decision decision = null;
            try {
                decision = action == null ? null : ImportEngine.Decision.valueOf(action.toString());
            } catch (IllegalArgumentException e) {
                // reported below
            }
            if (file == null || !(row instanceof Number) || decision == null) {
                problems.add(new Invalid.FieldProblem("decisions[" + i + "]",
                        "needs file, row and action (MERGE, CREATE or SKIP)"));
                continue;
            }
            out.put(file + "#" + ((Number) row).longValue(), decision);
        }
        if (!problems.isEmpty()) throw new Invalid(problems);
        return out;
    }

    private static ErrorResponseException refused(ImportResult result) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (ImportResult.RowError e : result.errors()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", e.file());
            m.put("row", e.row());
            m.put("column", e.column());
            m.put("message", e.message());
            errors.add(m);
        }
        return problem(HttpStatus.BAD_REQUEST, "Invalid rows", result.errorCount() + " row(s) have errors; fix them "
                + "and import again, or commit with skipInvalid to leave them out.", errors);
    }

    static ErrorResponseException problem(HttpStatus status, String title, String detail,
            List<Map<String, Object>> errors) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setTitle(title);
        if (errors != null) pd.setProperty("errors", errors);
        return new ErrorResponseException(status, pd, null);
    }

    private Map<String, Object> resultJson(ImportResult r, Preset preset) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("preset", preset.name());
        m.put("files", r.files());
        m.put("ignoredFiles", r.ignoredFiles());
        m.put("counts", r.countsByType());
        m.put("rows", r.rowsRead());
        m.put("errorCount", r.errorCount());
        m.put("errors", r.errors());
        m.put("duplicates", r.duplicates());
        m.put("skipped", r.skips());
        m.put("firstRows", r.firstRows());
        return m;
    }

    private Map<String, Object> summary(ImportRepository.RunRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("status", r.status());
        Map<String, Object> result = r.resultJson() == null ? Map.of() : readMap(r.resultJson());
        m.put("preset", r.preset() != null ? r.preset() : result.get("preset"));
        m.put("type", r.recordType());
        m.put("fileName", r.fileName());
        m.put("fileSize", r.fileSize());
        m.put("accountId", r.accountId());
        m.put("createdAt", r.createdAt());
        m.put("createdBy", r.createdBy());
        m.put("committedAt", r.committedAt());
        m.put("committedBy", r.committedBy());
        m.put("undoneAt", r.undoneAt());
        m.put("undoneBy", r.undoneBy());
        m.put("counts", result.getOrDefault("counts", Map.of()));
        m.put("files", result.getOrDefault("files", List.of()));
        m.put("mapping", r.mappingJson() == null ? null : readMap(r.mappingJson()));
        m.put("options", r.optionsJson() == null ? null : readMap(r.optionsJson()));
        return m;
    }

    private Map<String, Object> view(ImportRepository.RunRow r) {
        Map<String, Object> m = summary(r);
        Map<String, Object> result = r.resultJson() == null ? Map.of() : readMap(r.resultJson());
        for (String k : List.of("ignoredFiles", "rows", "errorCount", "errors", "duplicates", "skipped",
                "firstRows")) {
            m.put(k, result.get(k));
        }
        m.put("hasRejected", imports.rejected(r.id()).isPresent());
        return m;
    }

    private Map<String, String> readMapping(ImportRepository.RunRow r) {
        if (r.mappingJson() == null) return null;
        return json.readValue(r.mappingJson(), new TypeReference<Map<String, String>>() {});
    }

    private ImportOptions readOptions(ImportRepository.RunRow r) {
        if (r.optionsJson() == null) return ImportOptions.NONE;
        return json.readValue(r.optionsJson(), ImportOptions.class);
    }

    private Map<String, Object> readMap(String s) {
        if (s == null) return Map.of();
        // money stays exact with its two decimals (29600.00, not 29600.0)
        return json.readerFor(new TypeReference<LinkedHashMap<String, Object>>() {})
                .with(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readValue(s);
    }

    private String write(Object o) {
        return o == null ? null : json.writeValueAsString(o);
    }

    private static byte[] rejectedCsv(List<ImportEngine.Rejected> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            String file = null;
            boolean several = rows.stream().map(ImportEngine.Rejected::file).distinct().count() > 1;
            for (ImportEngine.Rejected r : rows) {
                if (!r.file().equals(file)) {
                    file = r.file();
                    List<String> header = new ArrayList<>();
                    if (several) header.add("file");
                    header.add("row");
                    header.addAll(r.header());
                    header.add("error");
                    csv.printRecord(header.stream().map(app.prism.web.SpreadsheetText::neutralise).toList());
                }
                List<String> values = new ArrayList<>();
                if (several) values.add(r.file());
                values.add(String.valueOf(r.row()));
                for (int i = 0; i < r.header().size(); i++) values.add(i < r.values().size() ? r.values().get(i) : "");
                values.add(r.error());
                csv.printRecord(values.stream().map(app.prism.web.SpreadsheetText::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Path spool(InputStream in) {
        try {
            Path file = Files.createTempFile("prism-import-", ".upload");
            try (in; OutputStream out = Files.newOutputStream(file)) {
                in.transferTo(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path spoolStored(long id) {
        try {
            Path file = Files.createTempFile("prism-import-" + id + "-", ".upload");
            try (OutputStream out = Files.newOutputStream(file)) {
                transaction.executeWithoutResult(tx -> imports.copyFile(id, out));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temp file left behind is removed with the temp directory
        }
    }

    /** Each stored file's header, then its first three rows, by file name (for the mapping table of a page). */
    public Map<String, List<List<String>>> sampleValues(long id) {
        ImportRepository.RunRow run = visibleRun(id);
        Path file = spoolStored(id);
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        try (ImportFiles.Opened opened = open(file, run.fileName(), readOptions(run))) {
            for (SourceTable table : opened.tables()) {
                List<List<String>> rows = new ArrayList<>();
                rows.add(table.header());
                var it = table.rows();
                while (rows.size() < 4 && it.hasNext()) rows.add(it.next().values());
                out.put(table.name(), rows);
            }
        } catch (UnreadableFile e) {
            // the preview reports an unreadable file; no samples then
        } finally {
            delete(file);
        }
        return out;
    }

    /**
     * Previews the stored upload of a previewed import again with another mapping and options: a new import (the
     * earlier one stays in the history as previewed and is never committed from the page).
     */
    public Map<String, Object> remap(long id, Map<String, String> mapping, ImportOptions options) {
        ImportRepository.RunRow run = visibleRun(id);
        if (!run.status().equals("PREVIEWED")) {
            throw new Conflict("Import " + id + " is " + run.status() + "; only a previewed import is checked again.");
        }
        Map<String, String> merged = new LinkedHashMap<>();
        Map<String, String> before = readMapping(run);
        if (before != null) merged.putAll(before);
        if (mapping != null) merged.putAll(mapping);
        Path file = spoolStored(id);
        try (InputStream in = Files.newInputStream(file)) {
            return upload(new Upload(run.fileName(), Files.size(file), in),
                    run.preset() == null ? null : Preset.valueOf(run.preset()),
                    run.recordType() == null ? null : RecordType.valueOf(run.recordType()), merged,
                    options == null ? readOptions(run) : options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(file);
        }
    }
}
