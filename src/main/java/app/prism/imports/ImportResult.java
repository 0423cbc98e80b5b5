package app.prism.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run over an import's files found or did: per type the counts, the first rows as stored, every error with
 * file, row and column, the likely duplicates, and the files read or left alone. Serialised as the import's result.
 */
public final class ImportResult {

    /** How many errors and duplicates a result keeps in full (the counts always count every one). */
    static final int MAX_LISTED = 1000;
    static final int FIRST_ROWS = 5;

    /** Per record type: Prism records new, updated, unchanged; source rows skipped, flagged duplicates, in error. */
    public static final class Counts {
        public long created;
        public long updated;
        public long unchanged;
        public long skipped;
        public long duplicates;
        public long errors;

        /** A record matched: updated when it changed, else unchanged. */
        void add(boolean changed) {
            if (changed) updated++;
            else unchanged++;
        }

        public Map<String, Long> asMap() {
            Map<String, Long> m = new LinkedHashMap<>();
            m.put("new", created);
            m.put("updated", updated);
            m.put("unchanged", unchanged);
            m.put("skipped", skipped);
            m.put("duplicates", duplicates);
            m.put("errors", errors);
            return m;
        }
    }

    public record FileInfo(String name, String type, String format, String encoding, String delimiter, long rows,
            Map<String, String> mapping, List<String> unmapped) {}

    public record RowError(String file, long row, String column, String message) {}

    /** A row that looks like a record Prism (or this import) already holds; {@code action}: what the commit does. */
    public record Duplicate(String file, long row, String type, Long existingId, String existingFile, Long existingRow,
            String reason, Map<String, String> incoming, Map<String, String> existing, String action) {}

    public record Skip(String file, long row, String type, String reason) {}

    final Map<RecordType, Counts> counts = new EnumMap<>(RecordType.class);
    final List<FileInfo> files = new ArrayList<>();
    final List<String> ignoredFiles = new ArrayList<>();
    final List<RowError> errors = new ArrayList<>();
    final List<Duplicate> duplicates = new ArrayList<>();
    final List<Skip> skips = new ArrayList<>();
    final Map<RecordType, List<Map<String, Object>>> firstRows = new EnumMap<>(RecordType.class);
    long errorCount;
    long rowsRead;

    Counts counts(RecordType type) {
        return counts.computeIfAbsent(type, t -> new Counts());
    }

    void error(RecordType type, String file, long row, String column, String message) {
        counts(type).errors++;
        errorCount++;
        if (errors.size() < MAX_LISTED) errors.add(new RowError(file, row, column, message));
    }

    void skip(RecordType type, String file, long row, String reason) {
        counts(type).skipped++;
        if (skips.size() < MAX_LISTED) skips.add(new Skip(file, row, type.name(), reason));
    }

    void duplicate(Duplicate d) {
        counts(RecordType.valueOf(d.type())).duplicates++;
        if (duplicates.size() < MAX_LISTED) duplicates.add(d);
    }

    void stored(RecordType type, Map<String, Object> row) {
        List<Map<String, Object>> rows = firstRows.computeIfAbsent(type, t -> new ArrayList<>());
        if (rows.size() < FIRST_ROWS) rows.add(row);
    }

    public boolean hasErrors() {
        return errorCount > 0;
    }

    /** The counts in the API's shape: {TYPE: {new, updated, unchanged, skipped, duplicates, errors}}. */
    public Map<String, Map<String, Long>> countsByType() {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        counts.forEach((type, c) -> out.put(type.name(), c.asMap()));
        return out;
    }

    public List<FileInfo> files() {
        return files;
    }

    public List<String> ignoredFiles() {
        return ignoredFiles;
    }

    public List<RowError> errors() {
        return errors;
    }

    public long errorCount() {
        return errorCount;
    }

    public List<Duplicate> duplicates() {
        return duplicates;
    }

    public List<Skip> skips() {
        return skips;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public Map<String, List<Map<String, Object>>> firstRows() {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        firstRows.forEach((type, rows) -> out.put(type.name(), rows));
        return out;
    }
}
