package app.prism.contact;

import static app.prism.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.TestUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ContactsApiIT extends IntegrationTest {

    private long newUnit() {
        return admin().createUnit(admin().createAccount("Contacts "), "Unit", "COMPANY", null);
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> out = new ArrayList<>();
        for (JsonNode n : array) out.add(n.asLong());
        return out;
    }

    @Test
    void createsAContactWithDefaults() {
        long unit = newUnit();

        Api.Response r = admin().post("/api/v1/units/" + unit + "/contacts", json("name", "  Grace Hopper "));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.header("Location")).endsWith("/api/v1/contacts/" + r.id());
        JsonNode c = r.json();
        assertThat(c.path("name").asString()).isEqualTo("Grace Hopper");
        assertThat(c.path("unitId").asLong()).isEqualTo(unit);
        assertThat(c.path("buyingRole").asString()).isEqualTo("UNKNOWN");
        assertThat(c.path("attitude").asString()).isEqualTo("UNKNOWN");
        assertThat(c.path("relationshipStrength").asInt()).isZero();
        assertThat(c.path("active").asBoolean()).isTrue();
        assertThat(c.path("ownerUserIds").size()).isZero();
        assertThat(c.path("reportsToId").isNull()).isTrue();
        Api.Response read = admin().get(r.header("Location"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void createsAContactWithEveryField() {
        long unit = newUnit();
        long boss = admin().createContact(unit, "Boss");
        TestUser owner = newUser("MEMBER");

        Api.Response r = admin().post("/api/v1/units/" + unit + "/contacts", json("name", "Full", "title", "CIO",
                "email", "full@customer.example", "phone", "+49 30 123", "buyingRole", "DECISION_MAKER",
                "attitude", "SUPPORTER", "relationshipStrength", 3, "reportsToId", boss,
                "ownerUserIds", List.of(owner.id(), owner.id()), "active", true));

        assertThat(r.status()).isEqualTo(201);
        JsonNode c = r.json();
        assertThat(c.path("title").asString()).isEqualTo("CIO");
        assertThat(c.path("email").asString()).isEqualTo("full@customer.example");
        assertThat(c.path("buyingRole").asString()).isEqualTo("DECISION_MAKER");
        assertThat(c.path("attitude").asString()).isEqualTo("SUPPORTER");
        assertThat(c.path("relationshipStrength").asInt()).isEqualTo(3);
        assertThat(c.path("reportsToId").asLong()).isEqualTo(boss);
        assertThat(longs(c.path("ownerUserIds"))).as("duplicates collapse").containsExactly(owner.id());
    }

    @Test
    void invalidContactsAreRejectedNamingTheField() {
        String contacts = "/api/v1/units/" + newUnit() + "/contacts";

        assertThat(admin().post(contacts, json("name", " ")).errorFields()).containsExactly("name");
        assertThat(admin().post(contacts, json("name", "X", "relationshipStrength", 4)).errorFields())
                .containsExactly("relationshipStrength");
        assertThat(admin().post(contacts, json("name", "X", "relationshipStrength", -1)).errorFields())
                .containsExactly("relationshipStrength");
        assertThat(admin().post(contacts, json("name", "X", "email", "not-an-email")).errorFields())
                .containsExactly("email");
        Api.Response role = admin().post(contacts, json("name", "X", "buyingRole", "KINGMAKER"));
        assertThat(role.status()).isEqualTo(400);
        assertThat(role.errorFields()).containsExactly("buyingRole");
        assertThat(role.errorMessage("buyingRole")).contains("KINGMAKER").contains("CHAMPION");
        assertThat(admin().post(contacts, json("name", "X", "attitude", "HOSTILE")).errorFields())
                .containsExactly("attitude");
        assertThat(admin().post(contacts, json("name", "X", "relationshipStrength", "strong")).errorFields())
                .containsExactly("relationshipStrength");
        assertThat(admin().post(contacts, "{\"name\": \"X\"").status()).isEqualTo(400);
        assertThat(admin().post(contacts, "name=X", Map.of("Content-Type", "text/plain")).status()).isEqualTo(415);
        assertThat(admin().get(contacts).json().path("total").asLong()).as("nothing stored").isZero();
    }

    @Test
    void reportsToMustBeAContactOfTheSameAccount() {
        long foreignContact = admin().createContact(newUnit(), "Foreign boss");
        long unit = newUnit();
        String contacts = "/api/v1/units/" + unit + "/contacts";

        Api.Response foreign = admin().post(contacts, json("name", "X", "reportsToId", foreignContact));
        Api.Response unknown = admin().post(contacts, json("name", "X", "reportsToId", 987654321));
        long own = admin().createContact(unit, "Own");
        Api.Response patched = admin().patch("/api/v1/contacts/" + own, json("reportsToId", foreignContact));

        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.errorFields()).containsExactly("reportsToId");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("reportsToId");
        assertThat(patched.status()).isEqualTo(400);
        assertThat(patched.errorFields()).containsExactly("reportsToId");
    }

    @Test
    void reportsToMayBeInAnotherUnitOfTheSameAccount() {
        long account = admin().createAccount("Two units ");
        long hq = admin().createUnit(account, "HQ", "GROUP", null);
        long site = admin().createUnit(account, "Site", "SITE", hq);
        long boss = admin().createContact(hq, "CEO");

        Api.Response r = admin().post("/api/v1/units/" + site + "/contacts", json("name", "Plant manager", "reportsToId", boss));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().path("reportsToId").asLong()).isEqualTo(boss);
    }

    @Test
    void reportingCyclesAreRejected() {
        long unit = newUnit();
        long ceo = admin().createContact(unit, "CEO");
        long vp = admin().post("/api/v1/units/" + unit + "/contacts", json("name", "VP", "reportsToId", ceo)).id();
        long lead = admin().post("/api/v1/units/" + unit + "/contacts", json("name", "Lead", "reportsToId", vp)).id();

        Api.Response longCycle = admin().patch("/api/v1/contacts/" + ceo, json("reportsToId", lead));
        Api.Response shortCycle = admin().patch("/api/v1/contacts/" + vp, json("reportsToId", lead));
        Api.Response self = admin().patch("/api/v1/contacts/" + lead, json("reportsToId", lead));

        assertThat(longCycle.status()).isEqualTo(400);
        assertThat(longCycle.errorFields()).containsExactly("reportsToId");
        assertThat(shortCycle.status()).isEqualTo(400);
        assertThat(shortCycle.errorFields()).containsExactly("reportsToId");
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.errorFields()).containsExactly("reportsToId");
        assertThat(admin().get("/api/v1/contacts/" + ceo).json().path("reportsToId").isNull()).isTrue();
        assertThat(admin().patch("/api/v1/contacts/" + lead, json("reportsToId", ceo)).status())
                .as("skipping a level is no cycle").isEqualTo(200);
    }

    @Test
    void ownersMustBeExistingActiveUsers() {
        long unit = newUnit();
        TestUser gone = newUser("MEMBER");
        admin().delete("/api/v1/users/" + gone.id());

        Api.Response unknown = admin().post("/api/v1/units/" + unit + "/contacts",
                json("name", "X", "ownerUserIds", List.of(987654321)));
        Api.Response inactive = admin().post("/api/v1/units/" + unit + "/contacts",
                json("name", "X", "ownerUserIds", List.of(gone.id())));
        Api.Response withNull = admin().post("/api/v1/units/" + unit + "/contacts",
                "{\"name\": \"X\", \"ownerUserIds\": [null]}");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("ownerUserIds");
        assertThat(inactive.status()).isEqualTo(400);
        assertThat(inactive.errorFields()).containsExactly("ownerUserIds");
        assertThat(withNull.status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/units/" + unit + "/contacts").json().path("total").asLong()).isZero();
    }

    @Test
    void ownersAreReplacedByPatchAndClearedByAnEmptyList() {
        long contact = admin().createContact(newUnit(), "Owned");
        TestUser a = newUser("MEMBER");
        TestUser b = newUser("MANAGER");
        String path = "/api/v1/contacts/" + contact;

        Api.Response set = admin().patch(path, json("ownerUserIds", List.of(a.id(), b.id())));
        assertThat(set.status()).isEqualTo(200);
        assertThat(longs(set.json().path("ownerUserIds"))).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(admin().patch(path, json("ownerUserIds", List.of(987654321))).errorFields())
                .containsExactly("ownerUserIds");
        assertThat(longs(admin().get(path).json().path("ownerUserIds"))).containsExactlyInAnyOrder(a.id(), b.id());

        Api.Response cleared = admin().patch(path, json("ownerUserIds", List.of()));
        assertThat(cleared.json().path("ownerUserIds").size()).isZero();
    }

    @Test
    void deactivatingAContactKeepsIt() {
        long unit = newUnit();
        long contact = admin().createContact(unit, "Leaver");

        Api.Response r = admin().patch("/api/v1/contacts/" + contact, json("active", false));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("active").asBoolean()).isFalse();
        assertThat(r.json().path("deactivatedAt").isNull()).isFalse();
        Api.Response read = admin().get("/api/v1/contacts/" + contact);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("active").asBoolean()).isFalse();
        assertThat(read.json().path("name").asString()).isEqualTo("Leaver");
        assertThat(admin().get("/api/v1/units/" + unit + "/contacts").json().path("total").asLong()).isEqualTo(1);

        Api.Response back = admin().patch("/api/v1/contacts/" + contact, json("active", true));
        assertThat(back.json().path("active").asBoolean()).isTrue();
        assertThat(back.json().path("deactivatedAt").isNull()).isTrue();
    }

    @Test
    void patchIsMergeStyleAndRefusesNullsForRequiredFields() {
        long unit = newUnit();
        Api.Response created = admin().post("/api/v1/units/" + unit + "/contacts",
                json("name", "Merge", "title", "CFO", "email", "m@customer.example", "attitude", "NEUTRAL"));
        String path = "/api/v1/contacts/" + created.id();

        Api.Response r = admin().patch(path, json("title", null, "relationshipStrength", 2));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("title").isNull()).isTrue();
        assertThat(r.json().path("relationshipStrength").asInt()).isEqualTo(2);
        assertThat(r.json().path("email").asString()).isEqualTo("m@customer.example");
        assertThat(r.json().path("attitude").asString()).isEqualTo("NEUTRAL");
        assertThat(r.json().path("version").asLong()).isEqualTo(1);
        assertThat(r.header("ETag")).isEqualTo("\"1\"");
        assertThat(admin().patch(path, json("relationshipStrength", 4)).errorFields()).containsExactly("relationshipStrength");
        assertThat(admin().patch(path, json("relationshipStrength", null)).errorFields()).containsExactly("relationshipStrength");
        assertThat(admin().patch(path, json("active", null)).errorFields()).containsExactly("active");
        assertThat(admin().patch(path, json("name", "")).errorFields()).containsExactly("name");
        assertThat(admin().patch(path, json("email", "bad")).errorFields()).containsExactly("email");
        assertThat(admin().patch(path, json("attitude", "ANGRY")).errorFields()).containsExactly("attitude");
    }

    @Test
    void patchWithAStaleVersionIsA409() {
        String path = "/api/v1/contacts/" + admin().createContact(newUnit(), "Stale");
        String etag = admin().get(path).header("ETag");
        assertThat(admin().patch(path, json("title", "One", "version", 0)).status()).isEqualTo(200);

        Api.Response byBody = admin().patch(path, json("title", "Two", "version", 0));
        Api.Response byHeader = admin().patch(path, json("title", "Three"), Map.of("If-Match", etag));

        assertThat(byBody.status()).isEqualTo(409);
        assertThat(byBody.contentType()).startsWith("application/problem+json");
        assertThat(byHeader.status()).isEqualTo(409);
        assertThat(admin().get(path).json().path("title").asString()).isEqualTo("One");
    }

    @Test
    void aContactMovesOnlyToAUnitOfTheSameAccount() {
        long account = admin().createAccount("Movers ");
        long from = admin().createUnit(account, "From", "SITE", null);
        long to = admin().createUnit(account, "To", "SITE", null);
        long foreign = newUnit();
        long contact = admin().createContact(from, "Mover");

        Api.Response elsewhere = admin().patch("/api/v1/contacts/" + contact, json("unitId", foreign));
        Api.Response unknown = admin().patch("/api/v1/contacts/" + contact, json("unitId", 987654321));
        Api.Response moved = admin().patch("/api/v1/contacts/" + contact, json("unitId", to));

        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.errorFields()).containsExactly("unitId");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("unitId");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().path("unitId").asLong()).isEqualTo(to);
        assertThat(admin().get("/api/v1/units/" + from + "/contacts").json().path("total").asLong()).isZero();
        assertThat(admin().get("/api/v1/units/" + to + "/contacts").json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void theUnitsContactsArePagedAndFiltered() {
        long unit = newUnit();
        for (String name : List.of("Anna", "Bert", "Carla", "Dieter")) admin().createContact(unit, name);
        String contacts = "/api/v1/units/" + unit + "/contacts";

        Api.Response page = admin().get(contacts + "?size=3&page=1");
        Api.Response filtered = admin().get(contacts + "?q=ar");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().path("total").asLong()).isEqualTo(4);
        assertThat(page.json().path("page").asInt()).isEqualTo(1);
        assertThat(page.json().path("size").asInt()).isEqualTo(3);
        assertThat(page.json().path("items").size()).isEqualTo(1);
        assertThat(filtered.json().path("total").asLong()).isEqualTo(1);
        assertThat(filtered.json().path("items").get(0).path("name").asString()).isEqualTo("Carla");
        assertThat(admin().get(contacts + "?size=501").status()).isEqualTo(400);
        assertThat(admin().get(contacts + "?size=501").errorFields()).containsExactly("size");
    }

    @Test
    void aContactOthersReportToIsNotDeleted() {
        long unit = newUnit();
        long boss = admin().createContact(unit, "Boss");
        admin().post("/api/v1/units/" + unit + "/contacts", json("name", "Report", "reportsToId", boss));

        Api.Response r = admin().delete("/api/v1/contacts/" + boss);

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().path("detail").asString()).contains("1 contact(s) report to Boss");
        assertThat(admin().get("/api/v1/contacts/" + boss).status()).isEqualTo(200);
    }

    @Test
    void deletingAContactIs204ThenItIsGone() {
        long unit = newUnit();
        TestUser owner = newUser("MEMBER");
        long contact = admin().post("/api/v1/units/" + unit + "/contacts",
                json("name", "Mistake", "ownerUserIds", List.of(owner.id()))).id();

        assertThat(admin().delete("/api/v1/contacts/" + contact).status()).isEqualTo(204);

        assertThat(admin().get("/api/v1/contacts/" + contact).status()).isEqualTo(404);
        assertThat(admin().delete("/api/v1/contacts/" + contact).status()).isEqualTo(404);
        assertThat(admin().delete("/api/v1/units/" + unit).status()).as("the unit is empty again").isEqualTo(204);
    }

    @Test
    void unknownContactIsA404() {
        assertThat(admin().get("/api/v1/contacts/987654321").status()).isEqualTo(404);
        assertThat(admin().get("/api/v1/contacts/987654321").contentType()).startsWith("application/problem+json");
        assertThat(admin().patch("/api/v1/contacts/987654321", json("name", "X")).status()).isEqualTo(404);
        assertThat(admin().delete("/api/v1/contacts/987654321").status()).isEqualTo(404);
    }

    @Test
    void aMemberOnTheTeamWorksWithTheAccountsContacts() {
        TestUser member = newUser("MEMBER");
        long account = member.api().createAccount("Member contacts ");
        long unit = member.api().createUnit(account, "HQ", "GROUP", null);

        Api.Response created = member.api().post("/api/v1/units/" + unit + "/contacts",
                json("name", "Known", "ownerUserIds", List.of(member.id())));
        Api.Response patched = member.api().patch("/api/v1/contacts/" + created.id(), json("attitude", "SUPPORTER"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(patched.status()).isEqualTo(200);
        assertThat(member.api().delete("/api/v1/contacts/" + created.id()).status()).isEqualTo(204);
    }
}
