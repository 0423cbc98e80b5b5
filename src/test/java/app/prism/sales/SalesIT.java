package app.prism.sales;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.TestUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SalesIT extends IntegrationTest {

    private static final Map<String, String> CSV = Map.of("Content-Type", "text/csv");

    private Api admin;
    private long account;
    private long unit;
    private long otherUnit;
    private long product;
    private String productCode;

    @BeforeEach
    void accountWithUnitsAndProduct() {
        admin = admin();
        account = admin.createAccount("Sales ");
        unit = admin.createUnit(account, "Plant A", "SITE", null);
        otherUnit = admin.createUnit(account, "Plant B", "SITE", null);
        admin.patch("/api/v1/units/" + otherUnit, Api.json("externalId", "ERP-B"));
        productCode = unique("P-");
        product = admin.post("/api/v1/products", Api.json("code", productCode, "name", unique("Pump "))).id();
    }

    private long stored() {
        return admin.get("/api/v1/sales?accountId=" + account).json().path("total").asLong();
    }

    private String line(long unitId, String date, Object amount) {
        return Api.json("unitId", unitId, "productId", product, "date", date, "amount", amount);
    }

    @Test
    void aSpreadsheetNamesUnitsByExternalIdOrNameAndProductsByCodeOrName() {
        String productName = admin.get("/api/v1/products/" + product).json().path("name").asString();
        String csv = "accountId,unit,product,date,amount\n"
                + account + ",ERP-B," + productCode + ",2026-01-01,10\n"
                + account + ",plant a," + productName + ",2026-01-02,20\n"
                + account + ",Plant C," + productCode + ",2026-01-03,30\n";
        Api.Response refused = admin.post("/api/v1/sales", csv, CSV);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("row 3.unitExternalId");
        assertThat(refused.errorMessage("row 3.unitExternalId")).isEqualTo("unknown unit 'Plant C' in this account");

        Api.Response stored = admin.post("/api/v1/sales", csv.substring(0, csv.lastIndexOf(account + ",Plant C")),
                CSV);
        assertThat(stored.status()).as(stored.toString()).isIn(200, 201);
        assertThat(admin.get("/api/v1/sales?unitId=" + otherUnit).json().path("total").asLong()).isEqualTo(1);
        assertThat(admin.get("/api/v1/sales?unitId=" + unit).json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void oneJsonObjectIsStored() {
        Api.Response r = admin.post("/api/v1/sales", line(unit, "2026-03-01", 1200.5));

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().path("stored").asLong()).isEqualTo(1);
        JsonNode sale = admin.get("/api/v1/sales?unitId=" + unit).json().path("items").get(0);
        assertThat(sale.path("amount").decimalValue()).isEqualByComparingTo("1200.50");
        assertThat(sale.path("date").asString()).isEqualTo("2026-03-01");
        assertThat(sale.path("accountId").asLong()).isEqualTo(account);
    }

    @Test
    void aJsonArrayIsStoredWithCostsAndCreditNotes() {
        String body = "[" + line(unit, "2026-01-10", 100) + ","
                + Api.json("unitId", unit, "productId", product, "date", "2026-01-20", "amount", "-40.25") + ","
                + Api.json("unitExternalId", "ERP-B", "accountId", account, "productCode", productCode.toLowerCase(),
                        "date", "2026-02-01", "amount", "75.10", "cost", 50) + "]";

        Api.Response r = admin.post("/api/v1/sales", body);

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().path("stored").asLong()).isEqualTo(3);
        JsonNode items = admin.get("/api/v1/sales?accountId=" + account).json().path("items");
        assertThat(items).hasSize(3);
        assertThat(items.get(0).path("date").asString()).isEqualTo("2026-02-01"); // newest first
        assertThat(items.get(0).path("unitId").asLong()).isEqualTo(otherUnit);
        assertThat(items.get(0).path("cost").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(items.get(1).path("amount").decimalValue()).isEqualByComparingTo("-40.25");
    }

    @Test
    void csvWithIdsIsStored() {
        String csv = "unitId,productId,date,amount,cost\n"
                + unit + "," + product + ",2026-01-01,10.00,\n"
                + unit + "," + product + ",2026-01-02,-5,1.5\n"
                + otherUnit + "," + product + ",2026-01-03,\"1000.99\",700\n";

        Api.Response r = admin.post("/api/v1/sales", csv, CSV);

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().path("stored").asLong()).isEqualTo(3);
        assertThat(stored()).isEqualTo(3);
    }

    @Test
    void csvWithExternalIdsAndProductCodesIsStored() {
        String csv = "accountId,unitExternalId,productCode,date,amount\n"
                + account + ",ERP-B," + productCode + ",2026-04-30,99.99\n";

        Api.Response r = admin.post("/api/v1/sales", csv, Map.of("Content-Type", "text/csv; charset=UTF-8"));

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(admin.get("/api/v1/sales?unitId=" + otherUnit).json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void oneBadCsvRowRefusesTheWholeFileAndNamesEveryBadRow() {
        String csv = "unitId,productId,date,amount,cost\n"
                + unit + "," + product + ",2026-01-01,10.00,\n"         // row 1 fine
                + "999999999," + product + ",2026-01-01,10.00,\n"       // row 2 unknown unit
                + unit + ",999999999,2026-01-01,10.00,\n"               // row 3 unknown product
                + unit + "," + product + ",2026-02-30,10.00,\n"         // row 4 impossible date
                + unit + "," + product + ",2026-01-01,ten,\n"           // row 5 not a number
                + unit + "," + product + ",2026-01-01,10.001,\n"        // row 6 three decimals
                + unit + "," + product + ",2026-01-01,,\n"              // row 7 missing amount
                + unit + "," + product + ",2026-01-01,10,1.234\n"       // row 8 cost with three decimals
                + unit + "," + product + ",2026-01-01\n"                // row 9 too few fields
                + unit + "," + product + ",2026-01-01,10.00,\n";        // row 10 fine

        Api.Response r = admin.post("/api/v1/sales", csv, CSV);

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.errorFields()).containsExactly("row 2.unitId", "row 3.productId", "row 4.date", "row 5.amount",
                "row 6.amount", "row 7.amount", "row 8.cost", "row 9");
        assertThat(r.errorMessage("row 6.amount")).isEqualTo("at most 2 decimals");
        assertThat(r.json().path("detail").asString()).startsWith("Nothing was stored: 8 bad row(s)");
        assertThat(stored()).isZero();
    }

    @Test
    void aCsvWithoutARequiredColumnIsRefusedBeforeAnyRow() {
        String csv = "unitId,productId,date\n" + unit + "," + product + ",2026-01-01\n";

        Api.Response r = admin.post("/api/v1/sales", csv, CSV);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("header");
        assertThat(r.errorMessage("header")).contains("amount");
        assertThat(stored()).isZero();
    }

    @Test
    void externalIdsWithoutAnAccountColumnAreRefused() {
        String csv = "unitExternalId,productId,date,amount\nERP-B," + product + ",2026-01-01,1\n";

        Api.Response r = admin.post("/api/v1/sales", csv, CSV);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage("header")).contains("accountId");
    }

    @Test
    void aBadRowInAJsonArrayRefusesTheWholeArray() {
        String body = "[" + line(unit, "2026-01-10", 100) + "," + line(unit, "2026-13-01", 5) + ","
                + Api.json("unitId", unit, "productId", product, "date", "2026-01-01") + ","
                + Api.json("productId", product, "date", "2026-01-01", "amount", 1) + ","
                + line(unit, "2026-01-11", 1.005) + ", 42]";

        Api.Response r = admin.post("/api/v1/sales", body);

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("row 2.date", "row 3.amount", "row 4.unitId", "row 5.amount",
                "row 6");
        assertThat(stored()).isZero();
    }

    @Test
    void aUnitTheCallerMayNotSeeIsRefusedExactlyLikeAnUnknownUnit() {
        TestUser member = newUser("MEMBER");

        Api.Response hidden = member.api().post("/api/v1/sales", line(unit, "2026-01-01", 1));
        Api.Response unknown = member.api().post("/api/v1/sales", line(999_999_999L, "2026-01-01", 1));

        assertThat(hidden.status()).isEqualTo(400);
        assertThat(hidden.errorFields()).containsExactly("row 1.unitId");
        assertThat(hidden.errorMessage("row 1.unitId")).isEqualTo("unknown unit " + unit);
        assertThat(unknown.errorMessage("row 1.unitId")).isEqualTo("unknown unit 999999999");
        String byExternalId = "accountId,unitExternalId,productId,date,amount\n" + account + ",ERP-B," + product
                + ",2026-01-01,1\n";
        Api.Response hiddenAccount = member.api().post("/api/v1/sales", byExternalId, CSV);
        assertThat(hiddenAccount.errorMessage("row 1.unitExternalId")).isEqualTo("unknown unit 'ERP-B' in this account");
        assertThat(member.api().get("/api/v1/sales?unitId=" + unit).status()).isEqualTo(404);
        assertThat(member.api().get("/api/v1/sales?accountId=" + account).status()).isEqualTo(404);
        assertThat(member.api().get("/api/v1/sales").json().path("items")).isEmpty();
        assertThat(stored()).isZero();
    }

    @Test
    void aTeamMemberRecordsSalesOfTheirAccount() {
        TestUser member = newUser("MEMBER");
        admin.put("/api/v1/accounts/" + account + "/team",
                Api.toJson(List.of(Map.of("userId", member.id(), "role", "ACCOUNT_MANAGER"))));

        Api.Response r = member.api().post("/api/v1/sales", line(unit, "2026-01-01", 1));

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(member.api().get("/api/v1/sales").json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void plainTextIsUnsupportedMediaType() {
        Api.Response r = admin.post("/api/v1/sales", "unitId,productId\n1,2\n", Map.of("Content-Type", "text/plain"));

        assertThat(r.status()).isEqualTo(415);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    /**
     * A raw socket, because the server answers 413 from the Content-Length alone and closes the connection without
     * reading the body (Tomcat drops the connection on 413); an HTTP client still sending would see a reset instead.
     */
    @Test
    void aJsonBodyOverTheLimitAnswers413FromItsContentLength() throws Exception {
        String auth = java.util.Base64.getEncoder().encodeToString((ADMIN_EMAIL + ":" + ADMIN_PASSWORD).getBytes());
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(("POST /api/v1/sales HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + (10 * 1024 * 1024 + 1)
                    + "\r\nAccept: application/json\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            // read what the server answers (it may keep the connection open, waiting for the body it will discard)
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[8192];
            try {
                for (int n; !answer.toString().contains("text/csv") && (n = socket.getInputStream().read(buffer)) > 0; ) {
                    answer.append(new String(buffer, 0, n, java.nio.charset.StandardCharsets.UTF_8));
                }
            } catch (java.net.SocketTimeoutException e) {
                // the assertions below say what was missing
            }

            assertThat(answer.toString()).startsWith("HTTP/1.1 413");
            assertThat(answer.toString()).contains("application/problem+json").contains("text/csv");
        }
        assertThat(stored()).isZero();
    }

    @Test
    void listsFilterByProductAndDates() {
        admin.post("/api/v1/sales", "[" + line(unit, "2025-12-31", 1) + "," + line(unit, "2026-01-01", 2) + ","
                + line(unit, "2026-02-01", 3) + "]");

        JsonNode page = admin.get("/api/v1/sales?accountId=" + account + "&productId=" + product
                + "&from=2026-01-01&to=2026-01-31").json();

        assertThat(page.path("total").asLong()).isEqualTo(1);
        assertThat(page.path("items").get(0).path("date").asString()).isEqualTo("2026-01-01");
        assertThat(admin.get("/api/v1/sales?accountId=" + account + "&size=2").json().path("items")).hasSize(2);
        assertThat(admin.get("/api/v1/sales?from=2026-02-30").status()).isEqualTo(400);
    }

    @Test
    void aUnitWithSalesIsNotDeleted() {
        admin.post("/api/v1/sales", line(unit, "2026-01-01", 1));

        Api.Response r = admin.delete("/api/v1/units/" + unit);

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().path("detail").asString()).contains("1 sale(s)");
    }
}
