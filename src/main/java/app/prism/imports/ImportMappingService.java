package app.prism.imports;

import app.prism.identity.CurrentUser;
import app.prism.web.Audit;
import app.prism.web.Conflict;
import app.prism.web.Forbidden;
import app.prism.web.Invalid;
import app.prism.web.NotFound;
import app.prism.web.Texts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Saved named mappings ("Our Salesforce contacts"): a column → field mapping to reuse on the next import. */
@Service
public class ImportMappingService {

    /** A saved mapping. */
    public record SavedMapping(long id, String name, String preset, String type, Map<String, String> mapping,
            long version) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CurrentUser currentUser;

    ImportMappingService(JdbcClient jdbc, JsonMapper json, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.json = json;
        this.currentUser = currentUser;
    }

    public List<SavedMapping> list() {
        return jdbc.sql("select id, name, preset, record_type, mapping_json, version from import_mapping order by "
                + "name_key").query((rs, n) -> new SavedMapping(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), read(rs.getString(5)), rs.getLong(6))).list();
    }

    public Optional<SavedMapping> findByName(String name) {
        if (name == null || name.isBlank()) return Optional.empty();
        return list().stream().filter(m -> Texts.key(m.name()).equals(Texts.key(name.strip()))).findFirst();
    }

    /** Saves (or replaces, by name) a mapping; every field must be one of the type's. */
    @Transactional
    public SavedMapping save(String name, Preset preset, RecordType type, Map<String, String> mapping) {
        if (!currentUser.viewer().isManagerOrAdmin()) {
            throw new Forbidden("Only managers and administrators save mappings for everyone.");
        }
        String n = Texts.trimToNull(name);
        if (n == null) throw Invalid.field("name", "must not be blank");
        if (n.length() > 100) throw Invalid.field("name", "is longer than 100 characters");
        if (type == null) throw Invalid.field("type", "must be one of " + List.of(RecordType.values()));
        if (mapping == null || mapping.isEmpty()) throw Invalid.field("mapping", "must map at least one column");
        List<String> known = PresetMapping.fields(type);
        for (var e : mapping.entrySet()) {
            if (e.getValue() == null || e.getValue().isBlank()) continue;
            for (String f : e.getValue().split(",")) {
                if (!known.contains(f.strip())) {
                    throw Invalid.field("mapping." + e.getKey(), "'" + f.strip() + "' is not a field of " + type
                            + " (" + String.join(", ", known) + ")");
                }
            }
        }
        String body = json.writeValueAsString(new LinkedHashMap<>(mapping));
        if (body.length() > 20000) throw Invalid.field("mapping", "is too large");
        var now = Audit.now();
        int updated = jdbc.sql("""
                update import_mapping set name = :name, preset = :preset, record_type = :type, mapping_json = :m,
                       version = version + 1, updated_at = :now, updated_by = :by where name_key = :key""")
                .param("name", n).param("preset", preset == null ? null : preset.name()).param("type", type.name())
                .param("m", body).param("now", now).param("by", Audit.actor()).param("key", Texts.key(n)).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into import_mapping (name, name_key, preset, record_type, mapping_json, version, created_at,
                                                created_by, updated_at, updated_by)
                    values (:name, :key, :preset, :type, :m, 0, :now, :by, :now, :by)""")
                    .param("name", n).param("key", Texts.key(n)).param("preset", preset == null ? null : preset.name())
                    .param("type", type.name()).param("m", body).param("now", now).param("by", Audit.actor()).update();
        }
        return findByName(n).orElseThrow(() -> new Conflict("The mapping could not be saved."));
    }

    @Transactional
    public void delete(long id) {
        if (!currentUser.viewer().isManagerOrAdmin()) {
            throw new Forbidden("Only managers and administrators delete saved mappings.");
        }
        if (jdbc.sql("delete from import_mapping where id = :id").param("id", id).update() == 0) {
            throw new NotFound("Saved mapping", id);
        }
    }

    private Map<String, String> read(String s) {
        return json.readValue(s, new TypeReference<LinkedHashMap<String, String>>() {});
    }
}
