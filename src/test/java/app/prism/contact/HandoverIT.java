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

class HandoverIT extends IntegrationTest {

    private long contact(long unit, List<Long> owners) {
        Api.Response r = admin().post("/api/v1/units/" + unit + "/contacts", json("name", unique("Known "),
                "ownerUserIds", owners));
        assertThat(r.status()).isEqualTo(201);
        return r.id();
    }

    private static JsonNode account(JsonNode relationships, long id) {
        for (JsonNode a : relationships.path("accounts")) if (a.path("accountId").asLong() == id) return a;
        return null;
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> out = new ArrayList<>();
        for (JsonNode n : array) out.add(n.asLong());
        return out;
    }

    private static List<Long> owners(Api api, long contact) {
        return longs(api.get("/api/v1/contacts/" + contact).json().path("ownerUserIds"));
    }

    @Test
    void listsRelationshipsByAccountAndFlagsWhereTheColleagueIsTheOnlyOwner() {
        Api admin = admin();
        TestUser leaver = newUser("MEMBER");
        TestUser other = newUser("MEMBER");
        long alone = admin.createAccount("Alone ");
        long aloneUnit = admin.createUnit(alone, "U", "COMPANY", null);
        long shared = admin.createAccount("Shared ");
        long sharedUnit = admin.createUnit(shared, "U", "COMPANY", null);
        long owned = admin.post("/api/v1/accounts", json("name", unique("Owned "), "ownerId", leaver.id())).id();
        long a1 = contact(aloneUnit, List.of(leaver.id()));
        long a2 = contact(aloneUnit, List.of(leaver.id()));
        long s1 = contact(sharedUnit, List.of(leaver.id()));
        contact(sharedUnit, List.of(other.id()));

        Api.Response r = admin.get("/api/v1/users/" + leaver.id() + "/relationships");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode rel = r.json();
        assertThat(rel.path("contactCount").asInt()).isEqualTo(3);
        assertThat(longs(rel.path("onlyOwnerAccountIds"))).containsExactly(alone);
        assertThat(account(rel, alone).path("onlyOwner").asBoolean()).isTrue();
        assertThat(account(rel, alone).path("contacts").findValuesAsString("name")).hasSize(2);
        List<Long> aloneContacts = new ArrayList<>();
        account(rel, alone).path("contacts").forEach(c -> aloneContacts.add(c.path("id").asLong()));
        assertThat(aloneContacts).containsExactlyInAnyOrder(a1, a2);
        assertThat(account(rel, shared).path("onlyOwner").asBoolean()).isFalse();
        assertThat(account(rel, shared).path("contacts").get(0).path("id").asLong()).isEqualTo(s1);
        assertThat(account(rel, owned).path("owner").asBoolean()).isTrue();
        assertThat(account(rel, owned).path("teamRole").asString()).isEqualTo("ACCOUNT_MANAGER");
        assertThat(rel.path("accounts").get(0).path("onlyOwner").asBoolean()).as("bus-factor accounts first").isTrue();
    }

