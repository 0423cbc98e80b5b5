package app.prism.merge;

import static app.prism.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.PageSession;
import app.prism.support.TestUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Merging two contacts, two accounts or two units of one account (PRODUCT.md section 8, "Merge"). */
class MergeIT extends IntegrationTest {

    private static final String TODAY = LocalDate.now().toString();

    private static List<Long> ids(JsonNode array, String field) {
        List<Long> out = new ArrayList<>();
        for (JsonNode n : array) out.add(field == null ? n.asLong() : n.path(field).asLong());
        return out;
    }

    private static JsonNode ok(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isBetween(200, 201);
        return r.json();
    }

    private long touchpoint(List<Long> contactIds, long productId) {
        return ok(admin().post("/api/v1/touchpoints", json("contactIds", contactIds, "productIds", List.of(productId),
                "date", TODAY, "channel", "MEETING"))).path("id").asLong();
    }

    private long activePlan(long accountId, String period) {
        long plan = ok(admin().post("/api/v1/accounts/" + accountId + "/plans", json("period", period))).path("id").asLong();
        ok(admin().patch("/api/v1/plans/" + plan, json("status", "ACTIVE")));
        return plan;
    }

    private String history(String path) {
        Api.Response r = admin().get(path);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.body();
    }

    @Test
    void aContactMergeMovesEverythingThatPointedAtTheOtherAndTakesItsEmail() {
        long account = admin().createAccount("Merge contacts ");
        long unit = admin().createUnit(account, "HQ", "COMPANY", null);
        long product = admin().createProduct("MC");
        TestUser knowsSurvivor = newUser("MEMBER");
        TestUser knowsOther = newUser("MEMBER");
        long survivor = ok(admin().post("/api/v1/units/" + unit + "/contacts", json("name", "Ada Lovelace",
                "email", "ada@old.example", "title", "CTO", "ownerUserIds", List.of(knowsSurvivor.id())))).path("id").asLong();
        long other = ok(admin().post("/api/v1/units/" + unit + "/contacts", json("name", "A. Lovelace",
                "email", "ada@new.example", "title", "Chief Technology Officer",
                "ownerUserIds", List.of(knowsSurvivor.id(), knowsOther.id())))).path("id").asLong();
        long report = ok(admin().post("/api/v1/units/" + unit + "/contacts", json("name", "Report",
                "reportsToId", other))).path("id").asLong();
        long alone = touchpoint(List.of(other), product);
        long together = touchpoint(List.of(survivor, other), product);
        long referral = ok(admin().post("/api/v1/referrals", json("referrerContactId", other, "targetName", "Someone")))
                .path("id").asLong();
        long task = ok(admin().post("/api/v1/tasks", json("accountId", account, "title", "Call Ada", "contactId", other)))
                .path("id").asLong();
        ok(admin().post("/api/v1/survey-answers", json("contactId", other, "date", TODAY, "score", 9)));

        Api.Response r = admin().post("/api/v1/contacts/" + survivor + "/merge",
                json("otherId", other, "take", List.of("email")));

        JsonNode merged = ok(r);
        assertThat(merged.path("id").asLong()).isEqualTo(survivor);
        assertThat(merged.path("email").asString()).as("taken").isEqualTo("ada@new.example");
        assertThat(merged.path("title").asString()).as("kept").isEqualTo("CTO");
        assertThat(merged.path("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(ids(merged.path("ownerUserIds"), null)).containsExactlyInAnyOrder(knowsSurvivor.id(), knowsOther.id());
        assertThat(r.header("ETag")).isEqualTo("\"" + merged.path("version").asLong() + "\"");
        assertThat(admin().get("/api/v1/contacts/" + other).status()).isEqualTo(404);
        assertThat(admin().get("/api/v1/contacts/" + report).json().path("reportsToId").asLong()).isEqualTo(survivor);
        assertThat(ids(admin().get("/api/v1/touchpoints/" + alone).json().path("contactIds"), null)).containsExactly(survivor);
        assertThat(ids(admin().get("/api/v1/touchpoints/" + together).json().path("contactIds"), null))
                .as("one row per contact").containsExactly(survivor);
        assertThat(admin().get("/api/v1/referrals/" + referral).json().path("referrerContactId").asLong()).isEqualTo(survivor);
        assertThat(admin().get("/api/v1/tasks/" + task).json().path("contactId").asLong()).isEqualTo(survivor);
        assertThat(admin().get("/api/v1/survey-answers?contactId=" + survivor).json().path("total").asLong()).isEqualTo(1);

        String survivorHistory = history("/api/v1/contacts/" + survivor + "/history");
        assertThat(survivorHistory).contains("CONTACT_MERGED", "Merged contact (id " + other + ") into this record",
                "fields taken: email", "2 touchpoints", "1 referral", "1 task", "1 survey answer",
                "1 relationship owner", "1 reporting line");
        assertThat(survivorHistory).as("no personal data in the audit trail").doesNotContain("Lovelace", "ada@");
        assertThat(history("/api/v1/contacts/" + other + "/history"))
                .contains("CONTACT_MERGED_INTO", "Merged into contact (id " + survivor + ")");
        assertThat(knowsSurvivor.api().get("/api/v1/contacts/" + other + "/history").status())
                .as("a member off the account's team").isEqualTo(404);
    }

    @Test
    void aContactWhoReportedToTheOtherReportsToNobodyAndMembersMayMergeContactsOnTheirAccounts() {
        TestUser member = newUser("MEMBER");
        long account = member.api().createAccount("Merge lines ");
        long unit = member.api().createUnit(account, "HQ", "COMPANY", null);
        long other = member.api().createContact(unit, "Boss");
        long survivor = ok(member.api().post("/api/v1/units/" + unit + "/contacts", json("name", "Boss too",
                "reportsToId", other))).path("id").asLong();

        JsonNode merged = ok(member.api().post("/api/v1/contacts/" + survivor + "/merge",
                json("otherId", other, "take", List.of("reportsToId", "name"))));

        assertThat(merged.path("reportsToId").isNull()).isTrue();
        assertThat(merged.path("name").asString()).isEqualTo("Boss");
        assertThat(member.api().get("/api/v1/contacts/" + survivor + "/history").body()).contains("CONTACT_MERGED");
    }

    @Test
    void contactsOfTwoAccountsDoNotMergeNorDoesAContactWithItselfOrAnUnknownField() {
        long a = admin().createContact(admin().createUnit(admin().createAccount("Merge A "), "U", "COMPANY", null), "A");
        long b = admin().createContact(admin().createUnit(admin().createAccount("Merge B "), "U", "COMPANY", null), "B");

        Api.Response twoAccounts = admin().post("/api/v1/contacts/" + a + "/merge", json("otherId", b));
        Api.Response itself = admin().post("/api/v1/contacts/" + a + "/merge", json("otherId", a));
        Api.Response unknown = admin().post("/api/v1/contacts/" + a + "/merge", json("otherId", b, "take", List.of("shoeSize")));

        assertThat(twoAccounts.status()).isEqualTo(400);
        assertThat(twoAccounts.errorFields()).containsExactly("otherId");
        assertThat(itself.status()).isEqualTo(400);
        assertThat(itself.errorFields()).containsExactly("otherId");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("take");
        assertThat(unknown.errorMessage("take")).contains("shoeSize");
        assertThat(admin().get("/api/v1/contacts/" + b).status()).as("nothing changed").isEqualTo(200);
    }

    @Test
    void anAccountMergeMovesUnitsSalesOpportunitiesTeamAndRatings() {
        long survivor = admin().createAccount("Merge survivor ");
        Api.Response otherCreated = admin().post("/api/v1/accounts", json("name", unique("Merge other "),
                "industry", "Chemicals", "externalId", unique("ext-")));
        long other = ok(otherCreated).path("id").asLong();
        long product = admin().createProduct("MA");
        long survivorRoot = admin().createUnit(survivor, "Survivor HQ", "GROUP", null);
        long otherRoot = admin().createUnit(other, "Other HQ", "GROUP", null);
        long otherChild = admin().createUnit(other, "Other plant", "SITE", otherRoot);
        long contact = admin().createContact(otherChild, "Plant manager");
        ok(admin().post("/api/v1/sales", json("unitId", otherChild, "productId", product, "date", TODAY, "amount", "1200.50")));
        long opportunity = ok(admin().post("/api/v1/opportunities", json("unitId", otherRoot, "productId", product,
                "title", "Upsell", "stage", "OPEN", "closeDate", LocalDate.now().plusDays(30).toString()))).path("id").asLong();
        TestUser both = newUser("MEMBER");
        TestUser otherOnly = newUser("MEMBER");
        ok(admin().put("/api/v1/accounts/" + survivor + "/team", Api.toJson(List.of(
                Map.of("userId", both.id(), "role", "SERVICE")))));
        ok(admin().put("/api/v1/accounts/" + other + "/team", Api.toJson(List.of(
                Map.of("userId", both.id(), "role", "PRODUCT_SPECIALIST"),
                Map.of("userId", otherOnly.id(), "role", "EXECUTIVE_SPONSOR")))));
        // Other tests change the scoring model in the shared database: set the two criteria this test rates.
        ok(admin().put("/api/v1/scoring/model", json("threshold", 5, "criteria", List.of(
                Map.of("key", "strategic_fit", "name", "Strategic fit", "axis", "ATTRACTIVENESS", "weight", 1),
                Map.of("key", "satisfaction", "name", "Satisfaction", "axis", "STRENGTH", "weight", 1)))));
        ok(admin().put("/api/v1/accounts/" + survivor + "/ratings", json("ratings", Map.of("strategic_fit", 7))));
        ok(admin().put("/api/v1/accounts/" + other + "/ratings", json("ratings", Map.of("strategic_fit", 3,
                "satisfaction", 9))));
        ok(admin().put("/api/v1/accounts/" + survivor + "/targets", Api.toJson(List.of(
                Map.of("metric", "REVENUE", "period", "TTM", "value", 100)))));
        ok(admin().put("/api/v1/accounts/" + other + "/targets", Api.toJson(List.of(
                Map.of("metric", "REVENUE", "period", "TTM", "value", 200),
                Map.of("metric", "NPS", "period", "TTM", "value", 50)))));
        String period = String.valueOf(LocalDate.now().getYear() + 1);
        long survivorPlan = activePlan(survivor, period);
        long otherPlan = activePlan(other, period);
        long touchpoint = touchpoint(List.of(contact), product);
        String otherName = otherCreated.json().path("name").asString();

        Api.Response r = admin().post("/api/v1/accounts/" + survivor + "/merge",
                json("otherId", other, "take", List.of("industry", "externalId")));

        JsonNode merged = ok(r);
        assertThat(merged.path("id").asLong()).isEqualTo(survivor);
        assertThat(merged.path("industry").asString()).isEqualTo("Chemicals");
        assertThat(merged.path("externalId").asString()).as("the survivor had none").startsWith("ext-");
        assertThat(merged.path("unitCount").asLong()).isEqualTo(3);
        assertThat(admin().get("/api/v1/accounts/" + other).status()).isEqualTo(404);
        JsonNode tree = admin().get("/api/v1/accounts/" + survivor + "/units").json();
        assertThat(ids(tree, "id")).containsExactlyInAnyOrder(survivorRoot, otherRoot);
        JsonNode moved = admin().get("/api/v1/units/" + otherChild).json();
        assertThat(moved.path("accountId").asLong()).isEqualTo(survivor);
        assertThat(moved.path("parentId").asLong()).as("the tree is kept").isEqualTo(otherRoot);
        assertThat(admin().get("/api/v1/contacts/" + contact).json().path("accountId").asLong()).isEqualTo(survivor);
        assertThat(admin().get("/api/v1/sales?accountId=" + survivor).json().path("total").asLong()).isEqualTo(1);
        assertThat(admin().get("/api/v1/opportunities/" + opportunity).json().path("accountId").asLong()).isEqualTo(survivor);
        JsonNode team = admin().get("/api/v1/accounts/" + survivor + "/team").json();
        Map<Long, String> roles = new java.util.HashMap<>();
        for (JsonNode m : team) roles.put(m.path("userId").asLong(), m.path("role").asString());
        assertThat(roles).containsEntry(both.id(), "SERVICE").containsEntry(otherOnly.id(), "EXECUTIVE_SPONSOR");
        assertThat(otherOnly.api().get("/api/v1/accounts/" + survivor).status()).as("now on its team").isEqualTo(200);
        JsonNode ratings = admin().get("/api/v1/accounts/" + survivor + "/ratings").json().path("ratings");
        assertThat(ratings.path("strategic_fit").decimalValue()).isEqualByComparingTo("7");
        assertThat(ratings.path("satisfaction").decimalValue()).isEqualByComparingTo("9");

        Map<String, String> targets = new java.util.HashMap<>();
        for (JsonNode t : admin().get("/api/v1/accounts/" + survivor + "/targets").json()) {
            targets.put(t.path("metric").asString(), t.path("value").decimalValue().stripTrailingZeros().toPlainString());
        }
        assertThat(targets).as("the survivor's target stays, the other's new one moves")
                .containsEntry("REVENUE", "100").containsEntry("NPS", "50");
        assertThat(admin().get("/api/v1/plans/" + survivorPlan).json().path("status").asString()).isEqualTo("ACTIVE");
        JsonNode movedPlan = admin().get("/api/v1/plans/" + otherPlan).json();
        assertThat(movedPlan.path("accountId").asLong()).isEqualTo(survivor);
        assertThat(movedPlan.path("status").asString()).as("one active plan per period").isEqualTo("DRAFT");
        assertThat(admin().get("/api/v1/touchpoints/" + touchpoint).json().path("accountId").asLong()).isEqualTo(survivor);

        assertThat(history("/api/v1/accounts/" + survivor + "/history")).contains("MERGED",
                "Merged " + otherName + " (id " + other + ") into this record", "fields taken: industry, externalId",
                "2 units", "1 sale", "1 opportunity", "1 contact", "team seat", "1 rating",
                "1 rating dropped");
        assertThat(history("/api/v1/accounts/" + other + "/history")).contains("MERGED_INTO", "(id " + survivor + ")");
    }

    @Test
    void onlyManagersAndAdministratorsMergeAccounts() {
        TestUser member = newUser("MEMBER");
        long a = member.api().createAccount("Merge member A ");
        long b = member.api().createAccount("Merge member B ");

        assertThat(member.api().post("/api/v1/accounts/" + a + "/merge", json("otherId", b)).status()).isEqualTo(403);
        TestUser manager = newUser("MANAGER");
        assertThat(manager.api().post("/api/v1/accounts/" + a + "/merge", json("otherId", b)).status()).isEqualTo(200);
        assertThat(member.api().get("/api/v1/accounts/" + b + "/history").body()).contains("MERGED_INTO");
    }

    @Test
    void aUnitMergeKeepsOneFitMarkPerProductAndTakesOverTheSubUnits() {
        long account = admin().createAccount("Merge units ");
        long survivor = ok(admin().post("/api/v1/accounts/" + account + "/units", json("name", "Plant", "kind", "SITE",
                "externalId", null))).path("id").asLong();
        long other = ok(admin().post("/api/v1/accounts/" + account + "/units", json("name", "Plant (dup)",
                "kind", "SITE", "city", "Lyon", "externalId", unique("u-")))).path("id").asLong();
        long child = admin().createUnit(account, "Workshop", "DEPARTMENT", other);
        long shared = admin().createProduct("MU");
        long onlyOther = admin().createProduct("MU");
        ok(admin().post("/api/v1/fit-marks", json("unitId", survivor, "productId", shared, "reason", "survivor's")));
        ok(admin().post("/api/v1/fit-marks", json("unitId", other, "productId", shared, "reason", "other's")));
        ok(admin().post("/api/v1/fit-marks", json("unitId", other, "productId", onlyOther, "reason", "only")));
        long contact = admin().createContact(other, "Foreman");

        JsonNode merged = ok(admin().post("/api/v1/units/" + survivor + "/merge",
                json("otherId", other, "take", List.of("city"))));

        assertThat(merged.path("city").asString()).isEqualTo("Lyon");
        assertThat(merged.path("name").asString()).isEqualTo("Plant");
        assertThat(merged.path("externalId").isNull()).as("dropped with the other").isTrue();
        assertThat(admin().get("/api/v1/units/" + other).status()).isEqualTo(404);
        assertThat(admin().get("/api/v1/units/" + child).json().path("parentId").asLong()).isEqualTo(survivor);
        assertThat(admin().get("/api/v1/contacts/" + contact).json().path("unitId").asLong()).isEqualTo(survivor);
        JsonNode marks = admin().get("/api/v1/fit-marks?unitId=" + survivor).json().path("items");
        assertThat(marks.size()).isEqualTo(2);
        for (JsonNode m : marks) {
            if (m.path("productId").asLong() == shared) assertThat(m.path("reason").asString()).isEqualTo("survivor's");
        }
        assertThat(history("/api/v1/units/" + survivor + "/history")).contains("Merged Plant (dup) (id " + other + ")",
                "fields taken: city", "1 sub-unit", "1 contact", "1 fit mark dropped");
        assertThat(history("/api/v1/units/" + other + "/history")).contains("MERGED_INTO");
    }

    @Test
    void aChildMergingItsParentTakesTheParentsPlace() {
        long account = admin().createAccount("Merge tree ");
        long top = admin().createUnit(account, "Group", "GROUP", null);
        long parent = admin().createUnit(account, "Company", "COMPANY", top);
        long survivor = admin().createUnit(account, "Division", "DIVISION", parent);
        long sibling = admin().createUnit(account, "Other division", "DIVISION", parent);
        long grandchild = admin().createUnit(account, "Site", "SITE", survivor);

        ok(admin().post("/api/v1/units/" + survivor + "/merge", json("otherId", parent)));

        assertThat(admin().get("/api/v1/units/" + survivor).json().path("parentId").asLong()).isEqualTo(top);
        assertThat(admin().get("/api/v1/units/" + sibling).json().path("parentId").asLong()).isEqualTo(survivor);
        assertThat(admin().get("/api/v1/units/" + grandchild).json().path("parentId").asLong()).isEqualTo(survivor);

        long other = admin().createUnit(admin().createAccount("Merge tree other "), "Elsewhere", "SITE", null);
        Api.Response twoAccounts = admin().post("/api/v1/units/" + survivor + "/merge", json("otherId", other));
        assertThat(twoAccounts.status()).isEqualTo(400);
        assertThat(twoAccounts.errorFields()).containsExactly("otherId");
        assertThat(admin().post("/api/v1/units/" + survivor + "/merge", json("otherId", survivor)).status()).isEqualTo(400);
    }

    @Test
    void aMemberOnAnotherTeamGetsNotFound() {
        TestUser member = newUser("MEMBER");
        long mine = member.api().createContact(member.api().createUnit(member.api().createAccount("Merge mine "), "U",
                "COMPANY", null), "Mine");
        long theirAccount = admin().createAccount("Merge theirs ");
        long theirs = admin().createContact(admin().createUnit(theirAccount, "U", "COMPANY", null), "Theirs");

        Api.Response r = member.api().post("/api/v1/contacts/" + mine + "/merge", json("otherId", theirs));
        Api.Response intoTheirs = member.api().post("/api/v1/contacts/" + theirs + "/merge", json("otherId", mine));

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).contains("Contact " + theirs + " not found");
        assertThat(intoTheirs.status()).isEqualTo(404);
        assertThat(member.api().get("/api/v1/accounts/" + theirAccount + "/history").status()).isEqualTo(404);
        assertThat(admin().get("/api/v1/contacts/" + theirs).status()).isEqualTo(200);
    }

    @Test
    void aStaleVersionOfTheSurvivorIsAConflictAndChangesNothing() {
        long unit = admin().createUnit(admin().createAccount("Merge stale "), "U", "COMPANY", null);
        long survivor = admin().createContact(unit, "Survivor");
        long other = admin().createContact(unit, "Other");
        long version = admin().get("/api/v1/contacts/" + survivor).version();
        ok(admin().patch("/api/v1/contacts/" + survivor, json("title", "Changed meanwhile")));

        Api.Response stale = admin().post("/api/v1/contacts/" + survivor + "/merge",
                json("otherId", other, "version", version));
        Api.Response staleUnit = admin().post("/api/v1/units/" + unit + "/merge",
                json("otherId", admin().createUnit(admin().get("/api/v1/units/" + unit).json().path("accountId").asLong(),
                        "V", "SITE", null), "version", 99));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(staleUnit.status()).isEqualTo(409);
        assertThat(admin().get("/api/v1/contacts/" + other).status()).isEqualTo(200);
        Api.Response current = admin().post("/api/v1/contacts/" + survivor + "/merge",
                json("otherId", other, "version", version + 1));
        assertThat(current.status()).as(current.toString()).isEqualTo(200);
    }

    @Test
    void thePagesCompareTheTwoRecordsAndMergeWithTheFormThenShowTheHistory() {
        long account = admin().createAccount("Merge pages ");
        long unit = admin().createUnit(account, "Plant", "SITE", null);
        long duplicateUnit = admin().createUnit(account, "Plant 2", "SITE", null);
        long survivor = ok(admin().post("/api/v1/units/" + unit + "/contacts", json("name", "Grace",
                "email", "grace@old.example"))).path("id").asLong();
        long other = ok(admin().post("/api/v1/units/" + duplicateUnit + "/contacts", json("name", "Grace H.",
                "email", "grace@new.example"))).path("id").asLong();
        PageSession browser = new PageSession(baseUrl(), ADMIN_EMAIL, ADMIN_PASSWORD);

        assertThat(browser.get("/accounts/" + account + "/people").body()).contains("/contacts/" + survivor + "/merge");
        PageSession.Page compare = browser.get("/contacts/" + survivor + "/merge?otherId=" + other);
        assertThat(compare.status()).isEqualTo(200);
        assertThat(compare.body()).contains("grace@old.example", "grace@new.example", "name=\"take\"", "value=\"email\"");
        PageSession.Page refused = browser.post("/contacts/" + survivor + "/merge", "otherId", String.valueOf(other),
                "take", "shoeSize");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("unknown field &#39;shoeSize&#39;");
        browser.get("/contacts/" + survivor + "/merge?otherId=" + other);
        PageSession.Page merged = browser.post("/contacts/" + survivor + "/merge", "otherId", String.valueOf(other),
                "take", "email", "version", "0");
        assertThat(merged.status()).as(merged.body()).isEqualTo(302);
        assertThat(merged.location()).endsWith("/contacts/" + survivor + "/edit");
        assertThat(browser.get("/contacts/" + survivor + "/edit").body()).contains("Merged Grace H. into Grace.");
        assertThat(browser.get("/contacts/" + survivor + "/merges").body()).contains("Merged contact (id " + other + ")");
        assertThat(admin().get("/api/v1/contacts/" + survivor).json().path("email").asString()).isEqualTo("grace@new.example");

        assertThat(browser.get("/accounts/" + account + "/units").body()).contains("/units/" + unit + "/merge");
        assertThat(browser.get("/units/" + unit + "/merge?otherId=" + duplicateUnit).body()).contains("Plant 2", "value=\"city\"");
        PageSession.Page unitMerged = browser.post("/units/" + unit + "/merge", "otherId", String.valueOf(duplicateUnit));
        assertThat(unitMerged.status()).as(unitMerged.body()).isEqualTo(302);
        assertThat(unitMerged.location()).contains("/accounts/" + account + "/units");

        long duplicateAccount = admin().createAccount("Merge pages dup ");
        assertThat(browser.get("/accounts/" + account + "/overview").body()).contains("/accounts/" + account + "/merge");
        assertThat(browser.get("/accounts/" + account + "/merge?otherId=" + duplicateAccount).body())
                .contains("value=\"industry\"", "Merge and delete");
        PageSession.Page accountMerged = browser.post("/accounts/" + account + "/merge", "otherId",
                String.valueOf(duplicateAccount), "take", "industry");
        assertThat(accountMerged.status()).as(accountMerged.body()).isEqualTo(302);
        assertThat(browser.get("/accounts/" + account + "/overview").body()).contains("Merged ");
        assertThat(browser.get("/accounts/" + account + "/merges").body())
                .contains("(id " + duplicateAccount + ") into this record", "Merged Plant 2 (id " + duplicateUnit + ")");
    }
}
