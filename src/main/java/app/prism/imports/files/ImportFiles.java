package app.prism.imports.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Opens uploaded import files: CSV/text, XLSX, or a ZIP of them (a CRM's data export). The format is decided by the
 * content, not the name. Everything streams: CSV entries of a ZIP are read straight from the {@link ZipFile} (again for
 * each pass), an XLSX inside a ZIP is extracted to a temporary file that is deleted on {@link Opened#close()}.
 */
public final class ImportFiles {

    private static final int SNIFF_BYTES = 8192;
    private static final long MIB = 1024L * 1024;
    /** Entries above this size must not compress better than {@link #MAX_RATIO}. */
    static final long RATIO_THRESHOLD = MIB;
    static final long MAX_RATIO = 200;

    private ImportFiles() {
    }

    /**
     * Limits against zip bombs: at most {@code maxEntries} entries (folders not counted), {@code maxUncompressedBytes}
     * uncompressed in all, and a compression ratio above 200 for any entry over 1 MiB is refused. Checked on the ZIP's
     * directory before anything is read and again on the bytes while reading (an entry giving more bytes than it
     * declares is refused). They apply to an uploaded ZIP, to an XLSX (itself a ZIP) and to an XLSX inside a ZIP.
     */
    public record Limits(int maxEntries, long maxUncompressedBytes) {
        public static final Limits DEFAULT = new Limits(200, 2L * 1024 * MIB);
    }

    /** What an upload holds. Closing it closes every table and deletes temporary files. */
    public interface Opened extends AutoCloseable {
        /** The readable tables, in the ZIP's entry order and a workbook's sheet order. */
        List<SourceTable> tables();

        /** Entries of a ZIP that are no CSV/TXT/XLSX (or cannot be read as one), and hidden sheets, by name. */
        List<String> skipped();

        /** Why each skipped entry was skipped, by name (in the order of {@link #skipped()}). */
        default Map<String, String> skippedReasons() {
            Map<String, String> reasons = new LinkedHashMap<>();
            skipped().forEach(name -> reasons.put(name, "not a CSV, TXT or XLSX file"));
            return reasons;
        }

        @Override
        void close();
    }

    /**
     * Opens an uploaded file stored at {@code path}, originally called {@code fileName}. Throws {@link UnreadableFile}
     * (unsupported = true) for content that is no CSV, XLSX or ZIP, and (unsupported = false) for a damaged or
     * refused one.
     */
    public static Opened open(Path path, String fileName, ReadOptions options, Limits limits) {
        String name = fileName == null || fileName.isBlank() ? String.valueOf(path.getFileName()) : fileName;
        ReadOptions readOptions = options == null ? ReadOptions.DETECT : options;
        Limits zipLimits = limits == null ? Limits.DEFAULT : limits;
        byte[] head = head(path);
        if (head.length == 0) {
            throw new UnreadableFile(name + " is empty.", false);
        }
        if (isZip(head)) {
            return openZip(path, name, readOptions, zipLimits);
        }
        String binary = binaryKind(head, head.length, readOptions.encoding());
        if (binary != null) {
            throw new UnreadableFile(name + " " + binary + "; Prism reads CSV, XLSX and ZIP files.", true);
        }
        Result result = new Result();
        result.tables.add(new CsvTable(name, () -> Files.newInputStream(path), readOptions));
        return result;
    }

    private static byte[] head(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K'
                && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
    }

    /**
     * Why the first bytes are no text (e.g. "is a PDF document"), or null when they may be. Text has no NUL bytes
     * unless it is UTF-16 (with BOM, or ASCII-range UTF-16 without one, or the user said so) and hardly any control
     * characters.
     */
    static String binaryKind(byte[] b, int n, Charset override) {
        if (startsWith(b, n, "%PDF")) {
            return "is a PDF document";
        }
        if (startsWith(b, n, "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1")) {
            return "is an Excel 97–2003 (.xls) or other old Office file; save it as .xlsx or CSV";
        }
        if (startsWith(b, n, "\u0089PNG") || startsWith(b, n, "\u00FF\u00D8\u00FF") || startsWith(b, n, "GIF8")) {
            return "is an image";
        }
        if (startsWith(b, n, "\u001F\u008B") || startsWith(b, n, "7z\u00BC\u00AF") || startsWith(b, n, "Rar!")) {
            return "is a compressed archive other than ZIP";
        }
        if (startsWith(b, n, "{\\rtf")) {
            return "is a Word (RTF) document";
        }
        Charset bom = EncodingDetector.bom(b, n);
        boolean wide = (bom != null && bom != StandardCharsets.UTF_8)
                || EncodingDetector.utf16WithoutBom(b, n) != null
                || (override != null && override.name().toUpperCase(Locale.ROOT).matches("UTF-(16|32).*"));
        if (wide) {
            return null;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return "is not a text file";
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A && c != 0x1B) {
                control++;
            }
        }
        return control * 20 > n ? "is not a text file" : null;
    }

    /** Whether the bytes start with the ISO-8859-1 characters of the prefix. */
    private static boolean startsWith(byte[] b, int n, String prefix) {
        if (n < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if ((b[i] & 0xFF) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------------------------- ZIP

    private static ZipFile openZipFile(Path path, String name) {
        try {
            return new ZipFile(path.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            try {
                // names written by old Windows tools are in the DOS code page
                return new ZipFile(path.toFile(), Charset.forName("IBM437"));
            } catch (IOException | RuntimeException again) {
                throw new UnreadableFile(name + " is a damaged ZIP file.", false, e);
            }
        } catch (IOException e) {
            throw new UnreadableFile(name + " is a damaged ZIP file.", false, e);
        }
    }

    /** Refuses a ZIP whose directory promises too many entries, too many bytes or an implausible compression. */
    static List<ZipEntry> checkedEntries(ZipFile zip, String name, Limits limits) {
        List<ZipEntry> entries = new ArrayList<>();
        long total = 0;
        int files = 0;
        var all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            entries.add(entry);
            if (entry.isDirectory()) {
                continue;
            }
            if (++files > limits.maxEntries()) {
                throw new UnreadableFile(name + " holds more than " + limits.maxEntries()
                        + " files; Prism refuses it (split the export).", false);
            }
            long size = entry.getSize();
            long compressed = entry.getCompressedSize();
            if (size < 0 || compressed < 0) {
                throw new UnreadableFile(name + " is a damaged ZIP file (an entry without sizes).", false);
            }
            total += size;
            if (total > limits.maxUncompressedBytes()) {
                throw new UnreadableFile(name + " unpacks to more than " + describe(limits.maxUncompressedBytes())
                        + "; Prism refuses it.", false);
            }
            if (size > RATIO_THRESHOLD && size > MAX_RATIO * Math.max(compressed, 1)) {
                throw new UnreadableFile(name + ": " + entry.getName() + " is compressed " + size / Math.max(compressed, 1)
                        + " times; Prism refuses it as a possible zip bomb.", false);
            }
        }
        return entries;
    }

    private static String describe(long bytes) {
        if (bytes >= 1024 * MIB && bytes % (1024 * MIB) == 0) {
            return bytes / (1024 * MIB) + " GiB";
        }
        if (bytes >= MIB && bytes % MIB == 0) {
            return bytes / MIB + " MiB";
        }
        return bytes + " bytes";
    }

    /** An entry's bytes, refused as soon as they exceed what the entry declares or compress implausibly well. */
    static InputStream guarded(ZipFile zip, ZipEntry entry, String name) throws IOException {
        InputStream in = zip.getInputStream(entry);
        long declared = entry.getSize();
        long compressed = Math.max(entry.getCompressedSize(), 1);
        return new FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                int c = super.read();
                if (c >= 0) {
                    count(1);
                }
                return c;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                if (skipped > 0) {
                    count(skipped);
                }
                return skipped;
            }

            private void count(long n) {
                count += n;
                if (count > declared || (count > RATIO_THRESHOLD && count > MAX_RATIO * compressed)) {
                    throw new UnreadableFile(name + " holds more data than it declares; Prism refuses it as a "
                            + "possible zip bomb.", false);
                }
            }
        };
    }

    private static boolean isXlsxPackage(List<ZipEntry> entries) {
        boolean contentTypes = false;
        boolean xl = false;
        for (ZipEntry entry : entries) {
            contentTypes |= entry.getName().equals("[Content_Types].xml");
            xl |= entry.getName().startsWith("xl/");
        }
        return contentTypes && xl;
    }

    /** Why a ZIP is another kind of document (Word, PowerPoint, OpenDocument, …), or null. */
    private static String otherDocument(ZipFile zip, List<ZipEntry> entries) {
        boolean contentTypes = entries.stream().anyMatch(e -> e.getName().equals("[Content_Types].xml"));
        if (contentTypes && entries.stream().anyMatch(e -> e.getName().startsWith("word/"))) {
            return "is a Word document";
        }
        if (contentTypes && entries.stream().anyMatch(e -> e.getName().startsWith("ppt/"))) {
            return "is a PowerPoint presentation";
        }
        ZipEntry mimetype = zip.getEntry("mimetype");
        if (mimetype != null && mimetype.getSize() >= 0 && mimetype.getSize() < 200) {
            try (InputStream in = zip.getInputStream(mimetype)) {
                String type = new String(in.readNBytes(200), StandardCharsets.US_ASCII);
                if (type.startsWith("application/vnd.oasis.opendocument")) {
                    return "is an OpenDocument file; save it as .xlsx or CSV";
                }
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    private static Opened openZip(Path path, String name, ReadOptions options, Limits limits) {
        ZipFile zip = openZipFile(path, name);
        Result result = new Result();
        result.closeables.add(zip);
        try {
            List<ZipEntry> entries = checkedEntries(zip, name, limits);
            if (isXlsxPackage(entries)) {
                zip.close();
                result.closeables.clear();
                XlsxWorkbook workbook = new XlsxWorkbook(path, name);
                result.closeables.add(workbook);
                result.tables.addAll(workbook.tables());
                workbook.skipped().forEach(s -> result.skip(s, "hidden sheet"));
                return result;
            }
            String other = otherDocument(zip, entries);
            if (other != null) {
                throw new UnreadableFile(name + " " + other + "; Prism reads CSV, XLSX and ZIP files.", true);
            }
            for (ZipEntry entry : entries) {
                String entryName = entry.getName();
                if (entry.isDirectory() || ignored(entryName)) {
                    continue;
                }
                String extension = extension(entryName);
                switch (extension) {
                    case "csv", "txt", "tsv" -> addText(result, zip, entry, options);
                    case "xlsx", "xlsm" -> addWorkbook(result, zip, entry, limits);
                    default -> result.skip(entryName, "not a CSV, TXT or XLSX file");
                }
            }
            return result;
        } catch (IOException e) {
            result.close();
            throw new UnreadableFile(name + " is a damaged ZIP file.", false, e);
        } catch (RuntimeException e) {
            result.close();
            throw e;
        }
    }

    /** Mac resource forks ("__MACOSX/"), dot-files and files in dot-folders are no data. */
    static boolean ignored(String entryName) {
        for (String segment : entryName.split("/")) {
            if (segment.equals("__MACOSX") || segment.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static String extension(String entryName) {
        String file = entryName.substring(entryName.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static void addText(Result result, ZipFile zip, ZipEntry entry, ReadOptions options) throws IOException {
        String entryName = entry.getName();
        byte[] head;
        try (InputStream in = guarded(zip, entry, entryName)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (ZipException e) {
            result.skip(entryName, "damaged inside the ZIP");
            return;
        }
        if (head.length == 0) {
            result.skip(entryName, "empty");
            return;
        }
        String binary = binaryKind(head, head.length, options.encoding());
        if (binary != null || isZip(head)) {
            result.skip(entryName, binary != null ? binary.replaceFirst("^is ", "") : "not a text file");
            return;
        }
        result.tables.add(new CsvTable(entryName, () -> guarded(zip, entry, entryName), options));
    }

    private static void addWorkbook(Result result, ZipFile zip, ZipEntry entry, Limits limits) throws IOException {
        String entryName = entry.getName();
        Path temp = Files.createTempFile("prism-import-", ".xlsx");
        result.temporaryFiles.add(temp);
        try (InputStream in = guarded(zip, entry, entryName); OutputStream out = Files.newOutputStream(temp)) {
            in.transferTo(out);
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(temp)) {
            head = in.readNBytes(4);
        }
        if (!isZip(head)) {
            throw new UnreadableFile(entryName + " is not a readable Excel workbook (the file is damaged or not .xlsx).",
                    false);
        }
        try (ZipFile inner = openZipFile(temp, entryName)) {
            List<ZipEntry> innerEntries = checkedEntries(inner, entryName, limits);
            if (!isXlsxPackage(innerEntries)) {
                throw new UnreadableFile(entryName + " is not a readable Excel workbook (the file is damaged or not "
                        + ".xlsx).", false);
            }
        }
        XlsxWorkbook workbook = new XlsxWorkbook(temp, entryName);
        result.closeables.add(workbook);
        result.tables.addAll(workbook.tables());
        workbook.skipped().forEach(s -> result.skip(s, "hidden sheet"));
    }

    private static final class Result implements Opened {
        final List<SourceTable> tables = new ArrayList<>();
        final Map<String, String> skipped = new LinkedHashMap<>();
        final List<AutoCloseable> closeables = new ArrayList<>();
        final List<Path> temporaryFiles = new ArrayList<>();
        private boolean closed;

        void skip(String name, String reason) {
            skipped.put(name, reason);
        }

        @Override
        public List<SourceTable> tables() {
            return Collections.unmodifiableList(tables);
        }

        @Override
        public List<String> skipped() {
            return List.copyOf(skipped.keySet());
        }

        @Override
        public Map<String, String> skippedReasons() {
            return Collections.unmodifiableMap(skipped);
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            for (SourceTable table : tables) {
                try {
                    table.close();
                } catch (RuntimeException ignored) {
                    // closing anyway
                }
            }
            for (int i = closeables.size() - 1; i >= 0; i--) {
                try {
                    closeables.get(i).close();
                } catch (Exception ignored) {
                    // closing anyway
                }
            }
            for (Path temp : temporaryFiles) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temp directory is cleaned by the system
                }
            }
        }
    }
}
