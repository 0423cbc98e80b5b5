package app.prism.imports.files;

import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.List;

/** One table: a CSV file, or one sheet of an XLSX ("Book.xlsx:Sheet1" when the workbook has several sheets). */
public interface SourceTable extends AutoCloseable {

    /** File name inside the upload/zip, e.g. "Account.csv" or "export/Contacts.xlsx:Contacts". */
    String name();

    /** "CSV" or "XLSX". */
    String format();

    /** The text encoding (detected or given); null for XLSX. */
    Charset encoding();

    /** The delimiter (detected or given); null for XLSX. */
    Character delimiter();

    /** Trimmed, BOM removed, blank header cells named "Column N". */
    List<String> header();

    /**
     * Streams the data records; blank lines/rows are skipped. May be called more than once (each call reads the file
     * again from the start); an iterator not read to its end is closed with the table. Throws {@link UnreadableFile}
     * while iterating when the file turns out to be broken (an unclosed quote, a damaged workbook).
     */
    Iterator<SourceRow> rows();

    @Override
    void close();
}
