package app.prism.imports.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * An XLSX workbook read with fastexcel-reader, each sheet streamed row by row. Every visible sheet with a header (its
 * first non-empty row) is a table; hidden sheets are reported as skipped (Dynamics 365 exports carry one with
 * metadata), empty sheets are left out silently.
 */
final class XlsxWorkbook implements AutoCloseable {

    private final String fileName;
    private final ReadableWorkbook workbook;
    private final List<SourceTable> tables = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    XlsxWorkbook(Path file, String fileName) {
        this.fileName = fileName;
        workbook = open(file, fileName);
        try {
            List<Sheet> sheets = workbook.getSheets().toList();
            List<SheetTable> found = new ArrayList<>();
            for (Sheet sheet : sheets) {
                HeaderRow header = header(sheet);
                if (header == null) {
                    continue;
                }
                if (sheet.getVisibility() != SheetVisibility.VISIBLE) {
                    skipped.add(fileName + ":" + sheet.getName());
                    continue;
                }
                found.add(new SheetTable(sheet, header));
            }
            boolean several = found.size() > 1;
            for (SheetTable table : found) {
                table.name = several ? fileName + ":" + table.sheet.getName() : fileName;
                tables.add(table);
            }
        } catch (RuntimeException e) {
            closeQuietly();
            throw e instanceof UnreadableFile u ? u : damaged(fileName, e);
        }
    }

    /**
     * Cell formats tell dates from numbers, so they are read when the workbook has them; a workbook written by a tool
     * that leaves out xl/styles.xml (which Excel always writes) is read without them.
     */
    private static ReadableWorkbook open(Path file, String fileName) {
        try {
            return new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
        } catch (IOException | RuntimeException withFormats) {
            try {
                return new ReadableWorkbook(file.toFile(), new ReadingOptions(false, false));
            } catch (IOException | RuntimeException e) {
                throw damaged(fileName, withFormats);
            }
        }
    }

    List<SourceTable> tables() {
        return Collections.unmodifiableList(tables);
    }

    List<String> skipped() {
        return Collections.unmodifiableList(skipped);
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        tables.forEach(SourceTable::close);
        try {
            workbook.close();
        } catch (IOException | RuntimeException ignored) {
            // read-only
        }
    }

    static UnreadableFile damaged(String fileName, Exception e) {
        return new UnreadableFile(fileName + " is not a readable Excel workbook (the file is damaged or not .xlsx).",
                false, e);
    }

    private record HeaderRow(int rowNum, List<String> names) {
    }

    private HeaderRow header(Sheet sheet) {
        try (Stream<Row> rows = sheet.openStream()) {
            Iterator<Row> it = rows.iterator();
            while (it.hasNext()) {
                Row row = it.next();
                List<String> cells = cells(row);
                int width = width(cells);
                if (width == 0) {
                    continue;
                }
                List<String> names = new ArrayList<>(width);
                for (int i = 0; i < width; i++) {
                    String cell = i == 0 ? CsvTable.stripBom(cells.get(i)) : cells.get(i);
                    cell = cell.strip();
                    names.add(cell.isEmpty() ? "Column " + (i + 1) : cell);
                }
                return new HeaderRow(row.getRowNum(), List.copyOf(names));
            }
            return null;
        } catch (IOException e) {
            throw damaged(fileName, e);
        } catch (UnreadableFile e) {
            throw e;
        } catch (RuntimeException e) {
            throw damaged(fileName, e);
        }
    }

    private List<String> cells(Row row) {
        int count = row.getCellCount();
        List<String> cells = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Optional<Cell> cell = row.getOptionalCell(i);
            cells.add(cell.map(c -> ExcelValues.text(c, workbook.isDate1904())).orElse(""));
        }
        return cells;
    }

    /** The number of cells up to the last non-blank one. */
    private static int width(List<String> cells) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (!cells.get(i).isBlank()) {
                return i + 1;
            }
        }
        return 0;
    }

    private final class SheetTable implements SourceTable {
        private final Sheet sheet;
        private final HeaderRow header;
        private final List<SheetRows> open = new ArrayList<>();
        private String name;

        SheetTable(Sheet sheet, HeaderRow header) {
            this.sheet = sheet;
            this.header = header;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String format() {
            return "XLSX";
        }

        @Override
        public Charset encoding() {
            return null;
        }

        @Override
        public Character delimiter() {
            return null;
        }

        @Override
        public List<String> header() {
            return header.names();
        }

        /** The sheet's row number of the header. */
        long headerLine() {
            return header.rowNum();
        }

        @Override
        public Iterator<SourceRow> rows() {
            SheetRows rows = new SheetRows(this);
            synchronized (open) {
                open.add(rows);
            }
            return rows;
        }

        @Override
        public void close() {
            synchronized (open) {
                new ArrayList<>(open).forEach(SheetRows::close);
                open.clear();
            }
        }
    }

    private final class SheetRows implements Iterator<SourceRow> {
        private final SheetTable table;
        private final Stream<Row> stream;
        private final Iterator<Row> rows;
        private SourceRow next;
        private boolean done;

        SheetRows(SheetTable table) {
            this.table = table;
            try {
                stream = table.sheet.openStream();
                rows = stream.iterator();
            } catch (IOException | RuntimeException e) {
                throw damaged(table.name, e);
            }
        }

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            try {
                while (!done && rows.hasNext()) {
                    Row row = rows.next();
                    if (row.getRowNum() <= table.header.rowNum()) {
                        continue;
                    }
                    List<String> cells = cells(row);
                    int width = width(cells);
                    if (width == 0) {
                        continue;
                    }
                    int size = Math.max(width, table.header.names().size());
                    List<String> values = new ArrayList<>(size);
                    for (int i = 0; i < size; i++) {
                        values.add(i < cells.size() ? cells.get(i) : "");
                    }
                    next = new SourceRow(row.getRowNum(), Collections.unmodifiableList(values), size);
                    return true;
                }
            } catch (UncheckedIOException | UnreadableFile e) {
                close();
                throw e instanceof UnreadableFile u ? u : damaged(table.name, e);
            } catch (RuntimeException e) {
                close();
                throw damaged(table.name, e);
            }
            close();
            return false;
        }

        @Override
        public SourceRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            SourceRow row = next;
            next = null;
            return row;
        }

        void close() {
            if (!done) {
                done = true;
                stream.close();
            }
            synchronized (table.open) {
                table.open.remove(this);
            }
        }
    }
}
