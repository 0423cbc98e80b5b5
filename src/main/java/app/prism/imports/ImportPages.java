package app.prism.imports;

import app.prism.account.AccountService;
import app.prism.identity.CurrentUser;
import app.prism.web.Conflict;
import app.prism.web.FormErrors;
import app.prism.web.Invalid;
import app.prism.web.NotFound;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import wizard (Admin ▸ Import, or Import… on an account's tabs): upload, preview with the mapping, counts,
 * errors and likely duplicates, commit with a progress bar, the result, undo. Everything goes through ImportService.
 */
@Controller
class ImportPages {

    /** The errors a preview lists (the counts count all of them). */
    static final int MAX_ERRORS_SHOWN = 200;
    private static final Path SAMPLES = Path.of("docs", "samples");
    static final Map<String, String> PRESET_LABELS = Map.of("SALESFORCE", "Salesforce", "HUBSPOT", "HubSpot",
            "DYNAMICS365", "Dynamics 365", "PRISM", "Prism templates");

    private final ImportService imports;
    private final AccountService accounts;
    private final CurrentUser currentUser;

    ImportPages(ImportService imports, AccountService accounts, CurrentUser currentUser) {
        this.imports = imports;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** The form fields of the upload, kept to show the form again as it was filled in. */
    record UploadForm(String preset, String type, String encoding, String delimiter, String dateFormat,
            String decimalSeparator, String wonAsSales, Long accountId) {

        ImportOptions options() {
            return new ImportOptions(blank(dateFormat), blank(encoding), blank(delimiter),
                    wonAsSales == null || wonAsSales.isBlank() ? null : Boolean.valueOf(wonAsSales), accountId,
                    blank(decimalSeparator));
        }
    }

    @GetMapping("/imports")
    String start(@RequestParam(required = false) Long accountId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String type, Model model) {
        // a link may preset the record type (the Matrix tab's "upload potentials" asks for CELL rows of its account)
        String presetType = type != null && java.util.Arrays.stream(RecordType.values())
                .anyMatch(t -> t.name().equals(type)) ? type : "";
        UploadForm form = model.containsAttribute("form") ? (UploadForm) model.getAttribute("form")
                : new UploadForm("", presetType, "", "", "", "", "", accountId);
        model.addAttribute("form", form);
        Long into = form.accountId();
        if (into != null) model.addAttribute("account", accounts.getAccount(into));
        model.addAttribute("presets", Preset.values());
        model.addAttribute("types", RecordType.values());
        model.addAttribute("samples", samples());
        int p = page == null || page < 0 ? 0 : page;
        Map<String, Object> history = imports.history(p, 20);
        List<Map<String, Object>> items = new ArrayList<>();
        for (Object o : (List<?>) history.get("items")) {
            Map<String, Object> item = new LinkedHashMap<>(cast((Map<?, ?>) o));
            item.put("totals", totals(item.get("counts")));
            items.add(item);
        }
        model.addAttribute("history", history);
        model.addAttribute("historyItems", items);
        model.addAttribute("presetLabels", PRESET_LABELS);
        model.addAttribute("nav", currentUser.viewer().isManagerOrAdmin() ? "admin" : "");
        return "imports/imports";
    }

    @PostMapping("/imports")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, UploadForm form, Model model,
            HttpServletResponse response) throws IOException {
        if (file == null || file.isEmpty()) {
            return refused(form, "Choose a CSV, XLSX or ZIP file.", HttpStatus.BAD_REQUEST, model, response);
        }
        try (InputStream in = file.getInputStream()) {
            Map<String, Object> view = imports.upload(new ImportService.Upload(file.getOriginalFilename(),
                    file.getSize(), in), parse(Preset.class, form.preset()), parse(RecordType.class, form.type()),
                    null, form.options());
            return "redirect:/imports/" + view.get("id");
        } catch (Invalid e) {
            return refused(form, message(e), HttpStatus.BAD_REQUEST, model, response);
        } catch (ErrorResponseException e) {
            return refused(form, e.getBody().getDetail(), HttpStatus.valueOf(e.getStatusCode().value()), model,
                    response);
        }
    }

    /** Imports one of the sample exports of docs/samples, as "Try a sample" offers them. */
    @PostMapping("/imports/samples/{preset}")
    String trySample(@PathVariable String preset, @RequestParam(required = false) Long accountId, Model model,
            HttpServletResponse response) throws IOException {
        Path sample = sample(preset);
        Preset p = parse(Preset.class, preset);
        UploadForm form = new UploadForm(p.name(), "", "", "", "", "", "", accountId);
        try (InputStream in = Files.newInputStream(sample)) {
            Map<String, Object> view = imports.upload(new ImportService.Upload(sample.getFileName().toString(),
                    Files.size(sample), in), p, null, null, form.options());
            return "redirect:/imports/" + view.get("id");
        } catch (Invalid e) {
            return refused(form, message(e), HttpStatus.BAD_REQUEST, model, response);
        }
    }

    @GetMapping("/imports/samples/{preset}.zip")
    ResponseEntity<byte[]> sampleZip(@PathVariable String preset) throws IOException {
        Path sample = sample(preset);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + sample.getFileName() + "\"")
                .body(Files.readAllBytes(sample));
    }

    @GetMapping("/imports/{id}")
    String show(@PathVariable long id, Model model) {
        Map<String, Object> view = imports.get(id);
        model.addAttribute("run", view);
        model.addAttribute("presetLabels", PRESET_LABELS);
        model.addAttribute("totals", totals(view.get("counts")));
        model.addAttribute("nav", currentUser.viewer().isManagerOrAdmin() ? "admin" : "");
        if (view.get("accountId") instanceof Number a) model.addAttribute("account", accounts.getAccount(a.longValue()));
        if ("PREVIEWED".equals(view.get("status"))) {
            model.addAttribute("samples", imports.sampleValues(id));
            Map<String, List<String>> fields = new LinkedHashMap<>();
            for (RecordType t : RecordType.values()) fields.put(t.name(), PresetMapping.fields(t));
            model.addAttribute("fields", fields);
        }
        List<?> errors = view.get("errors") instanceof List<?> l ? l : List.of();
        model.addAttribute("errorsShown", errors.subList(0, Math.min(MAX_ERRORS_SHOWN, errors.size())));
        Map<String, Object> options = view.get("options") instanceof Map<?, ?> o ? cast(o) : Map.of();
        model.addAttribute("options", options);
        return "imports/import";
    }

    /** Checks the stored upload again with the mapping and settings of the preview's form: a new preview. */
    @PostMapping("/imports/{id}/remap")
    String remap(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            HttpServletResponse response) {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String key : params.keySet()) {
            if (!key.startsWith("col_")) continue;
            String suffix = key.substring(4);
            String column = params.getFirst("name_" + suffix);
            String field = params.getFirst(key);
            String before = params.getFirst("orig_" + suffix);
            if (column == null || field == null) continue;
            if (!field.equals(before == null ? "" : before)) mapping.put(column, field);
        }
        Map<String, Object> old = imports.get(id);
        Long accountId = old.get("options") instanceof Map<?, ?> o && o.get("accountId") instanceof Number n
                ? n.longValue() : null;
        UploadForm form = new UploadForm(null, null, params.getFirst("encoding"), params.getFirst("delimiter"),
                params.getFirst("dateFormat"), params.getFirst("decimalSeparator"), params.getFirst("wonAsSales"),
                accountId);
        try {
            Map<String, Object> view = imports.remap(id, mapping, form.options());
            return "redirect:/imports/" + view.get("id");
        } catch (Invalid e) {
            model.addAttribute("remapError", message(e));
        } catch (ErrorResponseException e) {
            model.addAttribute("remapError", e.getBody().getDetail());
        } catch (Conflict e) {
            model.addAttribute("remapError", e.getMessage());
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return show(id, model);
    }

    /** Commits: htmx gets the result in place of the preview (polling the progress meanwhile), a plain form a redirect. */
    @PostMapping("/imports/{id}/commit")
    String commit(@PathVariable long id, @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        List<Map<String, Object>> decisions = new ArrayList<>();
        for (String key : params.keySet()) {
            if (!key.startsWith("dup_")) continue;
            String i = key.substring(4);
            String file = params.getFirst("dupFile_" + i);
            String row = params.getFirst("dupRow_" + i);
            if (file == null || row == null) continue;
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("file", file);
            d.put("row", Long.parseLong(row));
            d.put("action", params.getFirst(key));
            decisions.add(d);
        }
        boolean skip = "true".equals(params.getFirst("skipInvalid"));
        try {
            imports.commit(id, skip, decisions);
            if (!FormErrors.isHtmx(request)) return "redirect:/imports/" + id;
        } catch (ErrorResponseException e) {
            String detail = e.getBody().getDetail() == null ? "" : e.getBody().getDetail();
            model.addAttribute("commitError", detail.replace("commit with skipInvalid to leave them out",
                    "tick “Leave the rows in error out” below"));
            response.setStatus(e.getStatusCode().value());
        } catch (Conflict | Invalid e) {
            model.addAttribute("commitError", e.getMessage());
            response.setStatus(e instanceof Conflict ? 409 : 400);
        }
        if (FormErrors.isHtmx(request)) response.setStatus(200);   // htmx swaps only successful answers
        show(id, model);
        return FormErrors.isHtmx(request) ? "imports/import :: content" : "imports/import";
    }

    @GetMapping("/imports/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        Map<String, Object> p = imports.progress(id);
        long done = p.get("rowsDone") instanceof Number n ? n.longValue() : 0;
        long total = p.get("rowsTotal") instanceof Number n ? n.longValue() : 0;
        model.addAttribute("progress", p);
        model.addAttribute("done", Math.min(done, total));
        model.addAttribute("total", total);
        model.addAttribute("percent", total == 0 ? 0 : Math.min(100, done * 100 / total));
        return "imports/fragments/progress :: progress";
    }

    @PostMapping("/imports/{id}/undo")
    String undo(@PathVariable long id, Model model, HttpServletResponse response) {
        try {
            imports.undo(id);
        } catch (Conflict e) {
            model.addAttribute("undoError", e.getMessage());
            response.setStatus(HttpStatus.CONFLICT.value());
            return show(id, model);
        }
        return "redirect:/imports/" + id;   // the page says it was undone
    }

    @GetMapping("/imports/{id}/rejected.csv")
    ResponseEntity<byte[]> rejected(@PathVariable long id) {
        byte[] csv = imports.rejectedCsv(id).orElseThrow(() -> new NotFound("Rejected rows of import", id));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-" + id + "-rejected.csv\"")
                .body(csv);
    }

    // ------------------------------------------------------------------------------------------------ internals

    private String refused(UploadForm form, String message, HttpStatus status, Model model,
            HttpServletResponse response) {
        model.addAttribute("form", form);
        model.addAttribute("fileError", message);
        response.setStatus(status.value());
        return start(form.accountId(), null, null, model);
    }

    /** The presets whose sample export is at hand (docs/samples of the working directory). */
    private static List<String> samples() {
        List<String> out = new ArrayList<>();
        for (Preset p : Preset.values()) {
            if (Files.isRegularFile(SAMPLES.resolve(p.name().toLowerCase(Locale.ROOT) + "-sample.zip"))) {
                out.add(p.name());
            }
        }
        return out;
    }

    private static Path sample(String preset) {
        String name = preset.toLowerCase(Locale.ROOT);
        boolean known = false;
        for (Preset p : Preset.values()) known |= p.name().toLowerCase(Locale.ROOT).equals(name);
        Path file = SAMPLES.resolve(name + "-sample.zip");
        if (!known || !Files.isRegularFile(file)) throw new NotFound("Sample export", preset);
        return file;
    }

    private static String message(Invalid e) {
        List<String> parts = new ArrayList<>();
        for (Invalid.FieldProblem p : e.errors()) {
            parts.add(p.field().equals("file") ? p.message() : p.field().replace("options.", "") + ": " + p.message());
        }
        String text = String.join("; ", parts);
        return text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String raw) {
        if (raw == null || raw.isBlank()) return null;
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFound(type.getSimpleName(), raw);
        }
    }

    /** The counts of every type added up: new, updated, unchanged, skipped, duplicates, errors. */
    static Map<String, Long> totals(Object counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String k : List.of("new", "updated", "unchanged", "skipped", "duplicates", "errors")) out.put(k, 0L);
        if (counts instanceof Map<?, ?> byType) {
            for (Object c : byType.values()) {
                if (!(c instanceof Map<?, ?> m)) continue;
                m.forEach((k, v) -> {
                    if (v instanceof Number n) out.merge(k.toString(), n.longValue(), Long::sum);
                });
            }
        }
        return out;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }
}
