package app.prism.imports;

import app.prism.imports.files.SourceTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One table of an import with its record type and its mapping (column → Prism field, or "field1,field2"). */
record SourceFile(SourceTable table, RecordType type, Map<String, String> mapping, String defaultChannel) {

    /** The index of the column of each field (the first column mapped to it). */
    Map<String, Integer> fieldIndex() {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> header = table.header();
        for (int i = 0; i < header.size(); i++) {
            String fields = mapping.get(header.get(i));
            if (fields == null) continue;
            for (String f : fields.split(",")) {
                if (!f.isBlank()) index.putIfAbsent(f.strip(), i);
            }
        }
        return index;
    }

    String name() {
        return table.name();
    }
}
