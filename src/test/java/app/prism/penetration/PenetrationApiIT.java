package app.prism.penetration;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The matrix contract of PRODUCT.md sections 4 and 6 over real HTTP. Products are shared by every test, so each test
 * makes its own and reads only its own cells; summary figures are checked as differences or against the live count.
 */
class PenetrationApiIT extends IntegrationTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private long product(Api api, BigDecimal typicalValue) {
        var r = api.post("/api/v1/products", Api.json("code", Api.unique("PEN-").toUpperCase(), "name", "Penetration test",
                "family", "Tests", "typicalAnnualValue", typicalValue));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    private void sale(Api api, long unit, long product, LocalDate date, String amount) {
        var r = api.post("/api/v1/sales", Api.json("unitId", unit, "productId", product, "date", date.toString(),
                "amount", new BigDecimal(amount)));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    private JsonNode matrix(Api api, long account, String query) {
        var r = api.get("/api/v1/accounts/" + account + "/penetration?asOf=" + AS_OF + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static JsonNode cell(JsonNode matrix, long unit, long product) {
        for (JsonNode c : matrix.get("cells")) {
            if (c.get("unitId").asLong() == unit && c.get("productId").asLong() == product) return c;
        }
        throw new AssertionError("no cell " + unit + "/" + product);
    }

    private static String status(JsonNode matrix, long unit, long product) {
        return cell(matrix, unit, product).get("status").asString();
    }

    @Test
    void salesOnDay364AreInTheWindowButDay365IsNot() {
        Api admin = admin();
        long account = admin.createAccount("TTM ");
        long in = admin.createUnit(account, "Inside", "COMPANY", null);
        long out = admin.createUnit(account, "Outside", "COMPANY", null);
        long p = product(admin, new BigDecimal("1000"));
        sale(admin, in, p, AS_OF.minusDays(364), "10.00");
        sale(admin, out, p, AS_OF.minusDays(365), "10.00");
        sale(admin, out, p, AS_OF.plusDays(1), "10.00");   // after asOf: not yet

        JsonNode m = matrix(admin, account, "");
        assertThat(status(m, in, p)).isEqualTo("BUYING");
        assertThat(cell(m, in, p).get("revenue").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(status(m, out, p)).isEqualTo("WHITESPACE");
        assertThat(cell(m, out, p).get("revenue").decimalValue()).isEqualByComparingTo("0");
        assertThat(m.get("asOf").asString()).isEqualTo("2026-06-30");
    }

    @Test
    void creditNotesThatSumBelowZeroAreNotBuying() {
        Api admin = admin();
        long account = admin.createAccount("Credit ");
        long unit = admin.createUnit(account, "Unit", "COMPANY", null);
        long p = product(admin, null);
        sale(admin, unit, p, AS_OF.minusDays(10), "100.00");
        sale(admin, unit, p, AS_OF.minusDays(5), "-150.00");

        JsonNode m = matrix(admin, account, "");
        assertThat(status(m, unit, p)).isEqualTo("WHITESPACE");
        assertThat(cell(m, unit, p).get("revenue").decimalValue()).isEqualByComparingTo("-50.00");
    }

    @Test
    void theFirstRuleThatHoldsWinsFitMarkThenSalesThenOpenThenLostInTheWindow() {
        Api admin = admin();
        long account = admin.createAccount("Rules ");
        long marked = admin.createUnit(account, "Marked", "COMPANY", null);
        long open = admin.createUnit(account, "Open", "COMPANY", null);
        long lost = admin.createUnit(account, "Lost", "COMPANY", null);
        long lostLongAgo = admin.createUnit(account, "Lost long ago", "COMPANY", null);
        long p = product(admin, new BigDecimal("500"));
        sale(admin, marked, p, AS_OF.minusDays(1), "999.00");
        assertThat(admin.post("/api/v1/fit-marks", Api.json("unitId", marked, "productId", p, "reason", "No plants")).status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/opportunities", Api.json("unitId", open, "productId", p, "title", "Pilot",
                "stage", "OPEN", "closeDate", AS_OF.plusDays(30).toString())).status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/opportunities", Api.json("unitId", lost, "productId", p, "title", "Lost one",
                "stage", "LOST", "closeDate", AS_OF.minusDays(364).toString(), "lossReason", "PRICE")).status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/opportunities", Api.json("unitId", lostLongAgo, "productId", p, "title", "Old loss",
                "stage", "LOST", "closeDate", AS_OF.minusDays(365).toString(), "lossReason", "TIMING")).status()).isEqualTo(201);

        JsonNode m = matrix(admin, account, "");
        assertThat(status(m, marked, p)).isEqualTo("NOT_APPLICABLE");
        assertThat(status(m, open, p)).isEqualTo("OPPORTUNITY");
        assertThat(status(m, lost, p)).isEqualTo("LOST");
        assertThat(status(m, lostLongAgo, p)).isEqualTo("WHITESPACE");
    }

    @Test
    void inactiveProductsHaveNoCellsAndTheSummaryCountsEveryActiveProduct() {
        Api admin = admin();
        long account = admin.createAccount("Inactive ");
        long a = admin.createUnit(account, "A", "COMPANY", null);
        long b = admin.createUnit(account, "B", "COMPANY", null);
        long active = product(admin, new BigDecimal("100"));
        long retired = product(admin, new BigDecimal("100"));
        sale(admin, a, active, AS_OF.minusDays(3), "50.00");
        sale(admin, a, retired, AS_OF.minusDays(3), "50.00");
        var patch = admin.patch("/api/v1/products/" + retired, Api.json("active", false));
        assertThat(patch.status()).isEqualTo(200);

        JsonNode m = matrix(admin, account, "");
        long activeProducts = admin.get("/api/v1/products?activeOnly=true&size=1").json().get("total").asLong();
        assertThat(m.get("cells")).hasSize((int) (2 * activeProducts));
        assertThat(m.get("cells").findValues("productId").stream().map(JsonNode::asLong)).doesNotContain(retired);
        JsonNode summary = m.get("summary");
        assertThat(summary.get("applicableCells").asLong()).isEqualTo(2 * activeProducts);
        assertThat(summary.get("buyingCells").asLong()).isEqualTo(1);
        assertThat(summary.get("unitsTotal").asLong()).isEqualTo(2);
        assertThat(summary.get("unitsDoingBusiness").asLong()).isEqualTo(1);
        assertThat(summary.get("penetration").decimalValue())
                .isEqualByComparingTo(BigDecimal.ONE.divide(BigDecimal.valueOf(2 * activeProducts), 4, java.math.RoundingMode.HALF_UP));
        JsonNode unitA = m.get("units").findParents("id").stream().filter(u -> u.get("id").asLong() == a).findFirst().orElseThrow();
        assertThat(unitA.get("name").asString()).isEqualTo("A");
        JsonNode row = m.get("products").findParents("id").stream().filter(r -> r.get("id").asLong() == active).findFirst().orElseThrow();
        assertThat(row.get("penetration").decimalValue()).isEqualByComparingTo("0.5");
    }

    @Test
    void aSubtreeRollsUpAtItsDepthAndItsContactsAndRevenueCountOnce() {
        Api admin = admin();
        long account = admin.createAccount("Rollup ");
        long root = admin.createUnit(account, "Root", "GROUP", null);
        long child = admin.createUnit(account, "Child", "COMPANY", root);
        long grandchild = admin.createUnit(account, "Grandchild", "SITE", child);
        long p = product(admin, new BigDecimal("100"));
        sale(admin, grandchild, p, AS_OF.minusDays(2), "70.00");
        sale(admin, child, p, AS_OF.minusDays(2), "30.00");
        sale(admin, root, p, AS_OF.minusDays(2), "5.00");
        admin.post("/api/v1/units/" + grandchild + "/contacts", Api.json("name", "Gina"));
        admin.post("/api/v1/units/" + child + "/contacts", Api.json("name", "Carl"));
        admin.post("/api/v1/units/" + child + "/contacts", Api.json("name", "Left", "active", false));

        JsonNode depth2 = matrix(admin, account, "&depth=2");
        assertThat(depth2.get("units").findValues("id").stream().map(JsonNode::asLong)).containsExactly(root, child);
        assertThat(cell(depth2, child, p).get("revenue").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(cell(depth2, child, p).get("contacts").asLong()).isEqualTo(2);
        assertThat(cell(depth2, root, p).get("revenue").decimalValue()).isEqualByComparingTo("5.00");

        JsonNode depth1 = matrix(admin, account, "&depth=1");
        assertThat(depth1.get("units")).hasSize(1);
        assertThat(cell(depth1, root, p).get("revenue").decimalValue()).isEqualByComparingTo("105.00");
        assertThat(cell(depth1, root, p).get("status").asString()).isEqualTo("BUYING");

        JsonNode flat = matrix(admin, account, "");
        assertThat(flat.get("units")).hasSize(3);
        assertThat(cell(flat, grandchild, p).get("contacts").asLong()).isEqualTo(1);
    }

    @Test
    void aSubtreeIsNotApplicableOnlyWhenEveryUnitIs() {
        Api admin = admin();
        long account = admin.createAccount("Rollup NA ");
        long root = admin.createUnit(account, "Root", "GROUP", null);
        long site = admin.createUnit(account, "Site", "SITE", root);
        long p = product(admin, new BigDecimal("100"));
        admin.post("/api/v1/fit-marks", Api.json("unitId", root, "productId", p, "reason", "Holding only"));
        assertThat(status(matrix(admin, account, "&depth=1"), root, p)).isEqualTo("WHITESPACE");
        admin.post("/api/v1/fit-marks", Api.json("unitId", site, "productId", p, "reason", "No use"));
        assertThat(status(matrix(admin, account, "&depth=1"), root, p)).isEqualTo("NOT_APPLICABLE");
    }

    @Test
    void whitespaceIsValuedAtTheTypicalValueOrElseTheMedianOfBuyingUnitsAcrossAccounts() {
        Api admin = admin();
        long other = admin.createAccount("Median source ");
        long buyer1 = admin.createUnit(other, "Buyer 1", "COMPANY", null);
        long buyer2 = admin.createUnit(other, "Buyer 2", "COMPANY", null);
        long unvalued = product(admin, null);
        sale(admin, buyer1, unvalued, AS_OF.minusDays(20), "100.00");
        sale(admin, buyer2, unvalued, AS_OF.minusDays(20), "300.00");
        long valued = product(admin, new BigDecimal("1234.50"));

        long account = admin.createAccount("Whitespace ");
        long unit = admin.createUnit(account, "Prospect", "COMPANY", null);
        BigDecimal before = matrix(admin, account, "").get("summary").get("whitespaceValue").decimalValue();

        admin.post("/api/v1/fit-marks", Api.json("unitId", unit, "productId", unvalued, "reason", "test"));
        BigDecimal withoutUnvalued = matrix(admin, account, "").get("summary").get("whitespaceValue").decimalValue();
        assertThat(before.subtract(withoutUnvalued)).isEqualByComparingTo("200.00");   // median of 100 and 300

        admin.post("/api/v1/fit-marks", Api.json("unitId", unit, "productId", valued, "reason", "test"));
        BigDecimal withoutValued = matrix(admin, account, "").get("summary").get("whitespaceValue").decimalValue();
        assertThat(withoutUnvalued.subtract(withoutValued)).isEqualByComparingTo("1234.50");
    }

    @Test
    void aFitMarkedPairIsNotABuyingUnitOfTheMedian() {
        Api admin = admin();
        long other = admin.createAccount("Median with a mark ");
        long unvalued = product(admin, null);
        for (String amount : List.of("100.00", "300.00", "5000.00")) {
            long buyer = admin.createUnit(other, "Buyer " + amount, "COMPANY", null);
            sale(admin, buyer, unvalued, AS_OF.minusDays(20), amount);
            if (amount.equals("5000.00")) {
                admin.post("/api/v1/fit-marks", Api.json("unitId", buyer, "productId", unvalued, "reason", "Resold"));
            }
        }
        long account = admin.createAccount("Prospect ");
        long unit = admin.createUnit(account, "Prospect", "COMPANY", null);
        BigDecimal before = matrix(admin, account, "").get("summary").get("whitespaceValue").decimalValue();

        admin.post("/api/v1/fit-marks", Api.json("unitId", unit, "productId", unvalued, "reason", "test"));
        BigDecimal after = matrix(admin, account, "").get("summary").get("whitespaceValue").decimalValue();
        assertThat(before.subtract(after)).isEqualByComparingTo("200.00");   // median of 100 and 300, not of all three
    }

    @Test
    void anEmptyAccountHasNoCellsAndZeroPenetration() {
        Api admin = admin();
        long account = admin.createAccount("Empty ");
        JsonNode m = matrix(admin, account, "");
        assertThat(m.get("cells")).isEmpty();
        assertThat(m.get("summary").get("penetration").decimalValue()).isEqualByComparingTo("0");
        assertThat(m.get("summary").get("applicableCells").asLong()).isZero();
        assertThat(m.get("summary").get("unitsTotal").asLong()).isZero();
    }

    @Test
    void aWriteChangesTheNextAnswerImmediately() {
        Api admin = admin();
        long account = admin.createAccount("Fresh ");
        long unit = admin.createUnit(account, "Unit", "COMPANY", null);
        long p = product(admin, new BigDecimal("10"));
        assertThat(status(matrix(admin, account, ""), unit, p)).isEqualTo("WHITESPACE");
        assertThat(status(matrix(admin, account, ""), unit, p)).isEqualTo("WHITESPACE");   // served again
        sale(admin, unit, p, AS_OF.minusDays(1), "1.00");
        assertThat(status(matrix(admin, account, ""), unit, p)).isEqualTo("BUYING");
    }

    @Test
    void badParametersAnswer400AndUnknownOrInvisibleAccounts404() {
        Api admin = admin();
        long account = admin.createAccount("Params ");
        var depth0 = admin.get("/api/v1/accounts/" + account + "/penetration?depth=0");
        assertThat(depth0.status()).isEqualTo(400);
        assertThat(depth0.errorFields()).containsExactly("depth");
        assertThat(admin.get("/api/v1/accounts/" + account + "/penetration?asOf=2026-02-30").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/accounts/" + account + "/penetration?asOf=yesterday").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/accounts/987654321/penetration").status()).isEqualTo(404);
        var member = newUser("MEMBER");
        assertThat(member.api().get("/api/v1/accounts/" + account + "/penetration").status()).isEqualTo(404);
        assertThat(member.api().get("/api/v1/accounts/" + account + "/penetration/export?format=csv").status()).isEqualTo(404);
    }

    @Test
    void theCsvExportHasOneNeutralisedLinePerCell() {
        Api admin = admin();
        long account = admin.createAccount("Export ");
        long unit = admin.createUnit(account, "=cmd|' /C calc'!A0", "COMPANY", null);
        long p = product(admin, new BigDecimal("10"));
        sale(admin, unit, p, AS_OF.minusDays(1), "12.34");
        var r = admin.get("/api/v1/accounts/" + account + "/penetration/export?format=csv&asOf=" + AS_OF);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/csv");
        List<String> lines = r.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("unitId,unitName,productId,productCode,productName,status,revenue,contacts,potential,"
                + "shareOfWallet,competitor,flag");
        String mine = lines.stream().filter(l -> l.contains("," + p + ",")).findFirst().orElseThrow();
        assertThat(mine).startsWith(unit + ",'=cmd|' /C calc'!A0,").contains(",BUYING,12.34,0,,,,");
        assertThat(r.header("Content-Disposition")).contains("attachment");
        assertThat(admin.get("/api/v1/accounts/" + account + "/penetration/export?format=pdf").status()).isEqualTo(400);
    }

    @Test
    void theXlsxExportReadsBackWithTheMatrixAsSeenAndItsUnitsContactsAndSales() throws Exception {
        Api admin = admin();
        long account = admin.createAccount("Xlsx ");
        long root = admin.createUnit(account, "Holding", "GROUP", null);
        long plant = admin.createUnit(account, "+Plant", "SITE", root);
        admin.post("/api/v1/units/" + plant + "/contacts", Api.json("name", "@dana", "title", "-Buyer"));
        long p = product(admin, new BigDecimal("10"));
        sale(admin, plant, p, AS_OF.minusDays(1), "12.34");
        sale(admin, plant, p, AS_OF.minusDays(400), "-2.50");

        var r = admin.getBytes("/api/v1/accounts/" + account + "/penetration/export?format=xlsx&asOf=" + AS_OF);
        assertThat(r.status()).isEqualTo(200);
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(r.bytes()))) {
            assertThat(wb.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName)).containsExactly("Matrix", "Cells", "Units", "Contacts", "Sales");
            List<org.dhatim.fastexcel.reader.Row> matrix = wb.getSheet(0).orElseThrow().read();
            var header = matrix.stream().filter(x -> x.getCellCount() > 0 && "Product code".equals(x.getCellText(0)))
                    .findFirst().orElseThrow();
            assertThat(header.getCellText(4)).isEqualTo("Holding");
            assertThat(header.getCellText(5)).isEqualTo("'+Plant");
            var row = matrix.stream().filter(x -> x.getCellCount() > 0 && x.getCellText(1).equals("Penetration test")
                    && x.getCellText(0).equals(admin.get("/api/v1/products/" + p).json().get("code").asString()))
                    .findFirst().orElseThrow();
            assertThat(row.getCellText(4)).isEqualTo("W Whitespace");
            assertThat(row.getCellText(5)).isEqualTo("B Buying · 12.34");

            List<org.dhatim.fastexcel.reader.Row> units = wb.getSheet(2).orElseThrow().read();
            assertThat(units).hasSize(3);
            assertThat(units.get(2).getCellText(1)).isEqualTo("'+Plant");
            assertThat(units.get(2).getCellText(3)).isEqualTo("Holding");

            List<org.dhatim.fastexcel.reader.Row> people = wb.getSheet(3).orElseThrow().read();
            assertThat(people.get(1).getCellText(1)).isEqualTo("'@dana");
            assertThat(people.get(1).getCellText(2)).isEqualTo("'-Buyer");

            List<org.dhatim.fastexcel.reader.Row> sales = wb.getSheet(4).orElseThrow().read();
            assertThat(sales).hasSize(3);
            assertThat(sales.get(1).getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("-2.50");
            assertThat(sales.get(2).getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("12.34");
        }
    }
}
