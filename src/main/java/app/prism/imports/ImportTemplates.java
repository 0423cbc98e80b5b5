package app.prism.imports;

import app.prism.account.AccountService;
import app.prism.account.AccountView;
import app.prism.account.UnitService;
import app.prism.account.UnitView;
import app.prism.catalog.ProductService;
import app.prism.catalog.ProductView;
import app.prism.web.SpreadsheetText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;

/**
 * Prism's own import templates (the {@code PRISM} preset): per record type a blank CSV or XLSX whose headers are the
 * field names, and for an account a sales template with a row per unit (external id or name) and the product
 * catalogue beside it, so nobody needs an internal id.
 */
@Service
public class ImportTemplates {

    private final AccountService accounts;
    private final UnitService units;
    private final ProductService products;

    ImportTemplates(AccountService accounts, UnitService units, ProductService products) {
        this.accounts = accounts;
        this.units = units;
        this.products = products;
    }

    /** The template's columns: the type's fields, without the helper fields of CRM presets. */
    public static List<String> columns(RecordType type) {
        return PresetMapping.fields(type).stream()
                .filter(f -> !List.of("isWon", "isClosed", "firstName", "lastName").contains(f)).toList();
    }

    public byte[] blankCsv(RecordType type) {
        return csv(columns(type), List.of());
    }

    public byte[] blankXlsx(RecordType type) {
        return xlsx(type.name().toLowerCase(java.util.Locale.ROOT), columns(type), List.of(), false);
    }

    /** A sales template for one account: a row per unit, product, date and amount left to fill in. */
    public byte[] salesCsv(long accountId) {
        return csv(columns(RecordType.SALE), salesRows(accountId));
    }

    public byte[] salesXlsx(long accountId) {
        return xlsx("sales", columns(RecordType.SALE), salesRows(accountId), true);
    }

    private List<List<String>> salesRows(long accountId) {
        AccountView account = accounts.getAccount(accountId);
        List<String> cols = columns(RecordType.SALE);
        List<List<String>> rows = new ArrayList<>();
        for (UnitView u : units.unitsOf(accountId)) {
            List<String> row = new ArrayList<>();
            for (String c : cols) {
                row.add(switch (c) {
                    case "account" -> account.externalId() != null ? account.externalId() : account.name();
                    case "unit" -> u.externalId() != null ? u.externalId() : u.name();
                    default -> "";
                });
            }
            rows.add(row);
        }
        return rows;
    }

    private static byte[] csv(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF'); // Excel opens UTF-8 correctly only with a BOM
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(header);
            for (List<String> row : rows) csv.printRecord(row.stream().map(SpreadsheetText::neutralise).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] xlsx(String sheet, List<String> header, List<List<String>> rows, boolean withCatalogue) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Prism", "1.0");
            Worksheet s = wb.newWorksheet(sheet);
            write(s, header, rows);
            if (withCatalogue) {
                List<List<String>> catalogue = new ArrayList<>();
                for (ProductView p : products.allProducts()) {
                    catalogue.add(List.of(p.code(), p.name(), p.family() == null ? "" : p.family(),
                            p.active() ? "true" : "false"));
                }
                // A sheet of another name is left alone by an import: it is there to look the codes up.
                write(wb.newWorksheet("products (reference)"), List.of("code", "name", "family", "active"), catalogue);
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(Worksheet s, List<String> header, List<List<String>> rows) {
        for (int c = 0; c < header.size(); c++) {
            s.value(0, c, header.get(c));
            s.style(0, c).bold().set();
            s.width(c, 18);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                String v = rows.get(r).get(c);
                if (!v.isEmpty()) s.value(r + 1, c, SpreadsheetText.neutralise(v));
            }
        }
    }
}
