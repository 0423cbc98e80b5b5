package app.prism.penetration;

import app.prism.account.AccountService;
import app.prism.account.AccountView;
import app.prism.account.UnitService;
import app.prism.account.UnitView;
import app.prism.catalog.ProductService;
import app.prism.catalog.ProductView;
import app.prism.contact.ContactService;
import app.prism.contact.ContactView;
import app.prism.sales.SalesFacts;
import app.prism.web.SpreadsheetText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;

/**
 * The matrix as files: an XLSX workbook (the matrix as the user sees it, plus units, contacts and sales sheets) and a
 * CSV with one line per cell. Every text cell is neutralised against formula injection; money stays numeric.
 */
@Service
public class MatrixExport {

    private static final Map<CellStatus, String> FILL = Map.of(CellStatus.BUYING, "CDEBD7", CellStatus.OPPORTUNITY,
            "D2E1F7", CellStatus.LOST, "F5D0CC", CellStatus.WHITESPACE, "FAE7BE", CellStatus.NOT_APPLICABLE, "E1E4E8");

    private final PenetrationService penetration;
    private final AccountService accounts;
    private final UnitService units;
    private final ProductService products;
    private final ContactService contacts;
    private final SalesFacts salesFacts;

    MatrixExport(PenetrationService penetration, AccountService accounts, UnitService units, ProductService products,
            ContactService contacts, SalesFacts salesFacts) {
        this.penetration = penetration;
        this.accounts = accounts;
        this.units = units;
        this.products = products;
        this.contacts = contacts;
        this.salesFacts = salesFacts;
    }

