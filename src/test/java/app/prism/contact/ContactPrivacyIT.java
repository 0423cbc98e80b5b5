package app.prism.contact;

import static app.prism.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.TestUser;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ContactPrivacyIT extends IntegrationTest {

    record Scene(long account, long unit, long person, long boss, long report, long touchpoint, long product,
            TestUser owner) {}

    private Scene scene() {
        Api admin = admin();
        TestUser owner = newUser("MEMBER");
        long account = admin.createAccount("Privacy ");
        long unit = admin.createUnit(account, "Unit", "COMPANY", null);
        long boss = admin.createContact(unit, "Boss Person");
        Api.Response p = admin.post("/api/v1/units/" + unit + "/contacts", json("name", "Paula Private", "title", "CTO",
                "email", "paula@customer.example", "phone", "+1 555", "reportsToId", boss, "ownerUserIds",
                List.of(owner.id()), "buyingRole", "DECISION_MAKER"));
        assertThat(p.status()).isEqualTo(201);
        long person = p.id();
        long report = admin.post("/api/v1/units/" + unit + "/contacts", json("name", "Rita Report", "reportsToId",
                person)).id();
        long product = admin.createProduct("PRIV-");
        Api.Response t = admin.post("/api/v1/touchpoints", json("contactIds", List.of(person, report), "productIds",
                List.of(product), "date", "2026-05-04", "channel", "MEETING", "note",
                "Demo with Paula Private and Rita; Paula Private liked it."));
        assertThat(t.status()).as(t.toString()).isEqualTo(201);
        Api.Response sale = admin.post("/api/v1/sales", json("unitId", unit, "productId", product, "date",
                "2026-05-10", "amount", 1000));
        assertThat(sale.status()).as(sale.toString()).isIn(200, 201);
        return new Scene(account, unit, person, boss, report, t.id(), product, owner);
    }

    @Test
    void theExportHoldsTheRecordOwnersReportingLinesAndTouchpoints() {
        Scene s = scene();
        TestUser manager = newUser("MANAGER");

        Api.Response r = manager.api().get("/api/v1/contacts/" + s.person() + "/personal-data");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode data = r.json();
        assertThat(data.path("contact").path("name").asString()).isEqualTo("Paula Private");
        assertThat(data.path("contact").path("email").asString()).isEqualTo("paula@customer.example");
        assertThat(data.path("owners").get(0).path("id").asLong()).isEqualTo(s.owner().id());
        assertThat(data.path("reportsTo").path("id").asLong()).isEqualTo(s.boss());
        assertThat(data.path("reports").get(0).path("id").asLong()).isEqualTo(s.report());
        JsonNode touchpoints = data.path("heldElsewhere").path("touchpoints");
        assertThat(touchpoints.size()).isEqualTo(1);
        assertThat(touchpoints.get(0).path("id").asLong()).isEqualTo(s.touchpoint());
        assertThat(touchpoints.get(0).path("note").asString()).contains("Paula Private");
        assertThat(data.path("heldElsewhere").has("moveSuggestions")).isTrue();
        JsonNode audit = manager.api().get("/api/v1/audit-events?subject=CONTACT&subjectId=" + s.person()).json();
        assertThat(audit.get(0).path("action").asString()).isEqualTo("PERSONAL_DATA_EXPORT");
        assertThat(audit.get(0).path("actor").asString()).isEqualTo(manager.email());
        assertThat(audit.get(0).path("detail").asString()).doesNotContain("Paula");
    }

    @Test
    void erasureAnonymisesThePersonAndKeepsTouchpointsAndSales() {
        Scene s = scene();
        Api admin = admin();
        JsonNode salesBefore = admin.get("/api/v1/sales?unitId=" + s.unit()).json();

        Api.Response r = admin.post("/api/v1/contacts/" + s.person() + "/erase", null);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode c = admin.get("/api/v1/contacts/" + s.person()).json();
        assertThat(c.path("name").asString()).isEqualTo("Erased contact #" + s.person());
        assertThat(c.path("title").isNull()).isTrue();
        assertThat(c.path("email").isNull()).isTrue();
        assertThat(c.path("phone").isNull()).isTrue();
        assertThat(c.path("active").asBoolean()).isFalse();
        assertThat(c.path("reportsToId").isNull()).isTrue();
        assertThat(c.path("ownerUserIds").size()).isZero();
        assertThat(admin.get("/api/v1/contacts/" + s.report()).json().path("reportsToId").isNull())
                .as("nobody reports to an erased person").isTrue();
        JsonNode touchpoint = admin.get("/api/v1/touchpoints/" + s.touchpoint()).json();
        assertThat(touchpoint.path("contactIds").toString()).contains(String.valueOf(s.person()));
        assertThat(touchpoint.path("note").asString()).isEqualTo(
                "Demo with [erased contact] and Rita; [erased contact] liked it.");
        assertThat(admin.get("/api/v1/sales?unitId=" + s.unit()).json()).isEqualTo(salesBefore);
        JsonNode audit = admin.get("/api/v1/audit-events?subject=CONTACT&subjectId=" + s.person()).json();
        assertThat(audit.get(0).path("action").asString()).isEqualTo("CONTACT_ERASED");
        assertThat(audit.get(0).path("actor").asString()).isEqualTo(ADMIN_EMAIL);
    }

    @Test
    void membersMayNeitherExportNorEraseAndUnknownContactsAre404() {
        Scene s = scene();
        TestUser member = newUser("MEMBER");
        admin().put("/api/v1/accounts/" + s.account() + "/team", Api.toJson(List.of(java.util.Map.of("userId",
                member.id(), "role", "ACCOUNT_MANAGER"))));

        assertThat(member.api().get("/api/v1/contacts/" + s.person() + "/personal-data").status()).isEqualTo(403);
        assertThat(member.api().post("/api/v1/contacts/" + s.person() + "/erase", null).status()).isEqualTo(403);
        assertThat(admin().get("/api/v1/contacts/" + s.person()).json().path("name").asString())
                .isEqualTo("Paula Private");
        assertThat(admin().get("/api/v1/contacts/999999999/personal-data").status()).isEqualTo(404);
        assertThat(admin().post("/api/v1/contacts/999999999/erase", null).status()).isEqualTo(404);
    }

    @Test
    void theEditPageOffersExportAndErasureToManagersOnly() {
        Scene s = scene();
        TestUser member = newUser("MEMBER");
        admin().put("/api/v1/accounts/" + s.account() + "/team", Api.toJson(List.of(java.util.Map.of("userId",
                member.id(), "role", "ACCOUNT_MANAGER"))));

        Api.Response page = admin().get("/contacts/" + s.person() + "/edit");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Export personal data").contains("Erase this person")
                .contains("where did they go?");
        assertThat(admin().get("/contacts/" + s.person() + "/erase").body()).contains("Yes, erase this person");
        Api.Response memberPage = member.api().get("/contacts/" + s.person() + "/edit");
        assertThat(memberPage.status()).isEqualTo(200);
        assertThat(memberPage.body()).doesNotContain("Export personal data");
        assertThat(member.api().get("/contacts/" + s.person() + "/personal-data.json").status()).isEqualTo(403);
        Api.Response download = admin().get("/contacts/" + s.person() + "/personal-data.json");
        assertThat(download.header("Content-Disposition")).contains("attachment");
        assertThat(download.json().path("contact").path("id").asLong()).isEqualTo(s.person());
        assertThat(admin().get("/accounts/" + s.account() + "/overview").body()).contains("/sponsor-left");
    }
}
