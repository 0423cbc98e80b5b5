package app.prism.imports.files;

import static app.prism.imports.files.Fixtures.UTF16LE_BOM;
import static app.prism.imports.files.Fixtures.UTF8_BOM;
import static app.prism.imports.files.Fixtures.all;
import static app.prism.imports.files.Fixtures.bytes;
import static app.prism.imports.files.Fixtures.lines;
import static app.prism.imports.files.Fixtures.utf8;
import static app.prism.imports.files.Fixtures.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvReadingTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    private ImportFiles.Opened open(String name, byte[] content, ReadOptions options) {
        return ImportFiles.open(Fixtures.write(dir, name, content), name, options, ImportFiles.Limits.DEFAULT);
    }

    private SourceTable single(String name, byte[] content, ReadOptions options) {
        ImportFiles.Opened opened = open(name, content, options);
        assertThat(opened.tables()).hasSize(1);
        assertThat(opened.skipped()).isEmpty();
        return opened.tables().get(0);
    }

    private SourceTable single(String name, byte[] content) {
        return single(name, content, ReadOptions.DETECT);
    }

    static Stream<Arguments> encodings() {
        String text = "Name%sCity%sNote\nMüller GmbH%sKöln%s5 € – ok\n";
        return Stream.of(
                Arguments.of("UTF-8 BOM", ',', StandardCharsets.UTF_8, UTF8_BOM, StandardCharsets.UTF_8),
                Arguments.of("UTF-8", ';', StandardCharsets.UTF_8, new byte[0], StandardCharsets.UTF_8),
                Arguments.of("windows-1252", ';', CP1252, new byte[0], CP1252),
                Arguments.of("UTF-16LE BOM, tab (Excel Unicode text)", '\t', StandardCharsets.UTF_16LE, UTF16LE_BOM,
                        StandardCharsets.UTF_16LE),
                Arguments.of("UTF-16BE BOM, pipe", '|', StandardCharsets.UTF_16BE, Fixtures.UTF16BE_BOM,
                        StandardCharsets.UTF_16BE))
                .map(a -> {
                    Object[] args = a.get();
                    char d = (char) args[1];
                    String content = text.formatted(d, d, d, d);
                    return Arguments.of(args[0], d, bytes(content, (Charset) args[2], (byte[]) args[3]), args[4]);
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void readsEveryEncodingAndDelimiter(String label, char delimiter, byte[] content, Charset expected) {
        try (SourceTable table = single("Account.csv", content)) {
            assertThat(table.name()).isEqualTo("Account.csv");
            assertThat(table.format()).isEqualTo("CSV");
            assertThat(table.encoding()).isEqualTo(expected);
            assertThat(table.delimiter()).isEqualTo(delimiter);
            assertThat(table.header()).containsExactly("Name", "City", "Note");
            List<SourceRow> rows = all(table);
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).values()).containsExactly("Müller GmbH", "Köln", "5 € – ok");
            assertThat(rows.get(0).line()).isEqualTo(2);
            assertThat(rows.get(0).fieldCount()).isEqualTo(3);
        }
    }

    @Test
    void decodesWindows1252Bytes() {
        byte[] content = {'N', 'a', 'm', 'e', '\n', 'M', (byte) 0xE4, 'r', 'z', ' ', (byte) 0x80, ' ', (byte) 0x96, '\n'};
        try (SourceTable table = single("x.csv", content)) {
            assertThat(table.encoding()).isEqualTo(CP1252);
            assertThat(values(table)).containsExactly(List.of("März € –"));
        }
    }

    static Stream<Arguments> lineBreaks() {
        return Stream.of(Arguments.of("LF", "\n"), Arguments.of("CRLF", "\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lineBreaks")
    void countsPhysicalLinesAcrossQuotedLineBreaks(String label, String eol) {
        String csv = String.join(eol,
                "Id,Subject,Note",
                "1,Call,\"first line",
                "second, with comma",
                "third \"\"quoted\"\"\"",
                "2,Visit,plain",
                "",
                "3,\"Mail, urgent\",\"a",
                "b\"",
                "4,Last,no newline at the end");
        try (SourceTable table = single("Task.csv", utf8(csv))) {
            List<SourceRow> rows = all(table);
            assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 5L, 7L, 9L);
            assertThat(rows.get(0).values()).containsExactly("1", "Call",
                    "first line" + eol + "second, with comma" + eol + "third \"quoted\"");
            assertThat(rows.get(1).values()).containsExactly("2", "Visit", "plain");
            assertThat(rows.get(2).values()).containsExactly("3", "Mail, urgent", "a" + eol + "b");
            assertThat(rows.get(3).values()).containsExactly("4", "Last", "no newline at the end");
        }
    }

    @Test
    void headerThenThreeLineNoteThenRecordAtLineFive() {
        String csv = "Name,Note\nAcme,\"one\ntwo\nthree\"\nBeta,short\n";
        try (SourceTable table = single("a.csv", utf8(csv))) {
            assertThat(lines(table)).containsExactly(2L, 5L);
        }
    }

    @Test
    void skipsBlankLinesAndRowsAndToleratesTrailingEmptyLines() {
        String csv = "\nName,City\n\nAcme,Bonn\n , \n,,\nBeta,Köln\n\n\n";
        try (SourceTable table = single("a.csv", utf8(csv))) {
            assertThat(table.header()).containsExactly("Name", "City");
            List<SourceRow> rows = all(table);
            assertThat(rows).extracting(SourceRow::line).containsExactly(4L, 7L);
            assertThat(rows).extracting(SourceRow::values)
                    .containsExactly(List.of("Acme", "Bonn"), List.of("Beta", "Köln"));
        }
    }

    @Test
    void padsShortRecordsAndKeepsExtras() {
        String csv = "A,B,C\n1\n1,2,3,4\n1,,\n";
        try (SourceTable table = single("a.csv", utf8(csv))) {
            List<SourceRow> rows = all(table);
            assertThat(rows.get(0).values()).containsExactly("1", null, null);
            assertThat(rows.get(0).fieldCount()).isEqualTo(1);
            assertThat(rows.get(1).values()).containsExactly("1", "2", "3", "4");
            assertThat(rows.get(1).fieldCount()).isEqualTo(4);
            assertThat(rows.get(2).values()).containsExactly("1", "", "");
            assertThat(rows.get(2).fieldCount()).isEqualTo(3);
            assertThat(rows.get(0).value(5)).isNull();
        }
    }

    @Test
    void readsRfc4180Quoting() {
        String csv = "Name , Note,Amount\n \"Acme, Inc\" ,\"said \"\"hi\"\"\",  1.5  \n\"  spaced  \",x,2\n";
        try (SourceTable table = single("a.csv", utf8(csv))) {
            assertThat(table.header()).containsExactly("Name", "Note", "Amount");
            assertThat(values(table)).containsExactly(
                    List.of("Acme, Inc", "said \"hi\"", "1.5"),
                    List.of("  spaced  ", "x", "2"));
        }
    }

    @Test
    void namesBlankHeaderCellsAndStripsTheBom() {
        byte[] content = bytes("\"Id\",,Name,\n1,2,3,4\n", StandardCharsets.UTF_8, UTF8_BOM);
        try (SourceTable table = single("a.csv", content)) {
            assertThat(table.header()).containsExactly("Id", "Column 2", "Name", "Column 4");
        }
    }

    @Test
    void stripsTheBomEvenWhenTheUserOverridesTheEncoding() {
        byte[] content = bytes("Name;Stadt\nA;B\n", StandardCharsets.UTF_8, UTF8_BOM);
        try (SourceTable table = single("a.csv", content, new ReadOptions(CP1252, null))) {
            assertThat(table.encoding()).isEqualTo(CP1252);
            assertThat(table.header()).containsExactly("Name", "Stadt");
        }
    }

    @Test
    void appliesTheEncodingAndDelimiterOverrides() {
        byte[] content = bytes("Name,Stadt\nA;B,Köln\n", CP1252, new byte[0]);
        try (SourceTable table = single("a.csv", content, new ReadOptions(StandardCharsets.ISO_8859_1, ';'))) {
            assertThat(table.encoding()).isEqualTo(StandardCharsets.ISO_8859_1);
            assertThat(table.delimiter()).isEqualTo(';');
            assertThat(table.header()).containsExactly("Name,Stadt");
            assertThat(values(table)).containsExactly(List.of("A", "B,Köln"));
        }
    }

    @Test
    void honoursExcelsSepLine() {
        try (SourceTable table = single("a.csv", utf8("sep=;\nName;City\nAcme;Bonn\n"))) {
            assertThat(table.delimiter()).isEqualTo(';');
            assertThat(table.header()).containsExactly("Name", "City");
            assertThat(lines(table)).containsExactly(3L);
        }
    }

    @Test
    void refusesAnUnclosedQuoteNamingTheLineWhereTheRecordStarts() {
        String csv = "Name,Note\nAcme,ok\nBeta,\"never closed\nmore\nand more\n";
        try (SourceTable table = single("Contact.csv", utf8(csv))) {
            Iterator<SourceRow> rows = table.rows();
            assertThat(rows.next().line()).isEqualTo(2);
            assertThatThrownBy(rows::hasNext)
                    .isInstanceOfSatisfying(UnreadableFile.class, e -> {
                        assertThat(e.unsupported()).isFalse();
                        assertThat(e.getMessage()).contains("Contact.csv").contains("line 3");
                    });
        }
    }

    @Test
    void refusesTextAfterAClosingQuote() {
        try (SourceTable table = single("a.csv", utf8("Name,City\nAcme,Bonn\n\"Beta\" GmbH,Köln\n"))) {
            assertThatThrownBy(() -> all(table))
                    .isInstanceOfSatisfying(UnreadableFile.class, e -> {
                        assertThat(e.unsupported()).isFalse();
                        assertThat(e.getMessage()).contains("line 3").contains("closing quote");
                    });
        }
    }

    @Test
    void refusesARecordThatNeverEndsWithoutReadingItIntoMemory() {
        char[] filler = new char[(int) CsvTable.MAX_RECORD_CHARS + 100_000];
        Arrays.fill(filler, 'x');
        String csv = "Name,Note\nAcme,\"" + new String(filler);
        try (SourceTable table = single("big.csv", utf8(csv))) {
            assertThatThrownBy(() -> all(table))
                    .isInstanceOfSatisfying(UnreadableFile.class, e -> assertThat(e.getMessage()).contains("line 2"));
        }
    }

    @Test
    void rowsCanBeReadAgain() {
        try (SourceTable table = single("a.csv", utf8("a,b\n1,2\n3,4\n"))) {
            Iterator<SourceRow> first = table.rows();
            first.next();
            assertThat(values(table)).hasSize(2);
            assertThat(first.next().values()).containsExactly("3", "4");
            assertThat(first.hasNext()).isFalse();
        }
    }

    @Test
    void readsAHeaderOnlyFile() {
        try (SourceTable table = single("a.csv", utf8("Name;City"))) {
            assertThat(table.header()).containsExactly("Name", "City");
            assertThat(table.rows().hasNext()).isFalse();
        }
    }

    @Test
    void readsUtf16WithoutBomWhenItIsPlainlyUtf16() {
        byte[] content = "Name\tCity\r\nAcme\tBonn\r\n".getBytes(StandardCharsets.UTF_16LE);
        try (SourceTable table = single("a.txt", content)) {
            assertThat(table.encoding()).isEqualTo(StandardCharsets.UTF_16LE);
            assertThat(table.header()).containsExactly("Name", "City");
            assertThat(values(table)).containsExactly(List.of("Acme", "Bonn"));
        }
    }
}
