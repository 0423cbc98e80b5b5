package app.prism.imports;

import app.prism.web.Invalid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Templates and saved mappings. The templates answer under the API (Basic or token) and under the pages' session
 * ({@code /import-templates/…}), so a browser downloads them with its sign-in.
 */
@Controller
class ImportTemplatesApi {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ImportTemplates templates;
    private final ImportMappingService mappings;

    ImportTemplatesApi(ImportTemplates templates, ImportMappingService mappings) {
        this.templates = templates;
        this.mappings = mappings;
    }

    /** A blank template per type: {@code SALE.csv}, {@code contact.xlsx} … */
    @GetMapping({"/api/v1/import-templates/{file}", "/import-templates/{file}"})
    ResponseEntity<byte[]> blank(@PathVariable String file) {
        String[] parts = split(file);
        RecordType type = type(parts[0]);
        byte[] body = parts[1].equals("csv") ? templates.blankCsv(type) : templates.blankXlsx(type);
        return download(body, parts[1], type.name().toLowerCase(Locale.ROOT) + "-template." + parts[1]);
    }

    /** An account's sales template: a row per unit, the products on a second sheet (XLSX). */
    @GetMapping({"/api/v1/accounts/{id}/sales-template.{ext}", "/accounts/{id}/sales-template.{ext}"})
    ResponseEntity<byte[]> sales(@PathVariable long id, @PathVariable String ext) {
        if (!ext.equals("csv") && !ext.equals("xlsx")) throw Invalid.field("ext", "must be csv or xlsx");
        byte[] body = ext.equals("csv") ? templates.salesCsv(id) : templates.salesXlsx(id);
        return download(body, ext, "sales-template-" + id + "." + ext);
    }

    @GetMapping("/api/v1/import-mappings")
    @ResponseBody
    List<ImportMappingService.SavedMapping> list() {
        return mappings.list();
    }

    /** The body of a saved mapping. */
    record MappingRequest(String name, Preset preset, RecordType type, Map<String, String> mapping) {}

    @PostMapping("/api/v1/import-mappings")
    ResponseEntity<ImportMappingService.SavedMapping> save(@RequestBody MappingRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(mappings.save(body.name(), body.preset(), body.type(), body.mapping()));
    }

    @DeleteMapping("/api/v1/import-mappings/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        mappings.delete(id);
        return ResponseEntity.noContent().build();
    }

    private static String[] split(String file) {
        int dot = file.lastIndexOf('.');
        String ext = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!ext.equals("csv") && !ext.equals("xlsx")) throw Invalid.field("file", "must end in .csv or .xlsx");
        return new String[] {file.substring(0, dot), ext};
    }

    private static RecordType type(String raw) {
        String t = raw.toUpperCase(Locale.ROOT).replace('-', '_');
        if (t.endsWith("S") && !t.equals("SALES")) t = t.substring(0, t.length() - 1);
        if (t.equals("SALES")) t = "SALE";
        if (t.equals("OPPORTUNITIE")) t = "OPPORTUNITY";
        try {
            return RecordType.valueOf(t);
        } catch (IllegalArgumentException e) {
            throw Invalid.field("type", "must be one of " + List.of(RecordType.values()));
        }
    }

    private static ResponseEntity<byte[]> download(byte[] body, String ext, String name) {
        return ResponseEntity.ok().contentType(ext.equals("csv")
                        ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8) : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(body);
    }
}