    @Test
    void handsEverythingOverInOneStepWithoutDuplicatesAndRecordsIt() {
        Api admin = admin();
        TestUser manager = newUser("MANAGER");
        TestUser leaver = newUser("MEMBER");
        TestUser successor = newUser("MEMBER");
        long account = admin.post("/api/v1/accounts", json("name", unique("Handover "), "ownerId", leaver.id())).id();
        admin.put("/api/v1/accounts/" + account + "/team", Api.toJson(List.of(
                Map.of("userId", leaver.id(), "role", "GLOBAL_ACCOUNT_MANAGER"))));
        long staffed = admin.createAccount("Staffed ");
        admin.put("/api/v1/accounts/" + staffed + "/team", Api.toJson(List.of(
                Map.of("userId", leaver.id(), "role", "PRODUCT_SPECIALIST"))));
        long unit = admin.createUnit(account, "U", "COMPANY", null);
        long onlyLeaver = contact(unit, List.of(leaver.id()));
        long both = contact(unit, List.of(leaver.id(), successor.id()));

        Api.Response r = manager.api().post("/api/v1/users/" + leaver.id() + "/handover",
                json("toUserId", successor.id()));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(longs(r.json().path("contactIds"))).containsExactlyInAnyOrder(onlyLeaver, both);
        assertThat(longs(r.json().path("accountIds"))).containsExactlyInAnyOrder(account, staffed);
        assertThat(owners(admin, onlyLeaver)).containsExactly(successor.id());
        assertThat(owners(admin, both)).as("no duplicate owner").containsExactly(successor.id());
        JsonNode moved = admin.get("/api/v1/accounts/" + account).json();
        assertThat(moved.path("ownerId").asLong()).isEqualTo(successor.id());
        JsonNode team = admin.get("/api/v1/accounts/" + account + "/team").json();
        boolean successorIsGam = false;
        for (JsonNode m : team) {
            if (m.path("userId").asLong() == successor.id()) successorIsGam = m.path("role").asString().equals("GLOBAL_ACCOUNT_MANAGER");
        }
        assertThat(successorIsGam).as("same team role").isTrue();
        JsonNode staffTeam = admin.get("/api/v1/accounts/" + staffed + "/team").json();
        assertThat(staffTeam.findValuesAsString("role")).contains("PRODUCT_SPECIALIST");
        assertThat(successor.api().get("/api/v1/accounts/" + staffed).status()).as("the successor sees it now")
                .isEqualTo(200);
        assertThat(admin.get("/api/v1/users/" + leaver.id() + "/relationships").json().path("contactCount").asInt())
                .isZero();

        JsonNode audit = manager.api().get("/api/v1/audit-events?subject=USER&subjectId=" + leaver.id()).json();
        assertThat(audit.get(0).path("action").asString()).isEqualTo("HANDOVER");
        assertThat(audit.get(0).path("actor").asString()).isEqualTo(manager.email());
        assertThat(audit.get(0).path("detail").asString()).contains("to user " + successor.id())
                .contains(String.valueOf(onlyLeaver));
    }

    @Test
    void handsOverOnlyTheChosenContactsAndAccounts() {
        Api admin = admin();
        TestUser leaver = newUser("MEMBER");
        TestUser successor = newUser("MEMBER");
        long account = admin.post("/api/v1/accounts", json("name", unique("Partly "), "ownerId", leaver.id())).id();
        long unit = admin.createUnit(account, "U", "COMPANY", null);
        long moves = contact(unit, List.of(leaver.id()));
        long stays = contact(unit, List.of(leaver.id()));

        Api.Response r = admin.post("/api/v1/users/" + leaver.id() + "/handover", json("toUserId", successor.id(),
                "contactIds", List.of(moves), "accountIds", List.of()));

        assertThat(r.status()).isEqualTo(200);
        assertThat(owners(admin, moves)).containsExactly(successor.id());
        assertThat(owners(admin, stays)).containsExactly(leaver.id());
        assertThat(admin.get("/api/v1/accounts/" + account).json().path("ownerId").asLong()).isEqualTo(leaver.id());
    }

    @Test
    void badHandoversAreRefusedAndChangeNothing() {
        Api admin = admin();
        TestUser leaver = newUser("MEMBER");
        TestUser successor = newUser("MEMBER");
        long unit = admin.createUnit(admin.createAccount("Bad "), "U", "COMPANY", null);
        long mine = contact(unit, List.of(leaver.id()));
        long notMine = contact(unit, List.of(successor.id()));
        String path = "/api/v1/users/" + leaver.id() + "/handover";

        assertThat(admin.post(path, json("toUserId", null)).errorFields()).containsExactly("toUserId");
        assertThat(admin.post(path, json("toUserId", leaver.id())).errorFields()).containsExactly("toUserId");
        assertThat(admin.post(path, json("toUserId", 999_999_999)).errorFields()).containsExactly("toUserId");
        assertThat(admin.post(path, json("toUserId", successor.id(), "contactIds", List.of(mine, notMine)))
                .errorFields()).containsExactly("contactIds");
        assertThat(owners(admin, mine)).containsExactly(leaver.id());
        assertThat(admin.get("/api/v1/users/999999999/relationships").status()).isEqualTo(404);
    }

    @Test
    void membersMayNotSeeOrHandOver() {
        TestUser member = newUser("MEMBER");
        TestUser other = newUser("MEMBER");

        assertThat(member.api().get("/api/v1/users/" + other.id() + "/relationships").status()).isEqualTo(403);
        assertThat(member.api().post("/api/v1/users/" + other.id() + "/handover", json("toUserId", member.id()))
                .status()).isEqualTo(403);
        assertThat(member.api().get("/api/v1/audit-events?subject=USER&subjectId=" + other.id()).status())
                .isEqualTo(403);
        assertThat(member.api().get("/admin/handover").status()).isEqualTo(403);
        assertThat(newUser("MANAGER").api().get("/admin/handover?userId=" + other.id()).status()).isEqualTo(200);
    }
}
