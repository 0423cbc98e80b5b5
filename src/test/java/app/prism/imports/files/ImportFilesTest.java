package app.prism.imports.files;

import static app.prism.imports.files.Fixtures.all;
import static app.prism.imports.files.Fixtures.entries;
import static app.prism.imports.files.Fixtures.rows;
import static app.prism.imports.files.Fixtures.sheet;
import static app.prism.imports.files.Fixtures.utf8;
import static app.prism.imports.files.Fixtures.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImportFilesTest {

    @TempDir
    Path dir;

    private ImportFiles.Opened open(String name, byte[] content) {
        return open(name, content, ImportFiles.Limits.DEFAULT);
    }

    private ImportFiles.Opened open(String name, byte[] content, ImportFiles.Limits limits) {
        return ImportFiles.open(Fixtures.write(dir, name, content), name, ReadOptions.DETECT, limits);
    }

    @Test
    void readsEveryTableOfACrmExportInEntryOrder() {
        byte[] workbook = Fixtures.xlsx(
                sheet("Opportunities", rows(new String[] {"Id", "Name"}, new String[] {"006A", "Big deal"})),
                sheet("Lines", rows(new String[] {"Id"}, new String[] {"00kA"})));
        byte[] zip = Fixtures.zip(entries(
                "export/", null,
                "export/Account.csv", "Id,Name\n001A,Acme\n",
                "__MACOSX/export/._Account.csv", new byte[] {0, 5, 22, 7, 0, 0},
                "export/.DS_Store", new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1'},
                "export/contacts/Contact.csv", Fixtures.bytes("Id;Name\n003A;Jörg\n", Charset.forName("windows-1252"),
                        new byte[0]),
                "export/Report.pdf", "%PDF-1.7\n%âãÏÓ\n",
                "export/Deals.xlsx", workbook,
                "Task.txt", Fixtures.bytes("Id\tSubject\n00T1\tCall\n", StandardCharsets.UTF_16LE, Fixtures.UTF16LE_BOM),
                "notes.txt", new byte[] {'a', 0, 0, 0, 1, 2, 3, 0, 0, 0}));
        Path file = Fixtures.write(dir, "export.zip", zip);
        try (ImportFiles.Opened opened = ImportFiles.open(file, "export.zip", ReadOptions.DETECT,
                ImportFiles.Limits.DEFAULT)) {
            assertThat(opened.tables()).extracting(SourceTable::name).containsExactly(
                    "export/Account.csv", "export/contacts/Contact.csv", "export/Deals.xlsx:Opportunities",
                    "export/Deals.xlsx:Lines", "Task.txt");
            assertThat(opened.tables()).extracting(SourceTable::format)
                    .containsExactly("CSV", "CSV", "XLSX", "XLSX", "CSV");
            assertThat(opened.skipped()).containsExactly("export/Report.pdf", "notes.txt");
            assertThat(opened.skippedReasons()).containsKeys("export/Report.pdf", "notes.txt");

            assertThat(values(opened.tables().get(0))).containsExactly(List.of("001A", "Acme"));
            SourceTable contacts = opened.tables().get(1);
            assertThat(contacts.delimiter()).isEqualTo(';');
            assertThat(contacts.encoding()).isEqualTo(Charset.forName("windows-1252"));
            assertThat(values(contacts)).containsExactly(List.of("003A", "Jörg"));
            assertThat(values(opened.tables().get(2))).containsExactly(List.of("006A", "Big deal"));
            assertThat(values(opened.tables().get(3))).containsExactly(List.of("00kA"));
            SourceTable tasks = opened.tables().get(4);
            assertThat(tasks.encoding()).isEqualTo(StandardCharsets.UTF_16LE);
            assertThat(tasks.header()).containsExactly("Id", "Subject");
            assertThat(values(tasks)).containsExactly(List.of("00T1", "Call"));
        }
    }

    @Test
    void deletesTheExtractedWorkbookOnClose() throws IOException {
        byte[] zip = Fixtures.zip(entries("Deals.xlsx", Fixtures.xlsx(sheet("S", rows(new String[] {"A"})))));
        String tmp = System.getProperty("java.io.tmpdir");
        long before = countTemp(tmp);
        ImportFiles.Opened opened = open("x.zip", zip);
        assertThat(opened.tables()).extracting(SourceTable::name).containsExactly("Deals.xlsx");
        assertThat(countTemp(tmp)).isEqualTo(before + 1);
        opened.close();
        assertThat(countTemp(tmp)).isEqualTo(before);
    }

    private static long countTemp(String tmp) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(tmp))) {
            return files.filter(p -> p.getFileName().toString().startsWith("prism-import-")).count();
        }
    }

    @Test
    void refusesAZipWithTooManyEntries() {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 201; i++) {
            many.put("f" + i + ".csv", utf8("a\n1\n"));
        }
        assertThatThrownBy(() -> open("many.zip", Fixtures.zip(many)))
                .isInstanceOfSatisfying(UnreadableFile.class, e -> {
                    assertThat(e.unsupported()).isFalse();
                    assertThat(e.getMessage()).contains("200");
                });
    }

    @Test
    void refusesAnEntryWithAnImplausibleCompressionRatio() {
        byte[] zeros = new byte[4 * 1024 * 1024];
        byte[] bomb = Fixtures.zip(entries("Account.csv", zeros));
        assertThat(bomb.length).isLessThan(zeros.length / 200);
        assertThatThrownBy(() -> open("bomb.zip", bomb))
                .isInstanceOfSatisfying(UnreadableFile.class, e -> {
                    assertThat(e.unsupported()).isFalse();
                    assertThat(e.getMessage()).contains("zip bomb");
                });
    }

    @Test
    void refusesMoreUncompressedBytesThanTheLimit() {
        byte[] zip = Fixtures.zip(entries("a.csv", "x\n" + "1\n".repeat(600), "b.csv", "y\n" + "2\n".repeat(600)));
        assertThatThrownBy(() -> open("big.zip", zip, new ImportFiles.Limits(200, 2000)))
                .isInstanceOfSatisfying(UnreadableFile.class, e -> assertThat(e.unsupported()).isFalse());
        try (ImportFiles.Opened opened = open("big.zip", zip, new ImportFiles.Limits(200, 4000))) {
            assertThat(opened.tables()).hasSize(2);
        }
    }

    @Test
    void refusesAnEntryThatGivesMoreBytesThanItDeclares() {
        byte[] zip = Fixtures.zip(entries("Account.csv", "Name\n" + "Acme Corporation\n".repeat(1000)));
        // the directory now says 100 bytes; inflating gives 17 005
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(zip).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 4 <= zip.length; i++) {
            int signature = buffer.getInt(i);
            if (signature == 0x04034b50) {
                buffer.putInt(i + 22, 100);
            } else if (signature == 0x02014b50) {
                buffer.putInt(i + 24, 100);
            }
        }
        assertThatThrownBy(() -> open("lying.zip", zip))
                .isInstanceOfSatisfying(UnreadableFile.class, e -> {
                    assertThat(e.unsupported()).isFalse();
                    assertThat(e.getMessage()).contains("more data than it declares");
                });
    }

    @Test
    void aStoredEntryIsNotABomb() {
        byte[] csv = utf8("Name\n" + "Acme\n".repeat(300_000));
        try (ImportFiles.Opened opened = open("stored.zip", Fixtures.storedZip("Account.csv", csv))) {
            assertThat(all(opened.tables().get(0))).hasSize(300_000);
        }
    }

    static Stream<Arguments> unsupported() {
        return Stream.of(
                Arguments.of("a PDF", "Account.csv", utf8("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\n")),
                Arguments.of("bytes with NULs", "Account.csv", new byte[] {'I', 'd', 0, 0, 0, 7, (byte) 0x90, 0, 'x', 0, 0, 0}),
                Arguments.of("an old .xls", "Account.xls",
                        new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0}),
                Arguments.of("a PNG", "logo.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
                Arguments.of("a Word document", "Account.docx", Fixtures.zip(entries(
                        "[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsupported")
    void refusesWhatIsNoCsvXlsxOrZip(String label, String name, byte[] content) {
        assertThatThrownBy(() -> open(name, content))
                .isInstanceOfSatisfying(UnreadableFile.class, e -> {
                    assertThat(e.unsupported()).isTrue();
                    assertThat(e.getMessage()).contains(name);
                });
    }

    @Test
    void theContentDecidesNotTheName() {
        byte[] xlsx = Fixtures.xlsx(sheet("S", rows(new String[] {"Name"}, new String[] {"Acme"})));
        try (ImportFiles.Opened opened = open("Accounts.csv", xlsx)) {
            assertThat(opened.tables()).singleElement().satisfies(t -> assertThat(t.format()).isEqualTo("XLSX"));
        }
        try (ImportFiles.Opened opened = open("Accounts.xlsx", utf8("Name\nAcme\n"))) {
            assertThat(opened.tables()).singleElement().satisfies(t -> assertThat(t.format()).isEqualTo("CSV"));
        }
    }

    @Test
    void refusesAnEmptyFileAndADamagedZip() {
        assertThatThrownBy(() -> open("empty.csv", new byte[0]))
                .isInstanceOfSatisfying(UnreadableFile.class, e -> assertThat(e.unsupported()).isFalse());
        byte[] truncated = java.util.Arrays.copyOf(Fixtures.zip(entries("a.csv", "x\n1\n")), 30);
        assertThatThrownBy(() -> open("cut.zip", truncated))
                .isInstanceOfSatisfying(UnreadableFile.class, e -> assertThat(e.unsupported()).isFalse());
    }

    @Test
    void ignoresMacAndDotFiles() {
        assertThat(ImportFiles.ignored("__MACOSX/a/._b.csv")).isTrue();
        assertThat(ImportFiles.ignored(".hidden/a.csv")).isTrue();
        assertThat(ImportFiles.ignored("a/.DS_Store")).isTrue();
        assertThat(ImportFiles.ignored("a/b.csv")).isFalse();
    }
}
