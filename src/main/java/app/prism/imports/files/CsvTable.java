package app.prism.imports.files;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV/text file read with commons-csv (RFC 4180). Opened lazily: the encoding (unless given) is detected in a first
 * pass over the bytes, the delimiter (unless given) and the header in a second, and every {@link #rows()} reads the
 * file again. Only one record is held in memory at a time; a record longer than {@link #MAX_RECORD_CHARS} (in
 * practice an unclosed quote in a big file) is refused rather than read into memory.
 */
final class CsvTable implements SourceTable {

    /** Longest record accepted, in characters. */
    static final long MAX_RECORD_CHARS = 8L * 1024 * 1024;
    private static final int SAMPLE_CHARS = 64 * 1024;
    private static final Pattern SEP_LINE = Pattern.compile("\\Asep=(.)\\r?\\n", Pattern.CASE_INSENSITIVE);

    @FunctionalInterface
    interface Source {
        InputStream open() throws IOException;
    }

    private final String name;
    private final Source source;
    private final ReadOptions options;
    private final List<Reading> open = new ArrayList<>();

    private boolean initialised;
    private Charset encoding;
    private char delimiter;
    private boolean sepLine;
    private List<String> header;
    private long headerLine;

    CsvTable(String name, Source source, ReadOptions options) {
        this.name = name;
        this.source = source;
        this.options = options == null ? ReadOptions.DETECT : options;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String format() {
        return "CSV";
    }

    @Override
    public Charset encoding() {
        init();
        return encoding;
    }

    @Override
    public Character delimiter() {
        init();
        return delimiter;
    }

    @Override
    public List<String> header() {
        init();
        return header;
    }

    /** The line of the header (1 unless blank lines or an Excel "sep=" line come first). */
    long headerLine() {
        init();
        return headerLine;
    }

    @Override
    public Iterator<SourceRow> rows() {
        init();
        Reading reading = new Reading();
        synchronized (open) {
            open.add(reading);
        }
        return reading;
    }

    @Override
    public void close() {
        synchronized (open) {
            open.forEach(Reading::closeQuietly);
            open.clear();
        }
    }

    private synchronized void init() {
        if (initialised) {
            return;
        }
        encoding = options.encoding() != null ? options.encoding() : detectEncoding();
        try (Reading reading = new Reading(true)) {
            header = reading.header;
            headerLine = reading.headerLine;
        }
        initialised = true;
    }

    private Charset detectEncoding() {
        try (InputStream in = source.open()) {
            return EncodingDetector.detect(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the text: the bytes of a BOM that fits the encoding are skipped, as is a leading U+FEFF. */
    private BufferedReader openText() throws IOException {
        InputStream in = source.open();
        try {
            in = new java.io.BufferedInputStream(in, 64 * 1024);
            in.mark(4);
            byte[] head = in.readNBytes(4);
            in.reset();
            Charset bom = EncodingDetector.bom(head, head.length);
            boolean wide = encoding.name().toUpperCase().startsWith("UTF-16") || encoding.name().toUpperCase().startsWith("UTF-32");
            if (bom == StandardCharsets.UTF_8 && !wide) {
                in.skipNBytes(3);
            } else if (bom != null && bom != StandardCharsets.UTF_8 && wide && !encoding.name().equalsIgnoreCase("UTF-16")) {
                in.skipNBytes(2); // "UTF-16" consumes its BOM itself
            }
            CharsetDecoder decoder = encoding.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 64 * 1024);
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return reader;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** One pass over the file: the parser, positioned after the header. */
    private final class Reading implements Iterator<SourceRow>, AutoCloseable {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final RecordGuard guard;
        private List<String> header;
        private long headerLine;
        private SourceRow next;
        private boolean done;

        Reading() {
            this(false);
        }

        Reading(boolean first) {
            try {
                BufferedReader text = openText();
                try {
                    boolean skipSep;
                    char[] sample = new char[SAMPLE_CHARS];
                    text.mark(SAMPLE_CHARS + 1);
                    int n = text.read(sample, 0, SAMPLE_CHARS);
                    while (n >= 0 && n < SAMPLE_CHARS) {
                        int more = text.read(sample, n, SAMPLE_CHARS - n);
                        if (more < 0) {
                            break;
                        }
                        n += more;
                    }
                    text.reset();
                    String s = n <= 0 ? "" : new String(sample, 0, n);
                    Matcher sep = SEP_LINE.matcher(s);
                    skipSep = sep.lookingAt();
                    if (first) {
                        sepLine = skipSep;
                        if (options.delimiter() != null) {
                            delimiter = options.delimiter();
                        } else if (skipSep) {
                            delimiter = sep.group(1).charAt(0);
                        } else {
                            if (n == SAMPLE_CHARS) { // cut: leave the partial last line out
                                int cut = Math.max(s.lastIndexOf('\n'), s.lastIndexOf('\r'));
                                s = cut > 0 ? s.substring(0, cut + 1) : s;
                            }
                            delimiter = DelimiterDetector.detect(s);
                        }
                    }
                    guard = new RecordGuard(text);
                    CSVFormat format = CSVFormat.RFC4180.builder()
                            .setDelimiter(delimiter)
                            .setQuote('"')
                            .setIgnoreEmptyLines(false)
                            .setIgnoreSurroundingSpaces(true)
                            .get();
                    parser = CSVParser.parse(guard, format);
                    records = parser.iterator();
                } catch (IOException | RuntimeException e) {
                    text.close();
                    throw e;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (sepLine) {
                read(); // the "sep=;" line
            }
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord record = read();
                if (record == null) {
                    header = List.of();
                    headerLine = 0;
                    done = true;
                    break;
                }
                if (!blank(record)) {
                    header = header(record);
                    headerLine = line;
                    break;
                }
            }
        }

        private CSVRecord read() {
            long line = parser.getCurrentLineNumber() + 1;
            guard.start(line);
            try {
                return records.hasNext() ? records.next() : null;
            } catch (UncheckedIOException e) {
                closeQuietly();
                String message = e.getCause() == null ? "" : String.valueOf(e.getCause().getMessage());
                if (message.contains("EOF reached before encapsulated token finished")) {
                    throw new UnreadableFile(name + ": the quoted value in the record starting at line " + line
                            + " is never closed (a missing \").", false, e);
                }
                if (message.contains("between encapsulated token and delimiter")) {
                    throw new UnreadableFile(name + ": in the record starting at line " + line + " text follows a "
                            + "closing quote (\"); a quoted value must be the whole field.", false, e);
                }
                throw new UnreadableFile(name + ": the record starting at line " + line + " cannot be read ("
                        + message + ").", false, e);
            } catch (IllegalStateException e) {
                closeQuietly();
                throw new UnreadableFile(name + ": the record starting at line " + line + " cannot be read ("
                        + e.getMessage() + ").", false, e);
            } catch (RuntimeException e) {
                closeQuietly();
                throw e;
            }
        }

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            while (!done) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord record = read();
                if (record == null) {
                    done = true;
                    closeQuietly();
                    break;
                }
                if (!blank(record)) {
                    String[] values = record.values();
                    int width = Math.max(header.size(), values.length);
                    String[] padded = Arrays.copyOf(values, width);
                    next = new SourceRow(line, Collections.unmodifiableList(Arrays.asList(padded)), values.length);
                    return true;
                }
            }
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

        @Override
        public void close() {
            closeQuietly();
        }

        void closeQuietly() {
            done = true;
            try {
                parser.close();
            } catch (IOException | RuntimeException ignored) {
                // closing a read-only stream
            }
            synchronized (open) {
                open.remove(this);
            }
        }
    }

    private static boolean blank(CSVRecord record) {
        for (String value : record.values()) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    static List<String> header(CSVRecord record) {
        String[] values = record.values();
        List<String> header = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            String cell = values[i] == null ? "" : values[i];
            if (i == 0) {
                cell = stripBom(cell);
            }
            cell = cell.strip();
            header.add(cell.isEmpty() ? "Column " + (i + 1) : cell);
        }
        return List.copyOf(header);
    }

    /** Removes a BOM however it was decoded: U+FEFF, or "ï»¿" when UTF-8 bytes were read as windows-1252. */
    static String stripBom(String cell) {
        String s = cell;
        while (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        if (s.startsWith("\u00EF\u00BB\u00BF")) {
            s = s.substring(3);
        }
        return s;
    }

    /** Counts the characters read since the current record began and refuses a record that never ends. */
    private final class RecordGuard extends FilterReader {
        private long read;
        private long line;

        RecordGuard(Reader in) {
            super(in);
        }

        void start(long recordLine) {
            this.line = recordLine;
            this.read = 0;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count(1);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_RECORD_CHARS) {
                throw new UnreadableFile(name + ": the record starting at line " + line + " is longer than "
                        + MAX_RECORD_CHARS / (1024 * 1024) + " million characters; most likely a quoted value is "
                        + "never closed (a missing \").", false);
            }
        }
    }
}
