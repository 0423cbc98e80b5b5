package app.prism.account;

import static app.prism.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import app.prism.support.Api;
import app.prism.support.IntegrationTest;
import app.prism.support.TestUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TeamApiIT extends IntegrationTest {

    private static String team(Object... userIdsAndRoles) {
        List<Map<String, Object>> lines = new java.util.ArrayList<>();
        for (int i = 0; i < userIdsAndRoles.length; i += 2) {
            Map<String, Object> line = new java.util.LinkedHashMap<>();
            line.put("userId", userIdsAndRoles[i]);
            line.put("role", userIdsAndRoles[i + 1]);
            lines.add(line);
        }
        return Api.toJson(lines);
    }

    private static List<Long> userIds(Api.Response r) {
        List<Long> ids = new java.util.ArrayList<>();
        for (JsonNode m : r.json()) ids.add(m.path("userId").asLong());
        return ids;
    }

    @Test
    void theOwnerIsOnTheTeamOfANewAccount() {
        TestUser manager = newUser("MANAGER");
        long id = manager.api().createAccount("Team ");

        Api.Response r = manager.api().get("/api/v1/accounts/" + id + "/team");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().size()).isEqualTo(1);
        assertThat(r.json().get(0).path("userId").asLong()).isEqualTo(manager.id());
        assertThat(r.json().get(0).path("role").asString()).isEqualTo("ACCOUNT_MANAGER");
        assertThat(r.json().get(0).path("email").asString()).isEqualTo(manager.email());
    }

    @Test
    void putReplacesTheWholeTeam() {
        TestUser manager = newUser("MANAGER");
        TestUser a = newUser("MEMBER");
        TestUser b = newUser("MEMBER");
        long id = manager.api().createAccount("Staffed ");
        String path = "/api/v1/accounts/" + id + "/team";

        Api.Response put = manager.api().put(path, team(a.id(), "GLOBAL_ACCOUNT_MANAGER", b.id(), "SERVICE"));

        assertThat(put.status()).isEqualTo(200);
        assertThat(userIds(put)).containsExactlyInAnyOrder(a.id(), b.id());
        Api.Response read = manager.api().get(path);
        assertThat(userIds(read)).containsExactlyInAnyOrder(a.id(), b.id());
        for (JsonNode m : read.json()) {
            assertThat(m.path("role").asString()).isEqualTo(m.path("userId").asLong() == a.id()
                    ? "GLOBAL_ACCOUNT_MANAGER" : "SERVICE");
        }

        assertThat(userIds(manager.api().put(path, team(b.id(), "EXECUTIVE_SPONSOR")))).containsExactly(b.id());
        assertThat(manager.api().put(path, "[]").json().size()).isZero();
    }

    @Test
    void unknownUserOnTheTeamIsA400NamingUserId() {
        long id = admin().createAccount("Ghost team ");

        Api.Response r = admin().put("/api/v1/accounts/" + id + "/team", team(987654321, "SERVICE"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("userId");
    }

    @Test
    void aUserListedTwiceIsA400() {
        TestUser a = newUser("MEMBER");
        long id = admin().createAccount("Twice ");

        Api.Response r = admin().put("/api/v1/accounts/" + id + "/team", team(a.id(), "SERVICE", a.id(), "ACCOUNT_MANAGER"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("[1].userId");
    }

    @Test
    void missingOrUnknownTeamRoleIsA400NamingTheRole() {
        TestUser a = newUser("MEMBER");
        long id = admin().createAccount("Roles ");
        String path = "/api/v1/accounts/" + id + "/team";

        Api.Response missing = admin().put(path, "[{\"userId\": " + a.id() + "}]");
        Api.Response unknown = admin().put(path, team(a.id(), "JANITOR"));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactly("[0].role");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("[0].role");
        assertThat(unknown.json().path("detail").asString()).contains("JANITOR");
    }

    @Test
    void teamBodyMustBeAList() {
        long id = admin().createAccount("Shape ");

        assertThat(admin().put("/api/v1/accounts/" + id + "/team", json("userId", 1)).status()).isEqualTo(400);
        assertThat(admin().put("/api/v1/accounts/" + id + "/team", "[{").status()).isEqualTo(400);
    }

    @Test
    void aMemberOnTheTeamMayNotStaffIt() {
        TestUser member = newUser("MEMBER");
        long id = member.api().createAccount("Self staffed ");

        Api.Response r = member.api().put("/api/v1/accounts/" + id + "/team", team(member.id(), "GLOBAL_ACCOUNT_MANAGER"));

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aMemberNotOnTheTeamSeesNothingOfTheAccount() {
        TestUser member = newUser("MEMBER");
        String name = unique("Hidden ");
        long account = admin().post("/api/v1/accounts", json("name", name)).id();
        long unit = admin().createUnit(account, "Hidden HQ", "GROUP", null);
        long contact = admin().createContact(unit, "Hidden Person");
        Api api = member.api();

        assertThat(api.get("/api/v1/accounts/" + account).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/accounts/" + account + "/team").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/accounts/" + account + "/units").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/units/" + unit).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/units/" + unit + "/contacts").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/contacts/" + contact).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/accounts?q=" + Api.encode(name)).json().path("total").asLong()).isZero();
        assertThat(api.get("/api/v1/accounts?q=" + Api.encode(name)).json().path("items").size()).isZero();
        assertThat(api.get("/api/v1/accounts?size=500").body()).doesNotContain(name);
    }

    @Test
    void aMemberNotOnTheTeamCannotWriteToTheAccount() {
        TestUser member = newUser("MEMBER");
        long account = admin().createAccount("Locked ");
        long unit = admin().createUnit(account, "Locked HQ", "GROUP", null);
        long contact = admin().createContact(unit, "Locked Person");
        Api api = member.api();

        assertThat(api.patch("/api/v1/accounts/" + account, json("industry", "X")).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/accounts/" + account).status()).isEqualTo(404);
        assertThat(api.put("/api/v1/accounts/" + account + "/team", team(member.id(), "SERVICE")).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/accounts/" + account + "/units", json("name", "Sneaky", "kind", "SITE")).status())
                .isEqualTo(404);
        assertThat(api.patch("/api/v1/units/" + unit, json("name", "Sneaky")).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/units/" + unit).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/units/" + unit + "/contacts", json("name", "Sneaky")).status()).isEqualTo(404);
        assertThat(api.patch("/api/v1/contacts/" + contact, json("name", "Sneaky")).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/contacts/" + contact).status()).isEqualTo(404);
        assertThat(admin().get("/api/v1/contacts/" + contact).json().path("name").asString()).isEqualTo("Locked Person");
        assertThat(admin().get("/api/v1/accounts/" + account + "/team").json().size()).isEqualTo(1);
    }

    @Test
    void aMemberSeesTheAccountOnceAManagerPutsThemOnTheTeam() {
        TestUser manager = newUser("MANAGER");
        TestUser member = newUser("MEMBER");
        String name = unique("Revealed ");
        long account = manager.api().post("/api/v1/accounts", json("name", name)).id();
        long unit = manager.api().createUnit(account, "Revealed HQ", "GROUP", null);
        long contact = manager.api().createContact(unit, "Revealed Person");
        assertThat(member.api().get("/api/v1/accounts/" + account).status()).isEqualTo(404);

        Api.Response put = manager.api().put("/api/v1/accounts/" + account + "/team",
                team(manager.id(), "GLOBAL_ACCOUNT_MANAGER", member.id(), "REGIONAL_MANAGER"));
        assertThat(put.status()).isEqualTo(200);

        Api api = member.api();
        assertThat(api.get("/api/v1/accounts/" + account).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/accounts/" + account + "/team").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/accounts/" + account + "/units").json().get(0).path("id").asLong()).isEqualTo(unit);
        assertThat(api.get("/api/v1/units/" + unit).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/units/" + unit + "/contacts").json().path("total").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/contacts/" + contact).status()).isEqualTo(200);
        Api.Response list = api.get("/api/v1/accounts?q=" + Api.encode(name));
        assertThat(list.json().path("total").asLong()).isEqualTo(1);
        assertThat(list.json().path("items").get(0).path("id").asLong()).isEqualTo(account);

        manager.api().put("/api/v1/accounts/" + account + "/team", team(manager.id(), "GLOBAL_ACCOUNT_MANAGER"));
        assertThat(api.get("/api/v1/accounts/" + account).status()).as("taken off the team again").isEqualTo(404);
    }

    @Test
    void aMembersListShowsOnlyTheirTeamsAccounts() {
        TestUser member = newUser("MEMBER");
        String tag = unique("only");
        long visible = admin().post("/api/v1/accounts", json("name", tag + " visible")).id();
        admin().post("/api/v1/accounts", json("name", tag + " invisible"));
        admin().put("/api/v1/accounts/" + visible + "/team", team(member.id(), "SERVICE"));

        Api.Response r = member.api().get("/api/v1/accounts?q=" + tag);

        assertThat(r.json().path("total").asLong()).isEqualTo(1);
        assertThat(r.json().path("items").size()).isEqualTo(1);
        assertThat(r.json().path("items").get(0).path("id").asLong()).isEqualTo(visible);
        assertThat(admin().get("/api/v1/accounts?q=" + tag).json().path("total").asLong()).isEqualTo(2);
        assertThat(newUser("MANAGER").api().get("/api/v1/accounts?q=" + tag).json().path("total").asLong()).isEqualTo(2);
    }

    @Test
    void aMemberWhoCreatesAnAccountIsOnItsTeam() {
        TestUser member = newUser("MEMBER");
        TestUser owner = newUser("MEMBER");

        long id = member.api().post("/api/v1/accounts", json("name", unique("Mine "), "ownerId", owner.id())).id();

        assertThat(member.api().get("/api/v1/accounts/" + id).status()).isEqualTo(200);
        assertThat(owner.api().get("/api/v1/accounts/" + id).status()).isEqualTo(200);
        assertThat(userIds(admin().get("/api/v1/accounts/" + id + "/team"))).containsExactlyInAnyOrder(member.id(), owner.id());
    }

    @Test
    void anInactiveUserCannotJoinATeam() {
        TestUser gone = newUser("MEMBER");
        admin().delete("/api/v1/users/" + gone.id());
        long id = admin().createAccount("No ghosts ");

        Api.Response r = admin().put("/api/v1/accounts/" + id + "/team", team(gone.id(), "SERVICE"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("userId");
    }

    @Test
    void aMemberOnTheTeamWorksInsideTheAccount() {
        TestUser member = newUser("MEMBER");
        long account = admin().createAccount("Worked ");
        admin().put("/api/v1/accounts/" + account + "/team", team(member.id(), "ACCOUNT_MANAGER"));
        Api api = member.api();

        long hq = api.createUnit(account, "HQ", "GROUP", null);
        long site = api.createUnit(account, "Site", "SITE", null);
        Api.Response moved = api.patch("/api/v1/units/" + site, json("parentId", hq));
        Api.Response renamed = api.patch("/api/v1/accounts/" + account, json("industry", "Logistics"));

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().path("depth").asInt()).isEqualTo(2);
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(api.delete("/api/v1/units/" + site).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/accounts/" + account + "/units").json().get(0).path("children").size()).isZero();
    }
}
