package app.prism.web;

import static app.prism.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.PageSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the outside review sent that Prism must refuse (issue 12, "Bad input"): bodies too large, numbers too large for
 * their column, dates out of range, lax JSON, changes that name no version, and returnTo paths leading off the site.
 * Every refusal is RFC 9457 problem+json naming the field, and nothing was stored.
 */
class BadInputIT extends IntegrationTest {

    private static final String PROBLEM = "application/problem+json";

    private Api admin;
    private long account;
    private long unit;
    private long product;
    private String productCode;
    private long contact;

    @BeforeEach
    void data() {
        admin = admin();
        account = admin.createAccount("Bad input ");
        unit = admin.createUnit(account, "Plant", "SITE", null);
        productCode = unique("BAD-");
        product = admin.post("/api/v1/products", json("code", productCode, "name", unique("Product "))).id();
        contact = admin.createContact(unit, "Dana Input");
    }

    private static void assertFieldProblem(Api.Response r, int status, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith(PROBLEM);
        assertThat(r.errorFields()).as(r.toString()).contains(field);
        assertThat(r.errorMessage(field)).isNotBlank();
    }

    // ---- 1. body size ----

    private static String accountOfSize(int bytes) {
        return json("name", "x".repeat(bytes));
    }

    @Test
    void aJsonBodyAboveOneMegabyteIs413WithoutBeingRead() {
        Api.Response r = admin.post("/api/v1/accounts", accountOfSize(1_100_000));

        assertThat(r.status()).as(r.toString()).isEqualTo(413);
        assertThat(r.contentType()).startsWith(PROBLEM);
        assertThat(r.json().path("status").asInt()).isEqualTo(413);
        assertThat(r.json().path("detail").asString()).contains("1048576");
    }

    @Test
    void aChunkedJsonBodyWithoutContentLengthIsCutOffAtTheLimit() throws Exception {
        // an endless body: the server must stop reading it, not wait for its end or hold it in memory
        InputStream endless = new SequenceInputStream(
                new ByteArrayInputStream("{\"name\":\"".getBytes(StandardCharsets.UTF_8)), new InputStream() {
                    private long sent;

                    @Override
                    public int read() {
                        return sent++ < 64L * 1024 * 1024 ? 'x' : -1;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) {
                        if (sent >= 64L * 1024 * 1024) return -1;
                        java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                        sent += len;
                        return len;
                    }
                });
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/accounts"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (ADMIN_EMAIL + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Accept", "application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless)).build();
        HttpResponse<String> r;
        try {
            r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException closed) {
            // the server may close the connection before the client has read the answer; it must not have stored it
            assertThat(admin.get("/api/v1/accounts?q=xxxxxxxxxx").json().path("total").asLong()).isZero();
            return;
        }
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(PROBLEM);
    }

    @Test
    void aJsonBodyJustBelowTheLimitIsReadAsUsual() {
        Api.Response r = admin.post("/api/v1/accounts", accountOfSize(1_000_000));

        assertThat(r.status()).as("read and validated, not refused for its size").isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("name");
    }

