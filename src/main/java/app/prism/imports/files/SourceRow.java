package app.prism.imports.files;

import java.util.List;

/**
 * One data record. {@code line} is the file's line where the record starts (header = line 1 when it is the first
 * line; a CSV record with a quoted line break spans several lines and the next record's line counts them; for XLSX
 * the sheet's row number). {@code values} are in header order: a short record is padded with null, a long one keeps
 * its extras; {@code fieldCount} is the number of fields the record really had, so the caller can decide.
 */
public record SourceRow(long line, List<String> values, int fieldCount) {

    /** The value at a header position, null when the record is shorter. */
    public String value(int column) {
        return column < values.size() ? values.get(column) : null;
    }
}
