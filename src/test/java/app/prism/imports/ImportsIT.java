package app.prism.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.TestUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Imports over the real HTTP API (PRODUCT.md section 8) with the sample exports of docs/samples: each sample is
 * previewed, committed, imported again (every row unchanged), and undone, which leaves Prism as it was. The samples
 * share their companies, so each test undoes what it imported.
 */
class ImportsIT extends IntegrationTest {

    private static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(Path.of("docs/samples", name));
    }

    private static long count(JsonNode view, String type, String what) {
        JsonNode c = view.path("counts").path(type).path(what);
        return c.isMissingNode() ? 0 : c.asLong();
    }

    private Api.Response upload(Api api, String fileName, byte[] bytes, Map<String, String> fields) {
        return api.postMultipart("/api/v1/imports", fields, fileName, bytes);
    }

    private JsonNode previewAndCommit(Api api, String fileName, byte[] bytes, Map<String, String> fields) {
        Api.Response preview = upload(api, fileName, bytes, fields);
        assertThat(preview.status()).as(preview.body()).isEqualTo(201);
        assertThat(preview.json().path("status").asString()).isEqualTo("PREVIEWED");
        assertThat(preview.json().path("errorCount").asLong()).as(preview.json().path("errors").toString()).isZero();
        long id = preview.id();
        Api.Response commit = api.post("/api/v1/imports/" + id + "/commit", "{}");
        assertThat(commit.status()).as(commit.body()).isEqualTo(200);
        assertThat(commit.json().path("status").asString()).isEqualTo("COMMITTED");
        return commit.json();
    }

    private void assertSecondImportChangesNothing(Api api, String fileName, byte[] bytes, Map<String, String> fields) {
        Api.Response again = upload(api, fileName, bytes, fields);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        JsonNode counts = again.json().path("counts");
        for (var type : counts.propertyNames()) {
            assertThat(count(again.json(), type, "new")).as(type + " new on re-import: " + counts).isZero();
            assertThat(count(again.json(), type, "updated")).as(type + " updated on re-import: " + counts).isZero();
            assertThat(count(again.json(), type, "errors")).as(type + " errors: " + again.json().path("errors"))
                    .isZero();
        }
    }

    private void undo(Api api, long id) {
        Api.Response undone = api.delete("/api/v1/imports/" + id);
        assertThat(undone.status()).as(undone.body()).isEqualTo(200);
        assertThat(undone.json().path("status").asString()).isEqualTo("UNDONE");
    }

    @Test
    void salesforceSampleMakesTheHierarchyBooksWonLinesAndUndoes() throws IOException {
        Api admin = admin();
        byte[] zip = sample("salesforce-sample.zip");
        Map<String, String> fields = Map.of("preset", "SALESFORCE");
        JsonNode done = previewAndCommit(admin, "salesforce-sample.zip", zip, fields);
        long id = done.path("id").asLong();
        assertThat(count(done, "PRODUCT", "new")).isEqualTo(16);
        assertThat(count(done, "ACCOUNT", "new")).isEqualTo(77);
        assertThat(count(done, "ACCOUNT", "duplicates")).isEqualTo(1);
        assertThat(count(done, "CONTACT", "new")).isEqualTo(159);
        assertThat(count(done, "CONTACT", "duplicates")).isEqualTo(30);
        assertThat(count(done, "OPPORTUNITY", "skipped")).isEqualTo(7);
        assertThat(count(done, "OPPORTUNITY_LINE", "new")).isEqualTo(1564);
        assertThat(count(done, "SALE", "new")).isEqualTo(1528);
        assertThat(done.path("ignoredFiles").toString()).contains("User.csv");

        // The hierarchy: the group account holds its subsidiaries and their plants as units.
        JsonNode accounts = admin.get("/api/v1/accounts?q=Nordlicht&size=100").json().path("items");
        List<String> names = new ArrayList<>();
        accounts.forEach(a -> names.add(a.path("name").asString()));
        assertThat(names).contains("Nordlicht AG", "Nordlicht GmbH").doesNotContain("Nordlicht Energie GmbH");
        long group = 0;
        for (JsonNode a : accounts) if (a.path("name").asString().equals("Nordlicht AG")) group = a.path("id").asLong();
        JsonNode tree = admin.get("/api/v1/accounts/" + group + "/units").json();
        assertThat(tree.toString()).contains("Nordlicht Energie GmbH", "Nordlicht Logistik GmbH");

        assertSecondImportChangesNothing(admin, "salesforce-sample.zip", zip, fields);
        undo(admin, id);
        assertThat(admin.get("/api/v1/accounts?q=Nordlicht").json().path("total").asLong()).isZero();
        assertThat(admin.get("/api/v1/imports/" + id).json().path("status").asString()).isEqualTo("UNDONE");
    }

    @Test
    void everySamplePresetImportsWithoutErrorsAndUndoes() throws IOException {
        Api admin = admin();
        for (String[] s : new String[][] {{"hubspot-sample.zip", "HUBSPOT"}, {"dynamics365-sample.zip", "DYNAMICS365"},
                {"prism-sample.zip", "PRISM"}}) {
            byte[] zip = sample(s[0]);
            Map<String, String> fields = Map.of("preset", s[1]);
            JsonNode done = previewAndCommit(admin, s[0], zip, fields);
            assertThat(count(done, "CONTACT", "new")).as(s[0]).isEqualTo(159);
            assertThat(count(done, "PRODUCT", "new")).as(s[0]).isEqualTo(16);
            assertSecondImportChangesNothing(admin, s[0], zip, fields);
            undo(admin, done.path("id").asLong());
            assertThat(admin.get("/api/v1/accounts?q=Nordlicht").json().path("total").asLong()).as(s[0]).isZero();
        }
    }

    @Test
    void aFileWithABadRowIsRefusedWholeUnlessInvalidRowsAreSkipped() {
        Api admin = admin();
        String account = unique("Acme");
        String csv = "\uFEFFname,industry,country\n" + account + ",Chemicals,Germany\n" + account
                + " Two,Retail,Atlantis\n";
        Api.Response preview = upload(admin, "accounts.csv", csv.getBytes(StandardCharsets.UTF_8),
                Map.of("preset", "PRISM", "type", "ACCOUNT"));
        assertThat(preview.status()).as(preview.body()).isEqualTo(201);
        JsonNode errors = preview.json().path("errors");
        assertThat(errors.size()).isEqualTo(1);
        assertThat(errors.get(0).path("row").asLong()).isEqualTo(3);
        assertThat(errors.get(0).path("column").asString()).isEqualTo("country");
        long id = preview.id();
        Api.Response refused = admin.post("/api/v1/imports/" + id + "/commit", "{}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Atlantis");
        assertThat(admin.get("/api/v1/accounts?q=" + Api.encode(account)).json().path("total").asLong()).isZero();

        Api.Response skipped = admin.post("/api/v1/imports/" + id + "/commit", "{\"skipInvalid\": true}");
        assertThat(skipped.status()).as(skipped.body()).isEqualTo(200);
        assertThat(admin.get("/api/v1/accounts?q=" + Api.encode(account)).json().path("total").asLong()).isEqualTo(1);
        Api.Download rejected = admin.getBytes("/api/v1/imports/" + id + "/rejected.csv");
        assertThat(rejected.status()).isEqualTo(200);
        String text = new String(rejected.bytes(), StandardCharsets.UTF_8);
        assertThat(text).contains("row,name,industry,country,error").contains("Atlantis");
        undo(admin, id);
        assertThat(admin.get("/api/v1/accounts?q=" + Api.encode(account)).json().path("total").asLong()).isZero();
    }

    @Test
    void aMemberImportingIntoAnotherTeamsAccountIsToldItIsMissing() {
        Api admin = admin();
        long theirs = admin.createAccount("Theirs");
        String theirName = admin.get("/api/v1/accounts/" + theirs).json().path("name").asString();
        TestUser member = newUser("MEMBER");
        String csv = "account,name,kind\n" + theirName + ",Plant North,SITE\n";
        Api.Response preview = upload(member.api(), "units.csv", csv.getBytes(StandardCharsets.UTF_8),
                Map.of("preset", "PRISM", "type", "UNIT"));
        assertThat(preview.status()).as(preview.body()).isEqualTo(201);
        JsonNode errors = preview.json().path("errors");
        assertThat(errors.size()).isEqualTo(1);
        assertThat(errors.get(0).path("message").asString()).contains("unknown account");

        Api.Response chosen = upload(member.api(), "units.csv", csv.getBytes(StandardCharsets.UTF_8),
                Map.of("preset", "PRISM", "type", "UNIT", "options", "{\"accountId\": " + theirs + "}"));
        assertThat(chosen.status()).isEqualTo(404);
    }

    @Test
    void notACsvXlsxOrZipIs415() {
        Api.Response pdf = upload(admin(), "brochure.pdf", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(
                StandardCharsets.ISO_8859_1), new HashMap<>());
        assertThat(pdf.status()).as(pdf.body()).isEqualTo(415);
        assertThat(pdf.contentType()).contains("application/problem+json");
    }

    @Test
    void theAccountsSalesTemplateFilledInImportsWithoutInternalIds() {
        Api admin = admin();
        long account = admin.createAccount("Template");
        long unit = admin.createUnit(account, "Plant West", "SITE", null);
        admin.patch("/api/v1/units/" + unit, Api.json("externalId", "ERP-W"));
        String code = unique("TPL").replace("-", "");
        admin.post("/api/v1/products", Api.json("code", code, "name", unique("Valve ")));

        Api.Download blank = admin.getBytes("/api/v1/import-templates/contact.csv");
        assertThat(blank.status()).isEqualTo(200);
        assertThat(new String(blank.bytes(), StandardCharsets.UTF_8)).startsWith("\uFEFFexternalId,account,unit,name,");
        assertThat(admin.getBytes("/api/v1/import-templates/sales.xlsx").status()).isEqualTo(200);
        assertThat(admin.getBytes("/api/v1/import-templates/nothing.csv").status()).isEqualTo(400);

        Api.Download template = admin.getBytes("/api/v1/accounts/" + account + "/sales-template.csv");
        assertThat(template.status()).isEqualTo(200);
        String csv = new String(template.bytes(), StandardCharsets.UTF_8);
        assertThat(csv).contains(",ERP-W,");
        String filled = csv.replace(",ERP-W,,,,", ",ERP-W," + code + ",2026-03-01,1250.50,");
        assertThat(filled).isNotEqualTo(csv);
        filled = filled.lines().filter(l -> !l.contains(",,,,")).reduce("", (a, b) -> a + b + "\n");
        Api.Response preview = upload(admin, "sales-template.csv", filled.getBytes(StandardCharsets.UTF_8),
                Map.of("preset", "PRISM", "type", "SALE"));
        assertThat(preview.status()).as(preview.body()).isEqualTo(201);
        assertThat(preview.json().path("errorCount").asLong()).as(preview.body()).isZero();
        assertThat(count(preview.json(), "SALE", "new")).isEqualTo(1);
        assertThat(admin.get("/api/v1/sales?unitId=" + unit).json().path("total").asLong()).as("a preview stores nothing")
                .isZero();
        Api.Response committed = admin.post("/api/v1/imports/" + preview.id() + "/commit", "{}");
        assertThat(committed.status()).as(committed.body()).isEqualTo(200);
        assertThat(admin.get("/api/v1/sales?unitId=" + unit).json().path("items").get(0).path("amount").decimalValue())
                .isEqualByComparingTo("1250.50");
        undo(admin, preview.id());
        assertThat(admin.get("/api/v1/sales?unitId=" + unit).json().path("total").asLong()).isZero();
    }

    @Test
    void anOpenOpportunityBringsItsSalesStageProbabilityAndOwnerByEmail() {
        Api admin = admin();
        long account = admin.createAccount("Pipeline import ");
        String accountName = admin.get("/api/v1/accounts/" + account).json().path("name").asString();
        long unit = admin.createUnit(account, "Plant North", "SITE", null);
        admin.patch("/api/v1/units/" + unit, Api.json("externalId", "ERP-N"));
        String code = unique("PIP").replace("-", "");
        admin.post("/api/v1/products", Api.json("code", code, "name", unique("Pump ")));
        var seller = newUser("MEMBER");
        String csv = "externalId,account,unit,product,title,value,stage,closeDate,probability,salesStage,Owner email\n"
                + "OPP-P1," + accountName + ",ERP-N," + code + ",Pumps,1000,OPEN,2099-03-01,45,propose," + seller.email()
                + "\nOPP-P2," + accountName + ",ERP-N," + code + ",Valves,500,OPEN,2099-04-01,,,\n";
        Map<String, String> fields = Map.of("preset", "PRISM", "type", "OPPORTUNITY", "mapping",
                "{\"Owner email\":\"owner\"}");

        JsonNode done = previewAndCommit(admin, "opportunities.csv", csv.getBytes(StandardCharsets.UTF_8), fields);

        assertThat(count(done, "OPPORTUNITY", "new")).isEqualTo(2);
        JsonNode items = admin.get("/api/v1/opportunities?unitId=" + unit).json().path("items");
        JsonNode pumps = items.get(0).path("title").asString().equals("Pumps") ? items.get(0) : items.get(1);
        JsonNode valves = pumps == items.get(0) ? items.get(1) : items.get(0);
        assertThat(pumps.path("salesStage").asString()).isEqualTo("PROPOSE");
        assertThat(pumps.path("probability").asInt()).isEqualTo(45);
        assertThat(pumps.path("weightedValue").decimalValue()).isEqualByComparingTo("450.00");
        assertThat(pumps.path("ownerId").asLong()).isEqualTo(seller.id());
        assertThat(valves.path("salesStage").asString()).isEqualTo("QUALIFY");
        assertThat(valves.path("probability").asInt()).isEqualTo(10);
        assertSecondImportChangesNothing(admin, "opportunities.csv", csv.getBytes(StandardCharsets.UTF_8), fields);

        Api.Response unknown = upload(admin, "opportunities.csv", csv.replace(seller.email(), "nobody@nowhere.test")
                .getBytes(StandardCharsets.UTF_8), fields);
        assertThat(unknown.json().path("errorCount").asLong()).as(unknown.body()).isEqualTo(1);
        assertThat(unknown.body()).contains("nobody@nowhere.test");
    }

    @Test
    void aSavedMappingReadsAnotherSpreadsheetsColumns() {
        Api admin = admin();
        String name = unique("Our accounts");
        Api.Response saved = admin.post("/api/v1/import-mappings", Api.json("name", name, "preset", "PRISM", "type",
                "ACCOUNT", "mapping", Map.of("Firma", "name", "Land", "country", "Branche", "industry")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        Api.Response wrong = admin.post("/api/v1/import-mappings", Api.json("name", name, "type", "ACCOUNT",
                "mapping", Map.of("Firma", "nickname")));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(newUser("MEMBER").api().post("/api/v1/import-mappings", Api.json("name", unique("m"), "type",
                "ACCOUNT", "mapping", Map.of("Firma", "name"))).status()).isEqualTo(403);

        String account = unique("Kunde");
        String csv = "Firma;Land;Branche;Notiz\n" + account + ";Deutschland;Chemie;egal\n";
        Api.Response preview = upload(admin, "kunden.csv", csv.getBytes(StandardCharsets.UTF_8),
                Map.of("mappingName", name));
        assertThat(preview.status()).as(preview.body()).isEqualTo(201);
        assertThat(preview.json().path("errorCount").asLong()).as(preview.body()).isZero();
        assertThat(preview.json().path("files").get(0).path("unmapped").toString()).contains("Notiz");
        long id = preview.id();
        assertThat(admin.post("/api/v1/imports/" + id + "/commit", "{}").status()).isEqualTo(200);
        JsonNode stored = admin.get("/api/v1/accounts?q=" + Api.encode(account)).json().path("items").get(0);
        assertThat(stored.path("country").asString()).isEqualTo("DE");
        assertThat(stored.path("industry").asString()).isEqualTo("Chemie");
        undo(admin, id);
        assertThat(upload(admin, "kunden.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of("mappingName",
                unique("none"))).status()).isEqualTo(400);
    }

    @Test
    void twoCommitsAtOnceStoreTheImportOnce() throws Exception {
        Api admin = admin();
        String account = unique("Twice");
        String csv = "name,country\n" + account + ",DE\n";
        Api.Response preview = upload(admin, "accounts.csv", csv.getBytes(StandardCharsets.UTF_8),
                Map.of("preset", "PRISM", "type", "ACCOUNT"));
        long id = preview.id();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> admin.post("/api/v1/imports/" + id + "/commit", "{}").status());
            var b = pool.submit(() -> admin.post("/api/v1/imports/" + id + "/commit", "{}").status());
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }
        assertThat(admin.get("/api/v1/accounts?q=" + Api.encode(account)).json().path("total").asLong()).isEqualTo(1);
        JsonNode progress = admin.get("/api/v1/imports/" + id + "/progress").json();
        assertThat(progress.path("running").asBoolean()).isFalse();
        assertThat(progress.path("status").asString()).isEqualTo("COMMITTED");
        undo(admin, id);
        assertThat(admin.delete("/api/v1/imports/" + id).status()).as("undone once").isEqualTo(409);
    }

    /** The counts docs/samples/README.md promises per sample: new, updated, unchanged, skipped, duplicates, errors. */
    private static final String[][] SAMPLE_COUNTS = {
            {"salesforce-sample.zip", "SALESFORCE", "PRODUCT:16,0,0,0,0,0;ACCOUNT:77,0,0,0,1,0;CONTACT:159,0,0,0,30,0;OPPORTUNITY:0,0,0,7,0,0;OPPORTUNITY_LINE:1564,0,0,0,0,0;SALE:1528,0,0,0,0,0;TOUCHPOINT:60,0,1,0,0,0"},
            {"hubspot-sample.zip", "HUBSPOT", "PRODUCT:16,0,0,0,0,0;ACCOUNT:77,0,0,0,1,0;CONTACT:159,0,1,0,30,0;OPPORTUNITY:1564,0,0,7,0,0;SALE:1528,0,0,0,0,0"},
            {"dynamics365-sample.zip", "DYNAMICS365", "PRODUCT:16,0,0,0,0,0;ACCOUNT:77,0,0,0,1,0;CONTACT:159,0,0,0,30,0;OPPORTUNITY:1553,0,0,7,0,0;SALE:1527,0,0,0,0,0;TOUCHPOINT:66,0,0,0,0,0"},
            {"prism-sample.zip", "PRISM", "PRODUCT:16,0,0,0,0,0;ACCOUNT:47,0,0,0,1,0;UNIT:30,0,0,0,0,0;CONTACT:159,0,0,0,30,0;OPPORTUNITY:49,0,0,7,0,0;SALE:1523,0,0,0,0,0;CELL:12,0,0,0,0,0;TOUCHPOINT:60,0,0,0,0,0"}};

    @Test
    void everySamplePreviewCountsWhatItsReadmeSays() throws IOException {
        List<String> mismatches = new ArrayList<>();
        String[] what = {"new", "updated", "unchanged", "skipped", "duplicates", "errors"};
        for (String[] sample : SAMPLE_COUNTS) {
            JsonNode view = upload(admin(), sample[0], sample(sample[0]), Map.of("preset", sample[1])).json();
            for (String typeCounts : sample[2].split(";")) {
                String type = typeCounts.substring(0, typeCounts.indexOf(':'));
                String[] expected = typeCounts.substring(type.length() + 1).split(",");
                for (int i = 0; i < what.length; i++) {
                    long actual = count(view, type, what[i]);
                    if (actual != Long.parseLong(expected[i])) {
                        mismatches.add(sample[0] + " " + type + " " + what[i] + ": " + actual + " (README "
                                + expected[i] + ")");
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void importsNeedCredentials() {
        assertThat(anonymous().get("/api/v1/imports").status()).isEqualTo(401);
    }
}
