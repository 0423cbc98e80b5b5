package app.prism.imports.files;

import static app.prism.imports.files.Fixtures.all;
import static app.prism.imports.files.Fixtures.rows;
import static app.prism.imports.files.Fixtures.sheet;
import static app.prism.imports.files.Fixtures.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.VisibilityState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class XlsxReadingTest {

    @TempDir
    Path dir;

    private ImportFiles.Opened open(String name, byte[] content) {
        return ImportFiles.open(Fixtures.write(dir, name, content), name, ReadOptions.DETECT, ImportFiles.Limits.DEFAULT);
    }

    @Test
    void namesEachSheetWhenTheWorkbookHasSeveral() {
        byte[] xlsx = Fixtures.xlsx(
                sheet("Accounts", rows(new String[] {"Id", "Name"}, new String[] {"1", "Acme"})),
                sheet("Empty", ws -> { }),
                sheet("Contacts", rows(new String[] {" Email ", "", "Name"}, new String[] {"a@b.c", "", "Ann"},
                        new String[] {"", "", ""}, new String[] {"d@e.f", "x", "Dan", "extra"})));
        try (ImportFiles.Opened opened = open("Book.xlsx", xlsx)) {
            assertThat(opened.tables()).extracting(SourceTable::name)
                    .containsExactly("Book.xlsx:Accounts", "Book.xlsx:Contacts");
            assertThat(opened.skipped()).isEmpty();
            SourceTable accounts = opened.tables().get(0);
            assertThat(accounts.format()).isEqualTo("XLSX");
            assertThat(accounts.encoding()).isNull();
            assertThat(accounts.delimiter()).isNull();
            assertThat(accounts.header()).containsExactly("Id", "Name");
            assertThat(all(accounts)).singleElement().satisfies(row -> {
                assertThat(row.line()).isEqualTo(2);
                assertThat(row.values()).containsExactly("1", "Acme");
            });
            SourceTable contacts = opened.tables().get(1);
            assertThat(contacts.header()).containsExactly("Email", "Column 2", "Name");
            List<SourceRow> rows = all(contacts);
            assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 4L);
            assertThat(rows.get(0).values()).containsExactly("a@b.c", "", "Ann");
            assertThat(rows.get(1).values()).containsExactly("d@e.f", "x", "Dan", "extra");
            assertThat(rows.get(1).fieldCount()).isEqualTo(4);
        }
    }

    @Test
    void aSingleSheetTakesTheFileName() {
        byte[] xlsx = Fixtures.xlsx(sheet("Sheet1", rows(new String[] {"Name"}, new String[] {"Acme"})),
                sheet("Sheet2", ws -> { }));
        try (ImportFiles.Opened opened = open("Accounts.xlsx", xlsx)) {
            assertThat(opened.tables()).extracting(SourceTable::name).containsExactly("Accounts.xlsx");
        }
    }

    @Test
    void skipsHiddenSheets() {
        byte[] xlsx = Fixtures.xlsx(sheet("Data", rows(new String[] {"Name"}, new String[] {"Acme"})),
                sheet("hiddenSheet", ws -> {
                    ws.value(0, 0, "metadata");
                    ws.setVisibilityState(VisibilityState.HIDDEN);
                }));
        try (ImportFiles.Opened opened = open("Export.xlsx", xlsx)) {
            assertThat(opened.tables()).extracting(SourceTable::name).containsExactly("Export.xlsx");
            assertThat(opened.skipped()).containsExactly("Export.xlsx:hiddenSheet");
        }
    }

    @Test
    void theHeaderIsTheFirstNonEmptyRowAndRowsKeepTheSheetsNumbers() {
        byte[] xlsx = Fixtures.xlsx(sheet("S", ws -> {
            ws.value(2, 1, "Name");
            ws.value(2, 2, "City");
            ws.value(3, 1, "Acme");
            ws.value(5, 2, "Bonn");
        }));
        try (ImportFiles.Opened opened = open("a.xlsx", xlsx)) {
            SourceTable table = opened.tables().get(0);
            assertThat(table.header()).containsExactly("Column 1", "Name", "City");
            List<SourceRow> rows = all(table);
            assertThat(rows).extracting(SourceRow::line).containsExactly(4L, 6L);
            assertThat(rows.get(0).values()).containsExactly("", "Acme", "");
            assertThat(rows.get(1).values()).containsExactly("", "", "Bonn");
        }
    }

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("whole number", 42.0, null, "42"),
                Arguments.of("integer", 7, null, "7"),
                Arguments.of("decimal", 1234.5, null, "1234.5"),
                Arguments.of("big", 1.5e10, null, "15000000000"),
                Arguments.of("small", 1e-7, null, "0.0000001"),
                Arguments.of("binary artefact", 0.1 + 0.2, null, "0.3"),
                Arguments.of("negative", -12.25, null, "-12.25"),
                Arguments.of("exact decimal", new BigDecimal("19.99"), null, "19.99"),
                Arguments.of("money format", 1500.0, "#,##0.00 €", "1500"),
                Arguments.of("date", LocalDate.of(2024, 3, 15), "yyyy-mm-dd", "2024-03-15"),
                Arguments.of("date and time", LocalDateTime.of(2024, 3, 15, 10, 30), "yyyy-mm-dd hh:mm", "2024-03-15T10:30:00"),
                Arguments.of("date time at midnight", LocalDateTime.of(2024, 3, 15, 0, 0), "yyyy-mm-dd hh:mm", "2024-03-15"),
                Arguments.of("German date format", 45366, "dd.mm.yyyy", "2024-03-15"),
                Arguments.of("US date format", 45366.75, "m/d/yyyy h:mm AM/PM", "2024-03-15T18:00:00"),
                Arguments.of("time only", 0.5, "hh:mm", "12:00:00"),
                Arguments.of("date without a date format is a number", LocalDate.of(2024, 3, 15), null, "45366"),
                Arguments.of("boolean", Boolean.TRUE, null, "true"),
                Arguments.of("false", Boolean.FALSE, null, "false"),
                Arguments.of("text as is", "  0042 ", null, "  0042 "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void convertsExcelCells(String label, Object value, String format, String expected) {
        byte[] xlsx = Fixtures.xlsx(sheet("S", ws -> {
            ws.value(0, 0, "Value");
            if (value instanceof LocalDate d) {
                ws.value(1, 0, d);
            } else if (value instanceof LocalDateTime t) {
                ws.value(1, 0, t);
            } else if (value instanceof Boolean b) {
                ws.value(1, 0, b);
            } else if (value instanceof Number n) {
                ws.value(1, 0, n);
            } else {
                ws.value(1, 0, (String) value);
            }
            if (format != null) {
                ws.style(1, 0).format(format).set();
            }
        }));
        try (ImportFiles.Opened opened = open("v.xlsx", xlsx)) {
            assertThat(values(opened.tables().get(0))).containsExactly(List.of(expected));
        }
    }

    @Test
    void readsWhatExcelWrites() {
        try (ImportFiles.Opened opened = open("Opportunities.xlsx", Fixtures.handMadeXlsx(false))) {
            SourceTable table = opened.tables().get(0);
            assertThat(table.name()).isEqualTo("Opportunities.xlsx");
            assertThat(table.header()).containsExactly("Name", "Close Date", "Amount", "Column 4", "Note");
            List<SourceRow> rows = all(table);
            assertThat(rows).extracting(SourceRow::line).containsExactly(3L, 6L, 7L);
            assertThat(rows.get(0).values())
                    .containsExactly("Acme  GmbH ", "2024-03-15", "1234.56", "2024-03-15T10:30:00", "first");
            assertThat(rows.get(1).values()).containsExactly("Beta", "1900-01-01", "0.3", "#N/A", "true");
            assertThat(rows.get(2).values())
                    .containsExactly("12", "0.125", "0.00000015", "12345678901234", "", "0");
        }
    }

    @Test
    void honoursThe1904DateSystem() {
        try (ImportFiles.Opened opened = open("Mac.xlsx", Fixtures.handMadeXlsx(true))) {
            assertThat(all(opened.tables().get(0)).get(0).values().get(1))
                    .isEqualTo(LocalDate.of(1904, 1, 1).plusDays(45366).toString());
        }
    }

    @Test
    void refusesADamagedWorkbook() {
        byte[] broken = Fixtures.zip(Fixtures.entries(
                "[Content_Types].xml", "<Types/>",
                "xl/workbook.xml", "<workbook><sheets><sheet name=",
                "xl/worksheets/sheet1.xml", "garbage"));
        assertThatThrownBy(() -> open("Broken.xlsx", broken))
                .isInstanceOfSatisfying(UnreadableFile.class, e -> {
                    assertThat(e.unsupported()).isFalse();
                    assertThat(e.getMessage()).contains("Broken.xlsx");
                });
    }
}