    @Test
    void salesCsvAndImportFilesAboveTheJsonLimitStillGoThrough() {
        StringBuilder csv = new StringBuilder("unitId,productId,date,amount\n");
        while (csv.length() < 1_300_000) csv.append(unit).append(',').append(product).append(",2026-03-01,10.00\n");
        Api.Response sales = admin.post("/api/v1/sales", csv.toString(), Map.of("Content-Type", "text/csv"));
        assertThat(sales.status()).as(sales.toString()).isEqualTo(201);

        // a few rows with a long note: the size is what counts here, not the number of rows
        StringBuilder accounts = new StringBuilder("name,industry,country\n");
        for (int i = 0; i < 5; i++) {
            accounts.append(unique("Big file ")).append(",\"").append("r".repeat(270_000)).append("\",Germany\n");
        }
        Api.Response upload = admin.postMultipart("/api/v1/imports", Map.of("preset", "PRISM", "type", "ACCOUNT"),
                "accounts.csv", accounts.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
        admin.delete("/api/v1/imports/" + upload.id());
    }

    // ---- 2. numbers too large for their column ----

    private Api.Response opportunity(Object value) {
        return admin.send("POST", "/api/v1/opportunities", "{\"unitId\":" + unit + ",\"productId\":" + product
                + ",\"title\":\"Big deal\",\"value\":" + value + "}", Map.of());
    }

    @Test
    void moneyTooLargeForItsColumnIsAFieldErrorNotA500() {
        for (String value : List.of("99999999999999999999999", "1e30", "1e400", "100000000000000000")) {
            assertFieldProblem(opportunity(value), 400, "value");
        }
        Api.Response fits = opportunity("99999999999999999.99");
        assertThat(fits.status()).as(fits.toString()).isEqualTo(201);
        assertThat(fits.json().path("value").decimalValue()).isEqualByComparingTo("99999999999999999.99");

        String path = "/api/v1/opportunities/" + fits.id();
        assertFieldProblem(admin.send("PATCH", path, "{\"value\":1e30,\"version\":0}", Map.of()), 400, "value");
        assertFieldProblem(admin.send("PATCH", path, "{\"value\":1e400,\"version\":0}", Map.of()), 400, "value");
        assertThat(admin.get(path).json().path("value").decimalValue()).isEqualByComparingTo("99999999999999999.99");
    }

    @Test
    void targetsAndWholeNumbersTooLargeAreFieldErrors() {
        String path = "/api/v1/accounts/" + account + "/targets";
        assertFieldProblem(admin.send("PUT", path, "[{\"metric\":\"REVENUE\",\"period\":\"TTM\",\"value\":1e16}]",
                Map.of()), 400, "[0].value");
        assertFieldProblem(admin.send("PUT", path, "[{\"metric\":\"REVENUE\",\"period\":\"TTM\",\"value\":1e30}]",
                Map.of()), 400, "[0].value");
        assertThat(admin.put(path, "[{\"metric\":\"REVENUE\",\"period\":\"TTM\",\"value\":999999999999999.9999}]")
                .status()).isEqualTo(200);

        assertFieldProblem(admin.send("POST", "/api/v1/survey-answers", "{\"contactId\":" + contact
                + ",\"date\":\"2026-03-01\",\"score\":99999999999999999999999}", Map.of()), 400, "score");
        assertFieldProblem(admin.send("POST", "/api/v1/tasks", "{\"accountId\":1e30,\"title\":\"x\"}", Map.of()), 400,
                "accountId");
    }

    // ---- 3. dates ----

    @Test
    void aSaleDateOutsideTheYears1900To2199IsRefusedNotStoredChanged() {
        for (String date : List.of("+999999999-11-01", "-0001-01-01", "1899-12-31", "2200-01-01")) {
            Api.Response r = admin.post("/api/v1/sales", json("unitId", unit, "productId", product, "date", date,
                    "amount", "10.00"));
            assertThat(r.status()).as(date + ": " + r).isEqualTo(400);
            assertThat(r.body()).contains("between 1900-01-01 and 2199-12-31");
        }
        assertThat(admin.get("/api/v1/sales?unitId=" + unit).json().path("total").asLong()).isZero();

        for (String date : List.of("1900-01-01", "2199-12-31")) {
            assertThat(admin.post("/api/v1/sales", json("unitId", unit, "productId", product, "date", date, "amount",
                    "10.00")).status()).isEqualTo(201);
        }
        assertThat(admin.get("/api/v1/sales?unitId=" + unit).json().path("items").findValuesAsString("date"))
                .containsExactlyInAnyOrder("1900-01-01", "2199-12-31");
    }

    @Test
    void everyDateFieldTakesOnlyTheYears1900To2199() {
        assertFieldProblem(admin.post("/api/v1/touchpoints", json("contactIds", List.of(contact), "productIds",
                List.of(product), "date", "+999999999-11-01", "channel", "MEETING")), 400, "date");
        assertFieldProblem(admin.post("/api/v1/tasks", json("accountId", account, "title", "Old", "dueOn",
                "-0001-01-01")), 400, "dueOn");
        assertFieldProblem(admin.post("/api/v1/opportunities", json("unitId", unit, "productId", product, "title",
                "Late", "closeDate", "2200-01-01")), 400, "closeDate");
        assertFieldProblem(admin.post("/api/v1/survey-answers", json("contactId", contact, "date", "1899-12-31",
                "score", 7)), 400, "date");
        assertThat(admin.post("/api/v1/survey-answers", "contactId,date,score\n" + contact + ",2200-01-01,7\n",
                Map.of("Content-Type", "text/csv")).status()).isEqualTo(400);

        Api.Response task = admin.post("/api/v1/tasks", json("accountId", account, "title", "Far", "dueOn",
                "2199-12-31"));
        assertThat(task.status()).as(task.toString()).isEqualTo(201);
        assertThat(admin.get("/api/v1/tasks/" + task.id()).json().path("dueOn").asString()).isEqualTo("2199-12-31");
        assertFieldProblem(admin.patch("/api/v1/tasks/" + task.id(), json("dueOn", "+10000-01-01")), 400, "dueOn");
    }

    @Test
    void asOfAndOtherDateParametersTakeOnlyTheYears1900To2199() {
        for (String path : List.of("/api/v1/accounts/" + account + "/penetration?asOf=2200-01-01",
                "/api/v1/accounts/" + account + "/performance?asOf=%2B999999999-11-01",
                "/api/v1/accounts/" + account + "/exposure-gaps?asOf=-0001-01-01",
                "/api/v1/sales?unitId=" + unit + "&from=1899-12-31")) {
            Api.Response r = admin.get(path);
            assertThat(r.status()).as(path + ": " + r).isEqualTo(400);
            assertThat(r.contentType()).startsWith(PROBLEM);
            assertThat(r.json().path("errors").get(0).path("message").asString())
                    .isEqualTo("must be a date between 1900-01-01 and 2199-12-31");
        }
        assertThat(admin.get("/api/v1/accounts/" + account + "/penetration?asOf=2199-12-31").status()).isEqualTo(200);
    }

    @Test
    void aFormsDateFieldsCarryTheSameBounds() {
        PageSession page = new PageSession(baseUrl(), ADMIN_EMAIL, ADMIN_PASSWORD);
        PageSession.Page form = page.get("/accounts/" + account + "/touchpoints/new");
        assertThat(form.body()).contains("type=\"date\" min=\"1900-01-01\" max=\"2199-12-31\"");

        // posted by hand past those bounds: the form comes back with the message beside the date, nothing logged
        long before = admin.get("/api/v1/touchpoints?accountId=" + account).json().path("total").asLong();
        for (String date : List.of("2200-01-01", "-0001-01-01", "yesterday")) {
            PageSession.Page posted = page.post("/accounts/" + account + "/touchpoints", "contactIds",
                    String.valueOf(contact), "productIds", String.valueOf(product), "date", date, "channel", "CALL");
            assertThat(posted.status()).as(date).isEqualTo(200);
            assertThat(posted.body()).as(date).containsAnyOf(app.prism.web.DateRange.MESSAGE, "must be a date such as");
        }
        assertThat(admin.get("/api/v1/touchpoints?accountId=" + account).json().path("total").asLong()).isEqualTo(before);
    }

    // ---- 4. strict JSON ----

    @Test
    void anUnknownFieldIsRefusedByName() {
        assertFieldProblem(admin.post("/api/v1/accounts", json("name", unique("Unknown "), "colour", "red")), 400,
                "colour");
        long id = admin.createAccount("Patched ");
        assertFieldProblem(admin.patch("/api/v1/accounts/" + id, json("industry", "Retail", "colour", "red")), 400,
                "colour");
        assertThat(admin.get("/api/v1/accounts/" + id).json().path("industry").isNull()).isTrue();
        assertThat(admin.post("/api/v1/sales", json("unitId", unit, "productId", product, "date", "2026-03-01",
                "amount", "1.00", "colour", "red")).body()).contains("colour");
    }

    @Test
    void aKeyGivenTwiceIsRefusedByName() {
        String name = unique("Twice ");
        Api.Response r = admin.send("POST", "/api/v1/accounts", "{\"name\":\"" + name + "\",\"name\":\"Other\"}",
                Map.of());

        assertFieldProblem(r, 400, "name");
        assertThat(admin.get("/api/v1/accounts?q=" + Api.encode(name)).json().path("total").asLong()).isZero();
    }

    @Test
    void aNulCharacterInATextIsRefused() {
        assertFieldProblem(admin.send("POST", "/api/v1/accounts", "{\"name\":\"Nul\\u0000byte\"}", Map.of()), 400,
                "name");
        assertFieldProblem(admin.send("PATCH", "/api/v1/contacts/" + contact,
                "{\"title\":\"a\\u0000b\",\"version\":0}", Map.of()), 400, "title");
    }

    @Test
    void aFractionForAWholeNumberIsRefusedNotTruncated() {
        assertFieldProblem(admin.send("POST", "/api/v1/survey-answers", "{\"contactId\":" + contact
                + ",\"date\":\"2026-03-01\",\"score\":5.5}", Map.of()), 400, "score");
        assertFieldProblem(admin.send("PATCH", "/api/v1/contacts/" + contact,
                "{\"relationshipStrength\":2.7,\"version\":0}", Map.of()), 400, "relationshipStrength");
        assertThat(admin.get("/api/v1/contacts/" + contact).json().path("relationshipStrength").asInt()).isZero();
        assertThat(admin.get("/api/v1/survey-answers?contactId=" + contact).json().path("total").asLong()).isZero();
    }

    @Test
    void anUnknownValueIsRefusedByName() {
        Api.Response magic = admin.post("/api/v1/tasks", json("accountId", account, "title", "Magic", "source",
                "MAGIC"));
        assertFieldProblem(magic, 400, "source");
        assertThat(magic.errorMessage("source")).contains("MANUAL");
        assertFieldProblem(admin.post("/api/v1/touchpoints", json("contactIds", List.of(contact), "productIds",
                List.of(product), "date", "2026-03-01", "channel", "TELEPATHY")), 400, "channel");
        assertThat(admin.post("/api/v1/tasks", json("accountId", account, "title", "Gap", "source", "gap")).status())
                .isEqualTo(201);
    }

    // ---- 5. optimistic locking ----

    @Test
    void aPatchThatNamesNoVersionIs428AndChangesNothing() {
        String path = "/api/v1/accounts/" + admin.createAccount("Locked ");

        Api.Response r = admin.send("PATCH", path, json("industry", "Retail"), Map.of());

        assertThat(r.status()).as(r.toString()).isEqualTo(428);
        assertThat(r.contentType()).startsWith(PROBLEM);
        assertThat(r.json().path("detail").asString()).contains("If-Match");
        assertThat(admin.get(path).json().path("version").asLong()).isZero();
        for (String other : List.of("/api/v1/contacts/" + contact, "/api/v1/units/" + unit,
                "/api/v1/products/" + product)) {
            assertThat(admin.send("PATCH", other, json("name", "Renamed"), Map.of()).status()).as(other)
                    .isEqualTo(428);
        }
    }

    @Test
    void aVersionInTheBodyOrInIfMatchIsEnoughButBothMustAgree() {
        String path = "/api/v1/accounts/" + admin.createAccount("Versioned ");

        assertFieldProblem(admin.send("PATCH", path, json("industry", "A", "version", 0), Map.of("If-Match", "\"1\"")),
                400, "version");
        assertThat(admin.get(path).json().path("version").asLong()).isZero();
        assertThat(admin.send("PATCH", path, json("industry", "A", "version", 0), Map.of("If-Match", "\"0\""))
                .status()).isEqualTo(200);
        assertThat(admin.send("PATCH", path, json("industry", "B", "version", 1), Map.of()).status()).isEqualTo(200);
        assertThat(admin.send("PATCH", path, json("industry", "C"), Map.of("If-Match", "\"2\"")).status())
                .isEqualTo(200);
        Api.Response stale = admin.send("PATCH", path, json("industry", "D"), Map.of("If-Match", "\"2\""));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(admin.get(path).json().path("industry").asString()).isEqualTo("C");
    }

    @Test
    void aPutOfAStoredCellOrOfASettingMustNameItsVersion() {
        Api.Response created = admin.put("/api/v1/cells", json("unitId", unit, "productId", product, "potential",
                "1000.00"));
        assertThat(created.status()).as("a new cell has no version yet: " + created).isEqualTo(200);
        Api.Response unnamed = admin.put("/api/v1/cells", json("unitId", unit, "productId", product, "potential",
                "2000.00"));
        assertThat(unnamed.status()).as(unnamed.toString()).isEqualTo(428);
        assertThat(admin.put("/api/v1/cells", json("unitId", unit, "productId", product, "potential", "2000.00",
                "version", created.version())).status()).isEqualTo(200);

        assertThat(admin.put("/api/v1/scoring/model", admin.get("/api/v1/scoring/model").body()
                .replaceAll(",?\"version\":\\d+", "")).status()).isIn(400, 428);
    }

    // ---- 6. returnTo ----

    @Test
    void aReturnToOffTheSiteFallsBackToTheDefaultPageAndTheActionRunsOnce() {
        PageSession page = new PageSession(baseUrl(), ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(page.get("/accounts/" + account + "/overview").status()).isEqualTo(200);
        String fallback = "/accounts/" + account + "/overview";
        List<String> bad = List.of("/\t/evil.example", "//evil.example", "/\\evil.example", "https://evil.example",
                "/ok\r\nSet-Cookie: evil=1", "/\n/evil.example", "javascript:alert(1)");
        for (String returnTo : bad) {
            PageSession.Page r = page.post("/accounts/" + account + "/next-best-actions/task", "type", "CROSS_SELL",
                    "reason", "Offer the PLC", "returnTo", returnTo);
            assertThat(r.status()).as(returnTo).isEqualTo(302);
            assertThat(r.location()).as(returnTo).endsWith(fallback);
            assertThat(r.headers().firstValue("Set-Cookie").orElse("")).doesNotContain("evil");
        }
        JsonNode tasks = admin.get("/api/v1/tasks?accountId=" + account + "&size=100").json();
        assertThat(tasks.path("total").asLong()).as("each action ran exactly once").isEqualTo(bad.size());

        PageSession.Page ok = page.post("/accounts/" + account + "/next-best-actions/task", "type", "CROSS_SELL",
                "reason", "Offer the HMI", "returnTo", "/accounts/" + account + "/plan?tab=2");
        assertThat(ok.location()).endsWith("/accounts/" + account + "/plan?tab=2");
    }
}