    public void writeXlsx(long accountId, LocalDate asOf, Integer depth, OutputStream out) {
        AccountView account = accounts.getAccount(accountId);
        Matrix matrix = penetration.matrix(accountId, asOf, depth);
        List<UnitView> unitList = units.unitsOf(accountId);
        Map<Long, UnitView> unitById = unitList.stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
        Map<Long, ProductView> productById = products.allProducts().stream()
                .collect(Collectors.toMap(ProductView::id, Function.identity()));
        try {
            Workbook wb = new Workbook(out, "Prism", "1.0");
            writeMatrixSheet(wb.newWorksheet("Matrix"), account, matrix, unitById, productById);
            writeCellsSheet(wb.newWorksheet("Cells"), matrix, unitById, productById);
            writeUnitsSheet(wb.newWorksheet("Units"), unitList, unitById, matrix);
            writeContactsSheet(wb.newWorksheet("Contacts"), contacts.contactsOfAccount(accountId), unitById);
            writeSalesSheet(wb.newWorksheet("Sales"), accountId, unitById, productById);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One line per cell: unit, product, status, TTM revenue, active contacts, and the share of wallet: potential,
     * share (a decimal, empty without a potential), competitor(s) and the below-revenue flag.
     */
    public void writeCsv(long accountId, LocalDate asOf, Integer depth, Writer out) {
        Matrix matrix = penetration.matrix(accountId, asOf, depth);
        Map<Long, String> unitNames = new HashMap<>();
        matrix.units().forEach(u -> unitNames.put(u.id(), u.name()));
        Map<Long, ProductView> productById = products.allProducts().stream()
                .collect(Collectors.toMap(ProductView::id, Function.identity()));
        try {
            out.write("unitId,unitName,productId,productCode,productName,status,revenue,contacts,potential,shareOfWallet,"
                    + "competitor,flag\r\n");
            for (Matrix.Cell c : matrix.cells()) {
                ProductView p = productById.get(c.productId());
                out.write(c.unitId() + "," + SpreadsheetText.csv(unitNames.get(c.unitId())) + "," + c.productId() + ","
                        + SpreadsheetText.csv(p.code()) + "," + SpreadsheetText.csv(p.name()) + "," + c.status() + ","
                        + c.revenue().toPlainString() + "," + c.contacts() + ","
                        + (c.potential() == null ? "" : c.potential().toPlainString()) + ","
                        + (c.shareOfWallet() == null ? "" : c.shareOfWallet().toPlainString()) + ","
                        + (c.competitor() == null ? "" : SpreadsheetText.csv(c.competitor())) + ","
                        + (c.flag() == null ? "" : c.flag()) + "\r\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeMatrixSheet(Worksheet ws, AccountView account, Matrix matrix, Map<Long, UnitView> unitById,
            Map<Long, ProductView> productById) {
        ws.value(0, 0, text(account.name() + " — penetration matrix as of " + matrix.asOf()));
        ws.style(0, 0).bold().set();
        ws.value(1, 0, "Penetration");
        ws.value(1, 1, matrix.summary().penetration().doubleValue());
        ws.style(1, 1).format("0.0%").set();
        ws.value(1, 2, "Whitespace value");
        ws.value(1, 3, matrix.summary().whitespaceValue());
        ws.style(1, 3).format("#,##0.00").set();
        ws.value(1, 4, "Potential");
        if (matrix.summary().potential() != null) ws.value(1, 5, matrix.summary().potential());
        ws.style(1, 5).format("#,##0.00").set();
        ws.value(1, 6, "Share of wallet");
        if (matrix.summary().shareOfWallet() != null) ws.value(1, 7, matrix.summary().shareOfWallet().doubleValue());
        ws.style(1, 7).format("0.0%").set();
        int header = 3;
        ws.value(header, 0, "Product code");
        ws.value(header, 1, "Product");
        ws.value(header, 2, "Family");
        ws.value(header, 3, "Penetration");
        List<Matrix.UnitFigure> columns = matrix.units();
        for (int c = 0; c < columns.size(); c++) {
            UnitView u = unitById.get(columns.get(c).id());
            ws.value(header, 4 + c, text(u.name()));
            ws.value(header + 1, 4 + c, text(u.country() == null ? "" : u.country() + (u.city() == null ? "" : " · " + u.city())));
        }
        ws.range(header, 0, header, 3 + columns.size()).style().bold().set();
        Map<String, Matrix.Cell> cells = new HashMap<>();
        matrix.cells().forEach(cell -> cells.put(cell.unitId() + ":" + cell.productId(), cell));
        int row = header + 2;
        for (Matrix.ProductFigure pf : matrix.products()) {
            ProductView p = productById.get(pf.id());
            ws.value(row, 0, text(p.code()));
            ws.value(row, 1, text(p.name()));
            ws.value(row, 2, text(p.family()));
            ws.value(row, 3, pf.penetration().doubleValue());
            ws.style(row, 3).format("0.0%").set();
            for (int c = 0; c < columns.size(); c++) {
                Matrix.Cell cell = cells.get(columns.get(c).id() + ":" + p.id());
                String shown = cell.status().letter() + " " + cell.status().label()
                        + (cell.revenue().signum() != 0 ? " · " + cell.revenue().toPlainString() : "")
                        + (cell.potential() != null ? " · potential " + cell.potential().toPlainString() + " · share "
                                + (cell.shareOfWallet() == null ? "—" : percent(cell.shareOfWallet())) : "")
                        + (cell.competitor() != null ? " · " + text(cell.competitor()) : "")
                        + (cell.flag() != null ? " · ! potential below revenue" : "");
                ws.value(row, 4 + c, shown);
                ws.style(row, 4 + c).fillColor(FILL.get(cell.status())).set();
            }
            row++;
        }
        ws.value(row, 1, "Unit penetration");
        for (int c = 0; c < columns.size(); c++) {
            ws.value(row, 4 + c, columns.get(c).penetration().doubleValue());
            ws.style(row, 4 + c).format("0.0%").set();
        }
        row++;
        ws.value(row, 1, "Unit share of wallet");
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).shareOfWallet() == null) continue;
            ws.value(row, 4 + c, columns.get(c).shareOfWallet().doubleValue());
            ws.style(row, 4 + c).format("0.0%").set();
        }
        ws.freezePane(4, header + 2);
        ws.width(1, 28);
    }

    /** One row per cell, numbers as numbers: what the matrix sheet shows as text, for filtering and sums. */
    private static void writeCellsSheet(Worksheet ws, Matrix matrix, Map<Long, UnitView> unitById,
            Map<Long, ProductView> productById) {
        String[] head = {"unit", "productCode", "product", "status", "revenue", "contacts", "potential",
                "shareOfWallet", "competitor", "flag"};
        for (int i = 0; i < head.length; i++) ws.value(0, i, head[i]);
        ws.range(0, 0, 0, head.length - 1).style().bold().set();
        int r = 1;
        for (Matrix.Cell c : matrix.cells()) {
            ProductView p = productById.get(c.productId());
            ws.value(r, 0, text(unitById.get(c.unitId()).name()));
            ws.value(r, 1, text(p.code()));
            ws.value(r, 2, text(p.name()));
            ws.value(r, 3, c.status().name());
            ws.value(r, 4, c.revenue());
            ws.value(r, 5, c.contacts());
            if (c.potential() != null) ws.value(r, 6, c.potential());
            if (c.shareOfWallet() != null) {
                ws.value(r, 7, c.shareOfWallet().doubleValue());
                ws.style(r, 7).format("0.0%").set();
            }
            if (c.competitor() != null) ws.value(r, 8, text(c.competitor()));
            if (c.flag() != null) ws.value(r, 9, c.flag());
            if (r % 10_000 == 0) flush(ws);
            r++;
        }
    }

    private static String percent(java.math.BigDecimal ratio) {
        return app.prism.web.Money.percent(ratio);
    }

    private static void writeUnitsSheet(Worksheet ws, List<UnitView> unitList, Map<Long, UnitView> unitById, Matrix matrix) {
        String[] head = {"id", "name", "kind", "parent", "depth", "country", "city", "externalId"};
        for (int i = 0; i < head.length; i++) ws.value(0, i, head[i]);
        ws.range(0, 0, 0, head.length - 1).style().bold().set();
        int r = 1;
        for (UnitView u : unitList) {
            ws.value(r, 0, u.id());
            ws.value(r, 1, text(u.name()));
            ws.value(r, 2, u.kind().name());
            ws.value(r, 3, u.parentId() == null ? "" : text(unitById.get(u.parentId()).name()));
            ws.value(r, 4, u.depth());
            ws.value(r, 5, text(u.country()));
            ws.value(r, 6, text(u.city()));
            ws.value(r, 7, text(u.externalId()));
            r++;
        }
    }

    private static void writeContactsSheet(Worksheet ws, List<ContactView> list, Map<Long, UnitView> unitById) {
        String[] head = {"id", "name", "title", "unit", "email", "phone", "buyingRole", "attitude", "strength", "active"};
        for (int i = 0; i < head.length; i++) ws.value(0, i, head[i]);
        ws.range(0, 0, 0, head.length - 1).style().bold().set();
        int r = 1;
        for (ContactView c : list) {
            ws.value(r, 0, c.id());
            ws.value(r, 1, text(c.name()));
            ws.value(r, 2, text(c.title()));
            ws.value(r, 3, text(unitById.get(c.unitId()).name()));
            ws.value(r, 4, text(c.email()));
            ws.value(r, 5, text(c.phone()));
            ws.value(r, 6, c.buyingRole().name());
            ws.value(r, 7, c.attitude().name());
            ws.value(r, 8, c.relationshipStrength());
            ws.value(r, 9, c.active() ? "yes" : "no");
            r++;
        }
    }

    private void writeSalesSheet(Worksheet ws, long accountId, Map<Long, UnitView> unitById,
            Map<Long, ProductView> productById) throws IOException {
        String[] head = {"date", "unit", "productCode", "amount", "cost"};
        for (int i = 0; i < head.length; i++) ws.value(0, i, head[i]);
        ws.range(0, 0, 0, head.length - 1).style().bold().set();
        int[] row = {1};
        salesFacts.forEachSale(accountId, line -> {
            int r = row[0]++;
            ws.value(r, 0, line.date());
            ws.style(r, 0).format("yyyy-mm-dd").set();
            ws.value(r, 1, text(unitById.get(line.unitId()).name()));
            ws.value(r, 2, text(productById.get(line.productId()).code()));
            ws.value(r, 3, line.amount());
            if (line.cost() != null) ws.value(r, 4, line.cost());
            if (r % 10_000 == 0) flush(ws);
        });
    }

    private static void flush(Worksheet ws) {
        try {
            ws.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String s) {
        return SpreadsheetText.neutralise(s);
    }
}
