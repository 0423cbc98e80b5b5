package app.prism.imports;

import app.prism.web.Invalid;
import app.prism.web.PageQuery;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Imports through the API (PRODUCT.md section 8): upload and preview, commit, history, undo, the rejected rows. */
@RestController
@RequestMapping("/api/v1/imports")
class ImportsApi {

    private final ImportService imports;
    private final ImportMappingService mappings;
    private final JsonMapper json;

    ImportsApi(ImportService imports, ImportMappingService mappings, JsonMapper json) {
        this.imports = imports;
        this.mappings = mappings;
        this.json = json;
    }

    /** The body of a commit. */
    record CommitRequest(Boolean skipInvalid, List<Map<String, Object>> decisions) {}

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> upload(@RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String preset, @RequestParam(required = false) String type,
            @RequestParam(required = false) String mapping, @RequestParam(required = false) String options,
            @RequestParam(required = false) String mappingName) throws IOException {
        Preset chosenPreset = parse(Preset.class, "preset", preset);
        RecordType chosenType = parse(RecordType.class, "type", type);
        Map<String, String> chosenMapping = readMapping(mapping);
        if (mappingName != null && !mappingName.isBlank()) {
            // a saved mapping first; columns the request maps itself win over it
            var saved = mappings.findByName(mappingName).orElseThrow(() -> Invalid.field("mappingName",
                    "no saved mapping is named '" + mappingName + "'"));
            Map<String, String> merged = new java.util.LinkedHashMap<>(saved.mapping());
            if (chosenMapping != null) merged.putAll(chosenMapping);
            chosenMapping = merged;
            if (chosenPreset == null && saved.preset() != null) chosenPreset = Preset.valueOf(saved.preset());
            if (chosenType == null) chosenType = RecordType.valueOf(saved.type());
        }
        Map<String, Object> view = imports.upload(new ImportService.Upload(file.getOriginalFilename(), file.getSize(),
                file.getInputStream()), chosenPreset, chosenType, chosenMapping, readOptions(options));
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.LOCATION, "/api/v1/imports/" + view.get("id")).body(view);
    }

    @GetMapping
    Map<String, Object> history(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageQuery q = PageQuery.of(page, size, null);
        return imports.history(q.page(), q.size());
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable long id) {
        return imports.get(id);
    }

    @GetMapping("/{id}/progress")
    Map<String, Object> progress(@PathVariable long id) {
        return imports.progress(id);
    }

    @PostMapping("/{id}/commit")
    Map<String, Object> commit(@PathVariable long id, @RequestBody(required = false) CommitRequest body) {
        return imports.commit(id, body != null && Boolean.TRUE.equals(body.skipInvalid()),
                body == null ? null : body.decisions());
    }

    @DeleteMapping("/{id}")
    Map<String, Object> undo(@PathVariable long id) {
        return imports.undo(id);
    }

    @GetMapping("/{id}/rejected.csv")
    ResponseEntity<byte[]> rejected(@PathVariable long id) {
        byte[] csv = imports.rejectedCsv(id).orElseThrow(() -> new app.prism.web.NotFound("Rejected rows of import",
                id));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-" + id + "-rejected.csv\"")
                .body(csv);
    }

    private Map<String, String> readMapping(String raw) {
        if (raw == null || raw.isBlank()) return null;
        try {
            return json.readValue(raw, new TypeReference<Map<String, String>>() {});
        } catch (JacksonException e) {
            throw Invalid.field("mapping", "must be a JSON object {\"column\": \"field\"}");
        }
    }

    private ImportOptions readOptions(String raw) {
        if (raw == null || raw.isBlank()) return ImportOptions.NONE;
        try {
            return json.readValue(raw, ImportOptions.class);
        } catch (JacksonException e) {
            throw Invalid.field("options", "must be a JSON object {dateFormat?, encoding?, delimiter?, wonAsSales?, "
                    + "accountId?, decimalSeparator?}");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String raw) {
        if (raw == null || raw.isBlank()) return null;
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Invalid.field(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
