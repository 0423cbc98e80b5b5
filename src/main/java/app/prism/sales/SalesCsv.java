package app.prism.sales;

import app.prism.web.Invalid;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a sales CSV as a stream of {@link SaleRow}s, one record at a time: the file is never held in memory. The header
 * names the columns (any order, case-insensitive): {@code unitId} or {@code unitExternalId} (+ {@code accountId}),
 * {@code productId} or {@code productCode}, {@code date}, {@code amount} and optionally {@code cost}. A header that
 * lacks a required column refuses the file before any row is read.
 */
final class SalesCsv implements Iterator<SaleRow>, AutoCloseable {

    static final List<String> COLUMNS = List.of("accountId", "unitId", "unitExternalId", "productId", "productCode",
            "date", "amount", "cost");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).setTrim(true).get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Integer[] index = new Integer[COLUMNS.size()];
    private final int width;
    private long number;

    private SalesCsv(CSVParser parser, boolean accountFromContext) {
        this.parser = parser;
        this.records = parser.iterator();
        Map<String, Integer> header = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        parser.getHeaderMap().forEach((name, i) -> header.put(name.strip().replace("\uFEFF", ""), i));
        this.width = parser.getHeaderMap().size();
        for (int i = 0; i < COLUMNS.size(); i++) index[i] = header.get(COLUMNS.get(i));
        // Spreadsheet headers as people write them: "unit" (external id or name) and "product" (code or name).
        alias(header, "unitExternalId", "unit");
        alias(header, "productCode", "product");
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        if (!has("unitId") && !has("unitExternalId")) {
            problems.add(new Invalid.FieldProblem("header", "a unitId or unitExternalId column is required"));
        } else if (!has("unitId") && !has("accountId") && !accountFromContext) {
            problems.add(new Invalid.FieldProblem("header", "an accountId column is required with unitExternalId"));
        }
        if (!has("productId") && !has("productCode")) {
            problems.add(new Invalid.FieldProblem("header", "a productId or productCode column is required"));
        }
        if (!has("date")) problems.add(new Invalid.FieldProblem("header", "a date column is required"));
        if (!has("amount")) problems.add(new Invalid.FieldProblem("header", "an amount column is required"));
        if (!problems.isEmpty()) {
            close();
            throw new Invalid(problems);
        }
    }

    /** Opens the stream as UTF-8 CSV and checks its header. {@code accountFromContext}: the page names the account. */
    static SalesCsv open(InputStream in, boolean accountFromContext) {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVParser parser;
        try {
            parser = CSVParser.parse(reader, FORMAT);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw Invalid.field("header", "the first line must name the columns ("
                    + String.join(",", COLUMNS) + "): " + e.getMessage());
        }
        if (parser.getHeaderMap() == null || parser.getHeaderMap().isEmpty()) {
            throw Invalid.field("header", "the file is empty; the first line must name the columns");
        }
        return new SalesCsv(parser, accountFromContext);
    }

    private void alias(Map<String, Integer> header, String column, String alias) {
        int i = COLUMNS.indexOf(column);
        if (index[i] == null) index[i] = header.get(alias);
    }

    private boolean has(String column) {
        return index[COLUMNS.indexOf(column)] != null;
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw Invalid.field("row " + (number + 1), "not readable as CSV: " + rootMessage(e));
        }
    }

    @Override
    public SaleRow next() {
        if (!hasNext()) throw new NoSuchElementException();
        CSVRecord record;
        try {
            record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw Invalid.field("row " + (number + 1), "not readable as CSV: " + rootMessage(e));
        }
        number++;
        if (record.size() != width) {
            return SaleRow.unreadable(number, "has " + record.size() + " field(s) where the header names " + width);
        }
        return new SaleRow(number, value(record, 0), value(record, 1), value(record, 2), value(record, 3),
                value(record, 4), value(record, 5), value(record, 6), value(record, 7));
    }

    private String value(CSVRecord record, int column) {
        Integer i = index[column];
        return i == null ? null : record.get(i);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.toLowerCase(Locale.ROOT).contains("eof") ? "unclosed quote" : m;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
